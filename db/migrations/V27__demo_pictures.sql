-- Pictures for the demo catalog and the generated one; and kept facet counts per currency (below).
--
-- Pictures for the demo catalog and the generated one (scripts/demo-catalog.sql). A row asks for a
-- drawn picture of a product: what to draw (kind) and in which colour. The application draws each look
-- once and stores it through the same gallery code as a shop's upload; products sharing a look (the
-- generated catalog's hundred thousand) get gallery rows that point at those renditions instead of
-- copies of the bytes. Rows are removed once their product has its picture.

create table picture_wanted (
    product_id bigint      primary key references product (id) on delete cascade,
    look       varchar(80) not null,
    kind       varchar(40) not null,
    colour     char(7)     not null check (colour ~ '^#[0-9a-f]{6}$')
);
create index picture_wanted_look_idx on picture_wanted (look);

-- A gallery picture that shows another picture's renditions (kept once, in image_file).
alter table image add column renditions_of bigint references image (id) on delete cascade;

-- Listings show the shopper's currency, so browsing a large scope in one currency keeps its facet
-- counts too: a summary row is for the whole scope (currency '') or for its products priced in one
-- currency. The summary is rewritten every minute, so it simply starts empty here.
delete from search_facet_summary;
update search_facet_summary_state set refreshed_at = null;
alter table search_facet_summary add column currency varchar(3) not null default '';
drop index search_facet_summary_category_idx;
create index search_facet_summary_scope_idx on search_facet_summary (category_id, currency);

create or replace function search_facet_summarize(min_products integer) returns boolean language plpgsql as $$
begin
    if not pg_try_advisory_xact_lock(hashtext('search_facet_summary')) then
        return false;
    end if;
    if exists (select 1 from search_facet_summary_state where refreshed_at > now() - interval '50 seconds') then
        return false;
    end if;
    delete from search_facet_summary;
    insert into search_facet_summary (category_id, currency, facet, key, count, low, high)
    with scoped as materialized (
        select c as scope, cur, s.category_path, s.brand, s.vendor_id, s.attributes, s.price_currency, s.price_amount, s.in_stock
        from product_search s, unnest(s.category_path || cast(0 as bigint)) c, unnest(array['', s.price_currency]) cur
        where c in (select c from product_search, unnest(category_path || cast(0 as bigint)) c
                    group by c having count(*) >= min_products)
    )
    select scope, cur, 'total', cast(null as text), count(*), cast(null as bigint), cast(null as bigint) from scoped group by scope, cur
    union all select scope, cur, 'in-stock', null, count(*) filter (where in_stock), null, null from scoped group by scope, cur
    union all select scope, cur, 'category', cast(c as text), count(*), null, null from scoped, unnest(category_path) c group by scope, cur, c
    union all select scope, cur, 'brand', brand, count(*), null, null from scoped where brand is not null group by scope, cur, brand
    union all select scope, cur, 'vendor', cast(vendor_id as text), count(*), null, null from scoped group by scope, cur, vendor_id
    union all select scope, cur, 'attribute', a, count(*), null, null from scoped, unnest(attributes) a group by scope, cur, a
    union all select scope, cur, 'price', price_currency, count(*), min(price_amount), max(price_amount) from scoped group by scope, cur, price_currency;
    update search_facet_summary_state set refreshed_at = now();
    return true;
end $$;
