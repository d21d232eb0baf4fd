package dev.bazaar.catalog.application;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;

import dev.bazaar.kernel.CallerScope;
import dev.bazaar.kernel.FieldProblems;
import dev.bazaar.kernel.ForbiddenException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

/**
 * What shoppers search for, for platform admins (back office → Search, and the admin API): per day, the
 * searches, those that found nothing and the clicks on found products; the top queries, the queries that
 * found nothing, and the products searches led to. Read from the day counts {@link SearchLog} keeps (V38).
 */
@Stateless
@RolesAllowed("PLATFORM_ADMIN")
public class SearchAnalytics {

    public static final int DEFAULT_DAYS = 30;
    public static final int MAX_DAYS = 366;
    /** Rows in each of the report's lists. */
    public static final int TOP = 20;

    @PersistenceContext(unitName = "bazaar")
    private EntityManager em;

    @Inject
    CallerScope callers;

    /**
     * The report from {@code from} to {@code to} (ISO dates, UTC days, both included; by default the last
     * {@value #DEFAULT_DAYS} days up to today), of every query or only those containing the words
     * {@code containing} (normalised as queries are). A date that does not parse, a range that ends before
     * it starts or spans more than {@value #MAX_DAYS} days, or words over 200 characters are refused by name.
     */
    public SearchReport report(String from, String to, String containing) {
        if (!callers.isActiveAdmin()) {
            throw new ForbiddenException("Your account is no longer an active platform admin");
        }
        FieldProblems problems = new FieldProblems().optional("query", FieldProblems.strip(containing), SearchQuery.MAX_TEXT);
        LocalDate last = date("to", to, problems);
        LocalDate first = date("from", from, problems);
        problems.throwIfAny();
        if (last == null) {
            last = first == null ? LocalDate.now(ZoneOffset.UTC) : first.plusDays(DEFAULT_DAYS - 1L);
        }
        if (first == null) {
            first = last.minusDays(DEFAULT_DAYS - 1L);
        }
        problems.when(first.isAfter(last), "to", "must not be before from");
        problems.when(!first.isAfter(last) && ChronoUnit.DAYS.between(first, last) >= MAX_DAYS, "to",
                "must be at most " + MAX_DAYS + " days after from");
        problems.throwIfAny();
        String words = SearchLog.normalise(containing);
        Scope scope = new Scope(first, last, words == null ? "%" : "%" + words + "%");
        return new SearchReport(first, last, words, days(scope), topQueries(scope, false), topQueries(scope, true), topClicks(scope));
    }

    /** The days asked for and the pattern the queries must match (normalised queries hold no % or _). */
    private record Scope(LocalDate first, LocalDate last, String pattern) {

        Query bind(Query query) {
            return query.setParameter("first", first).setParameter("last", last).setParameter("pattern", pattern);
        }
    }

    @SuppressWarnings("unchecked")
    private List<SearchReport.Day> days(Scope scope) {
        List<Object[]> rows = scope.bind(em.createNativeQuery("select cast(d as date),"
                        + " coalesce((select sum(q.searches) from search_query_day q where q.day = d and q.query like :pattern), 0),"
                        + " coalesce((select sum(q.without_results) from search_query_day q where q.day = d and q.query like :pattern), 0),"
                        + " coalesce((select sum(c.clicks) from search_click_day c where c.day = d and c.query like :pattern), 0)"
                        + " from generate_series(cast(:first as date), cast(:last as date), interval '1 day') d order by 1"))
                .getResultList();
        return rows.stream().map(r -> new SearchReport.Day(day(r[0]), number(r[1]), number(r[2]),
                number(r[3]), rate(number(r[3]), number(r[1])))).toList();
    }

    /** The most searched queries, or (withoutResults) those that found nothing most often. */
    @SuppressWarnings("unchecked")
    private List<SearchReport.QueryFigures> topQueries(Scope scope, boolean withoutResults) {
        List<Object[]> rows = scope.bind(em.createNativeQuery("select q.query, sum(q.searches), sum(q.without_results),"
                        + " coalesce((select sum(c.clicks) from search_click_day c"
                        + "           where c.query = q.query and c.day between :first and :last), 0)"
                        + " from search_query_day q where q.day between :first and :last and q.query like :pattern group by q.query"
                        + (withoutResults ? " having sum(q.without_results) > 0 order by 3 desc, 2 desc, 1"
                                : " order by 2 desc, 1")
                        + " limit " + TOP))
                .getResultList();
        return rows.stream().map(r -> new SearchReport.QueryFigures((String) r[0], number(r[1]), number(r[2]), number(r[3]),
                rate(number(r[3]), number(r[1])))).toList();
    }

    @SuppressWarnings("unchecked")
    private List<SearchReport.Click> topClicks(Scope scope) {
        List<Object[]> rows = scope.bind(em.createNativeQuery("select c.query, p.id, p.name, p.slug, sum(c.clicks)"
                        + " from search_click_day c join product p on p.id = c.product_id"
                        + " where c.day between :first and :last and c.query like :pattern group by c.query, p.id, p.name, p.slug"
                        + " order by 5 desc, 1, 2 limit " + TOP))
                .getResultList();
        return rows.stream().map(r -> new SearchReport.Click((String) r[0], number(r[1]), (String) r[2], (String) r[3],
                number(r[4]))).toList();
    }

    private static LocalDate date(String field, String text, FieldProblems problems) {
        String stripped = FieldProblems.strip(text);
        if (stripped == null) {
            return null;
        }
        try {
            return LocalDate.parse(stripped);
        } catch (DateTimeParseException e) {
            problems.add(field, "must be a date like 2026-12-07");
            return null;
        }
    }

    private static LocalDate day(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    /** Clicks per search, to three places. */
    private static double rate(long clicks, long searches) {
        return searches == 0 ? 0 : Math.round(clicks * 1000.0 / searches) / 1000.0;
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
