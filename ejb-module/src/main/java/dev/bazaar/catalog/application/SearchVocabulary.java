package dev.bazaar.catalog.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.bazaar.catalog.application.SearchWords.Word;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Finds what each typed word may mean in {@code search_word}, the words of every findable product (V30,
 * ADR 0019): the catalog's words nearest to it by trigrams that are within the typos its length allows
 * ({@link Typos}; the last word is compared with the start of words, as it may still be being typed).
 * Every word of five letters or more gets these alternatives, found as typed or not, so a typo in one
 * word of a query whose other words match is forgiven too; ranking puts words found as typed first. A
 * word the catalog does not have is corrected to its closest alternative (for "did you mean").
 */
@Dependent
public class SearchVocabulary {

    /** Nearest words by trigrams to check per typed word: enough for a swap in a five-letter word. */
    static final int CANDIDATES = 24;

    @PersistenceContext(unitName = "bazaar")
    private EntityManager em;

    /** The vocabularies words are corrected from: the findable products' words (V30) or the findable shops' (V37). */
    public enum Words {
        PRODUCTS("search_word"), SHOPS("shop_word");

        private final String table;

        Words(String table) {
            this.table = table;
        }
    }

    /** The words of a product search, each with what the products' words say it may mean. */
    public SearchWords spell(String text) {
        return spell(text, Words.PRODUCTS);
    }

    /** The words of a search, each with what the vocabulary's words say it may mean. */
    public SearchWords spell(String text, Words vocabulary) {
        List<String> typed = SearchWords.split(text);
        int last = typed.size() - 1;
        List<String> checked = new ArrayList<>();
        for (int i = 0; i < typed.size(); i++) {
            if (Typos.allowed(typed.get(i)) > 0) {
                checked.add(typed.get(i) + (i == last ? "*" : ""));
            }
        }
        Map<String, String> nearest = checked.isEmpty() ? Map.of() : nearest(checked, vocabulary);
        List<Word> words = new ArrayList<>();
        for (int i = 0; i < typed.size(); i++) {
            String word = typed.get(i);
            String near = nearest.get(word + (i == last ? "*" : ""));
            words.add(near == null ? new Word(word, null, List.of()) : spelled(word, i == last, near));
        }
        return new SearchWords(words);
    }

    /**
     * The words with the synonyms admins keep (V31): a rule's synonym is one more thing its term may mean.
     * A word typed that is a rule's term is meant as typed: it is not corrected, whatever the catalog has.
     */
    @SuppressWarnings("unchecked")
    public SearchWords withSynonyms(SearchWords spelled) {
        Set<String> forms = new HashSet<>();
        spelled.words().forEach(w -> {
            forms.add(w.typed());
            forms.addAll(w.alternatives());
        });
        if (forms.isEmpty()) {
            return spelled;
        }
        List<Object[]> rules = em.createNativeQuery("select term, synonym, both_ways from search_synonym"
                        + " where term in (:forms) or (both_ways and synonym in (:forms))")
                .setParameter("forms", forms).getResultList();
        if (rules.isEmpty()) {
            return spelled;
        }
        List<Word> words = new ArrayList<>();
        for (Word word : spelled.words()) {
            List<String> ofTyped = synonyms(rules, List.of(word.typed()));
            words.add(ofTyped.isEmpty() ? word.with(synonyms(rules, word.alternatives())) : new Word(word.typed(), null, ofTyped));
        }
        return new SearchWords(words);
    }

    /** What the rules make of any of these words. */
    private static List<String> synonyms(List<Object[]> rules, List<String> words) {
        List<String> found = new ArrayList<>();
        for (Object[] rule : rules) {
            if (words.contains((String) rule[0])) {
                found.add((String) rule[1]);
            } else if ((Boolean) rule[2] && words.contains((String) rule[1])) {
                found.add((String) rule[0]);
            }
        }
        return found;
    }

    /** The nearest words within the typos allowed, closest first (trigram order among equals). */
    private static Word spelled(String word, boolean last, String nearest) {
        int allowed = Typos.allowed(word);
        record Candidate(String word, int typos) {
        }
        List<Candidate> within = List.of(nearest.split(" ")).stream()
                .map(n -> new Candidate(n, last ? Typos.prefixDistance(word, n) : Typos.distance(word, n)))
                .filter(c -> c.typos() <= allowed)
                .sorted(Comparator.comparingInt(Candidate::typos))
                .toList();
        boolean asTyped = !within.isEmpty() && within.get(0).typos() == 0;
        List<String> typos = within.stream().filter(c -> c.typos() > 0).map(Candidate::word).toList();
        return new Word(word, asTyped || typos.isEmpty() ? null : typos.get(0), typos);
    }

    /** Per checked word (the last one marked with a star): its nearest words by trigrams, nearest first, separated by spaces. */
    private Map<String, String> nearest(List<String> checked, Words vocabulary) {
        String sql = "select q.w, (select string_agg(n.word, ' ' order by n.distance) from ("
                + "   select k.word, k.word <-> rtrim(q.w, '*') as distance from " + vocabulary.table + " k"
                + "   where length(k.word) >= length(rtrim(q.w, '*')) - 2"
                + "     and (right(q.w, 1) = '*' or length(k.word) <= length(q.w) + 2)"
                + "   order by k.word <-> rtrim(q.w, '*') limit " + CANDIDATES + ") n)"
                + " from unnest(string_to_array(:words, ' ')) q(w)";
        Map<String, String> nearest = new HashMap<>();
        for (Object row : em.createNativeQuery(sql).setParameter("words", String.join(" ", checked)).getResultList()) {
            Object[] columns = (Object[]) row;
            if (columns[1] != null) {
                nearest.put((String) columns[0], (String) columns[1]);
            }
        }
        return nearest;
    }
}
