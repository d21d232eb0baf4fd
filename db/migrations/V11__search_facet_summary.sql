-- Facet counts for browsing large parts of the catalog. Counting brands, shops, attributes and prices
-- over 100,000 products takes a few hundred milliseconds, too slow for every visit to a category page.
-- For the whole catalog and every category with at least min_products products, the counts are kept
-- here and refreshed every minute (SearchFacetRefresh); smaller result sets, and any search with words
-- or filters, are counted live. See docs/adr/0008.

create table search_facet_summary (
    category_id bigint      not null, -- 0: the whole catalog
    facet       varchar(20) not null,
    key         text,
    count       bigint      not null,
    low         bigint,
    high        bigint
);
create index search_facet_summary_category_idx on search_facet_summary (category_id);

create table search_facet_summary_state (
    id           integer primary key check (id = 1),
    refreshed_at timestamptz
);
insert into search_facet_summary_state values (1, null);

-- rewrites the summary unless another server is at it or did it in the last 50 seconds; true if it did
create function search_facet_summarize(min_products integer) returns boolean language plpgsql as $$
begin
    if not pg_try_advisory_xact_lock(hashtext('search_facet_summary')) then
        return false;
    end if;
    if exists (select 1 from search_facet_summary_state where refreshed_at > now() - interval '50 seconds') then
        return false;
    end if;
    delete from search_facet_summary;
    insert into search_facet_summary
    with scoped as materialized (
        select c as scope, s.category_path, s.brand, s.vendor_id, s.attributes, s.price_currency, s.price_amount, s.in_stock
        from product_search s, unnest(s.category_path || cast(0 as bigint)) c
        where c in (select c from product_search, unnest(category_path || cast(0 as bigint)) c
                    group by c having count(*) >= min_products)
    )
    select scope, 'total', cast(null as text), count(*), cast(null as bigint), cast(null as bigint) from scoped group by scope
    union all select scope, 'in-stock', null, count(*) filter (where in_stock), null, null from scoped group by scope
    union all select scope, 'category', cast(c as text), count(*), null, null from scoped, unnest(category_path) c group by scope, c
    union all select scope, 'brand', brand, count(*), null, null from scoped where brand is not null group by scope, brand
    union all select scope, 'vendor', cast(vendor_id as text), count(*), null, null from scoped group by scope, vendor_id
    union all select scope, 'attribute', a, count(*), null, null from scoped, unnest(attributes) a group by scope, a
    union all select scope, 'price', price_currency, count(*), min(price_amount), max(price_amount) from scoped group by scope, price_currency;
    update search_facet_summary_state set refreshed_at = now();
    return true;
end $$;
