-- Search: product_search holds one row for every product a shopper may find (ACTIVE, in an APPROVED
-- shop) with everything search, facets and sorting need, so a query reads one table. Triggers on the
-- tables it is made from keep it current inside the transaction that changes them: a product that is
-- approved is findable when the approval commits, a suspended shop's products are gone when the
-- suspension commits. See docs/adr/0008.

create extension if not exists pg_trgm;

-- platform admins pick the products the home page features
alter table product add column featured boolean not null default false;

-- a category and its ancestors, nearest first: a product in "Knives" is also found under "Kitchen"
create function category_ancestry(start_id bigint) returns table (ids bigint[], names text)
    language sql stable as $$
    with recursive up (id, parent_id, name, depth) as (
        select id, parent_id, name, 0 from category where id = start_id
        union all
        select c.id, c.parent_id, c.name, up.depth + 1 from category c join up on c.id = up.parent_id
        where up.depth < 20
    )
    select coalesce(array_agg(id order by depth), '{}'), coalesce(string_agg(name, ' ' order by depth), '')
    from up
$$;

-- what product_search holds, computed from the catalog's own tables
create view product_search_source as
select p.id as product_id,
       p.vendor_id,
       p.category_id,
       ancestry.ids as category_path,
       p.brand,
       p.price_amount,
       p.price_currency,
       exists (select 1 from product_variant pv join stock_level s on s.variant_id = pv.id
               where pv.product_id = p.id and s.on_hand > s.reserved) as in_stock,
       coalesce(p.published_at, p.created_at) as published_at,
       p.featured,
       p.name,
       coalesce((select array_agg(a.name || '=' || coalesce(a.text_value, trim_scale(a.number_value)::text)
                                  order by a.position)
                 from product_attribute a where a.product_id = p.id), '{}') as attributes,
       lower(p.name || ' ' || coalesce(p.brand, '')) as title_text,
       setweight(to_tsvector('english', p.name), 'A')
           || setweight(to_tsvector('english', coalesce(p.brand, '') || ' ' || v.name || ' ' || ancestry.names), 'B')
           || setweight(to_tsvector('english', coalesce(
                  (select string_agg(coalesce(a.text_value, trim_scale(a.number_value)::text), ' ')
                   from product_attribute a where a.product_id = p.id and a.kind <> 'BOOLEAN'), '')
                  || ' ' || coalesce(
                  (select string_agg(o.value || ' ' || pv.sku, ' ')
                   from product_variant pv left join variant_option o on o.variant_id = pv.id
                   where pv.product_id = p.id), '')), 'C')
           || setweight(to_tsvector('english', regexp_replace(coalesce(p.description, ''), '<[^>]*>', ' ', 'g')), 'D')
           as document
from product p
join vendor v on v.id = p.vendor_id
left join lateral category_ancestry(p.category_id) ancestry on true
where p.status = 'ACTIVE' and v.status = 'APPROVED';

create table product_search (
    product_id     bigint       primary key references product (id) on delete cascade,
    vendor_id      bigint       not null,
    category_id    bigint,
    category_path  bigint[]     not null,
    brand          varchar(120),
    price_amount   bigint       not null,
    price_currency char(3)      not null,
    in_stock       boolean      not null,
    published_at   timestamptz  not null,
    featured       boolean      not null,
    name           varchar(200) not null,
    attributes     text[]       not null,
    title_text     text         not null,
    document       tsvector     not null
);
create index product_search_document_idx on product_search using gin (document);
create index product_search_title_trgm_idx on product_search using gin (title_text gin_trgm_ops);
create index product_search_category_idx on product_search using gin (category_path);
create index product_search_attributes_idx on product_search using gin (attributes);
create index product_search_newest_idx on product_search (published_at desc, product_id desc);
create index product_search_price_idx on product_search (price_currency, price_amount, product_id);
create index product_search_name_idx on product_search (name, product_id);
create index product_search_featured_idx on product_search (published_at desc, product_id desc) where featured;
create index product_search_vendor_idx on product_search (vendor_id);
create index product_search_brand_idx on product_search (brand);

-- makes the rows of the given products match the catalog: written if findable, removed if not
create function product_search_sync(product_ids bigint[]) returns void language plpgsql as $$
begin
    delete from product_search ps where ps.product_id = any (product_ids)
        and not exists (select 1 from product p join vendor v on v.id = p.vendor_id
                        where p.id = ps.product_id and p.status = 'ACTIVE' and v.status = 'APPROVED');
    insert into product_search select * from product_search_source s where s.product_id = any (product_ids)
    on conflict (product_id) do update set
        vendor_id = excluded.vendor_id, category_id = excluded.category_id, category_path = excluded.category_path,
        brand = excluded.brand, price_amount = excluded.price_amount, price_currency = excluded.price_currency,
        in_stock = excluded.in_stock, published_at = excluded.published_at, featured = excluded.featured, name = excluded.name,
        attributes = excluded.attributes, title_text = excluded.title_text, document = excluded.document;
end $$;

-- rebuilds the whole table in one statement (after a bulk load with the triggers switched off)
create function product_search_rebuild() returns bigint language plpgsql as $$
declare
    written bigint;
begin
    delete from product_search;
    insert into product_search select * from product_search_source;
    get diagnostics written = row_count;
    return written;
end $$;

create function product_search_on_product() returns trigger language plpgsql as $$
begin
    perform product_search_sync(array[new.id]);
    return null;
end $$;
create trigger product_search_product after insert or update on product
    for each row execute function product_search_on_product();

create function product_search_on_product_part() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        perform product_search_sync(array[old.product_id]);
    else
        perform product_search_sync(array[new.product_id]);
    end if;
    return null;
end $$;
create trigger product_search_variant after insert or update or delete on product_variant
    for each row execute function product_search_on_product_part();
create trigger product_search_attribute after insert or update or delete on product_attribute
    for each row execute function product_search_on_product_part();

create function product_search_on_option() returns trigger language plpgsql as $$
begin
    perform product_search_sync(array(select product_id from product_variant
                                      where id = case when tg_op = 'DELETE' then old.variant_id else new.variant_id end));
    return null;
end $$;
create trigger product_search_option after insert or update or delete on variant_option
    for each row execute function product_search_on_option();

-- stock changes only flip in_stock (and only when it changes), so a checkout touches no search row
-- unless it sells the last unit
create function product_search_on_stock() returns trigger language plpgsql as $$
declare
    changed bigint;
begin
    select product_id into changed from product_variant
    where id = case when tg_op = 'DELETE' then old.variant_id else new.variant_id end;
    update product_search ps
    set in_stock = available.any_left
    from (select exists (select 1 from product_variant pv join stock_level s on s.variant_id = pv.id
                         where pv.product_id = changed and s.on_hand > s.reserved) as any_left) available
    where ps.product_id = changed and ps.in_stock is distinct from available.any_left;
    return null;
end $$;
create trigger product_search_stock after insert or update of on_hand, reserved or delete on stock_level
    for each row execute function product_search_on_stock();

-- a shop that stops (or starts) trading takes all its products out of (or into) search at once
create function product_search_on_vendor() returns trigger language plpgsql as $$
begin
    delete from product_search where vendor_id = new.id;
    insert into product_search select * from product_search_source where vendor_id = new.id;
    return null;
end $$;
create trigger product_search_vendor after update of status, name on vendor
    for each row when (old.status is distinct from new.status or old.name is distinct from new.name)
    execute function product_search_on_vendor();

-- a renamed or moved category changes the documents and paths of every product beneath it
create function product_search_on_category() returns trigger language plpgsql as $$
begin
    perform product_search_sync(array(
        select p.id from product p
        where p.category_id in (with recursive down (id, depth) as (
                                    select new.id, 0
                                    union all
                                    select c.id, down.depth + 1 from category c join down on c.parent_id = down.id
                                    where down.depth < 20)
                                select id from down)));
    return null;
end $$;
create trigger product_search_category after update of name, parent_id on category
    for each row when (old.name is distinct from new.name or old.parent_id is distinct from new.parent_id)
    execute function product_search_on_category();

select product_search_rebuild();
