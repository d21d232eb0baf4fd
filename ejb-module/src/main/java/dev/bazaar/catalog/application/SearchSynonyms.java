package dev.bazaar.catalog.application;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import dev.bazaar.kernel.CallerScope;
import dev.bazaar.kernel.ConflictException;
import dev.bazaar.kernel.FieldProblems;
import dev.bazaar.kernel.ForbiddenException;
import dev.bazaar.kernel.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Platform admins keep the synonyms search applies (V31, ADR 0019): {@code sofa ⇄ couch} (both ways:
 * either word finds products with either) or {@code tee → t-shirt} (one way: tee also finds t-shirts,
 * t-shirt finds only t-shirts). The word typed is one word; what it stands for may be a phrase (its
 * words in a row). Search reads the rules with every query, so a change counts from the next search.
 */
@Stateless
@RolesAllowed("PLATFORM_ADMIN")
public class SearchSynonyms {

    public static final int MAX_LENGTH = 60;
    private static final Pattern ONE_WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern PHRASE = Pattern.compile("[\\p{L}\\p{N}]+([ '-][\\p{L}\\p{N}]+)*");

    @PersistenceContext(unitName = "bazaar")
    private EntityManager em;

    @Inject
    CallerScope callers;

    @SuppressWarnings("unchecked")
    public List<SynonymView> list() {
        requireActiveAdmin();
        List<Object[]> rows = em.createNativeQuery("select id, term, synonym, both_ways from search_synonym order by term, synonym")
                .getResultList();
        return rows.stream().map(r -> new SynonymView(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (Boolean) r[3])).toList();
    }

    public SynonymView add(String term, String synonym, boolean bothWays) {
        requireActiveAdmin();
        String word = normalize(term);
        String other = normalize(synonym);
        FieldProblems problems = new FieldProblems().required("term", word, MAX_LENGTH).required("synonym", other, MAX_LENGTH);
        problems.when(word != null && !ONE_WORD.matcher(word).matches(), "term", "is one word: letters and digits");
        problems.when(other != null && !(bothWays ? ONE_WORD : PHRASE).matcher(other).matches(), "synonym",
                bothWays ? "is one word (letters and digits) when the rule goes both ways" : "is words: letters, digits, spaces, hyphens");
        problems.when(word != null && word.equals(other), "synonym", "must differ from the term");
        problems.throwIfAny();
        boolean taken = ((Number) em.createNativeQuery("select count(*) from search_synonym where (term = :a and synonym = :b)"
                        + " or (term = :b and synonym = :a and both_ways)")
                .setParameter("a", word).setParameter("b", other).getSingleResult()).longValue() > 0;
        if (taken) {
            throw new ConflictException("synonym", "is already a synonym of " + word);
        }
        long id = ((Number) em.createNativeQuery("select nextval('search_synonym_id_seq')").getSingleResult()).longValue();
        em.createNativeQuery("insert into search_synonym (id, term, synonym, both_ways) values (:id, :a, :b, :both)")
                .setParameter("id", id).setParameter("a", word).setParameter("b", other).setParameter("both", bothWays).executeUpdate();
        return new SynonymView(id, word, other, bothWays);
    }

    public void remove(long id) {
        requireActiveAdmin();
        if (em.createNativeQuery("delete from search_synonym where id = :id").setParameter("id", id).executeUpdate() == 0) {
            throw new NotFoundException("No synonym " + id);
        }
    }

    /** Lower case, spaces collapsed; null when nothing is left. */
    private static String normalize(String text) {
        String stripped = FieldProblems.strip(text);
        return stripped == null ? null : stripped.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private void requireActiveAdmin() {
        if (!callers.isActiveAdmin()) {
            throw new ForbiddenException("Your account is no longer an active platform admin");
        }
    }
}
