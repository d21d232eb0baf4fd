package dev.bazaar.analytics.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

/**
 * The sales read model's rows. Changes are added with upserts ({@code insert ... on conflict do
 * update set x = x + excluded.x}): concurrent consumers adding to the same day each wait for the
 * other's row lock and then add, so no count is lost. Reads add the days of a period up, for one shop
 * or (vendor empty) for the whole platform, and leave out what cancellations took back to nothing.
 */
@Dependent
public class SalesFigures {

    @PersistenceContext(unitName = "bazaar")
    private EntityManager em;

    public void apply(SalesChange change) {
        em.createNativeQuery("insert into sales_daily (vendor_id, day, currency, orders, units, gross_amount)"
                        + " values (?1, ?2, ?3, ?4, ?5, ?6) on conflict (vendor_id, day, currency) do update set"
                        + " orders = sales_daily.orders + excluded.orders, units = sales_daily.units + excluded.units,"
                        + " gross_amount = sales_daily.gross_amount + excluded.gross_amount")
                .setParameter(1, change.vendorId())
                .setParameter(2, change.day())
                .setParameter(3, change.currency())
                .setParameter(4, change.orders())
                .setParameter(5, change.units())
                .setParameter(6, change.amountMinor())
                .executeUpdate();
        for (SalesChange.ProductChange product : change.products()) {
            em.createNativeQuery("insert into product_sales_daily (vendor_id, product_id, day, currency, product_name, units, amount)"
                            + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7) on conflict (vendor_id, product_id, day, currency) do update set"
                            + " product_name = excluded.product_name, units = product_sales_daily.units + excluded.units,"
                            + " amount = product_sales_daily.amount + excluded.amount")
                    .setParameter(1, change.vendorId())
                    .setParameter(2, product.productId())
                    .setParameter(3, change.day())
                    .setParameter(4, change.currency())
                    .setParameter(5, product.productName())
                    .setParameter(6, product.units())
                    .setParameter(7, product.amountMinor())
                    .executeUpdate();
        }
    }

    /** Each day of the period that has figures, per currency, oldest first. */
    public List<DayFigures> days(Optional<Long> vendor, Period period) {
        Query query = em.createNativeQuery("select to_char(day, 'YYYY-MM-DD'), currency, sum(orders), sum(units), sum(gross_amount)"
                + " from sales_daily where day between :from and :to" + (vendor.isPresent() ? " and vendor_id = :vendor" : "")
                + " group by day, currency having sum(orders) <> 0 or sum(units) <> 0 or sum(gross_amount) <> 0"
                + " order by day, currency");
        return rows(bind(query, vendor, period)).stream().map(c -> new DayFigures(LocalDate.parse((String) c[0]), (String) c[1],
                number(c[2]), number(c[3]), number(c[4]))).toList();
    }

    /**
     * The {@code limit} best-selling products of the period in each currency (amounts in different
     * currencies are never compared), best first; ties go to the other measure, then to the older product.
     * A product is named as it was last sold.
     */
    public List<ProductFigures> topProducts(Optional<Long> vendor, Period period, ProductRanking ranking, int limit) {
        String order = ranking == ProductRanking.UNITS
                ? "sum(units) desc, sum(amount) desc, product_id"
                : "sum(amount) desc, sum(units) desc, product_id";
        Query query = em.createNativeQuery("select ranked.place, ranked.product_id, ranked.product_name, ranked.vendor_id, v.name, ranked.currency,"
                + " ranked.units, ranked.amount from ("
                + " select product_id, vendor_id, currency, (array_agg(product_name order by day desc))[1] as product_name,"
                + " sum(units) as units, sum(amount) as amount,"
                + " row_number() over (partition by currency order by " + order + ") as place"
                + " from product_sales_daily where day between :from and :to" + (vendor.isPresent() ? " and vendor_id = :vendor" : "")
                + " group by product_id, vendor_id, currency having sum(units) > 0"
                + ") ranked left join vendor v on v.id = ranked.vendor_id where ranked.place <= :limit order by ranked.currency, ranked.place");
        query.setParameter("limit", limit);
        return rows(bind(query, vendor, period)).stream().map(c -> new ProductFigures((int) number(c[0]), number(c[1]), (String) c[2],
                number(c[3]), (String) c[4], (String) c[5], number(c[6]), number(c[7]))).toList();
    }

    /** The shops that ever sold something, by name: what an admin can pick from. */
    public List<ShopName> shopsWithSales() {
        return rows(em.createNativeQuery("select v.id, v.name from vendor v"
                        + " where exists (select 1 from sales_daily s where s.vendor_id = v.id) order by v.name, v.id"))
                .stream().map(c -> new ShopName(number(c[0]), (String) c[1])).toList();
    }

    /** A shop as the reports name it. */
    public record ShopName(long vendorId, String name) {
    }

    private static Query bind(Query query, Optional<Long> vendor, Period period) {
        query.setParameter("from", period.from()).setParameter("to", period.to());
        vendor.ifPresent(id -> query.setParameter("vendor", id));
        return query;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
