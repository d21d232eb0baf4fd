-- Typo tolerance per word (issue 19, docs/adr/0019): search_word holds every word of four letters or
-- more that a findable product's searchable text contains (title, brand, shop, category, attribute
-- and option values, description), as typed, not stemmed. A word a shopper types that is not in it is
-- a typo: the words nearest by trigrams are its candidates, and those within the allowed edit distance
-- (counted in the application, a swap of neighbours as one) replace it in the full-text query.
--
-- The vocabulary only grows as products are written (statement triggers on product_search add the
-- words of the rows a statement inserted or whose document changed; a word already known costs one
-- index probe and no lock). A word whose last product went stays until search_word_rebuild(): harmless,
-- since a correction to it matches no product and the other candidates still do.

create table search_word (
    word text collate "C" primary key
);
-- nearest words by trigram distance (k-nearest-neighbour order needs GiST, not GIN)
create index search_word_trgm_idx on search_word using gist (word gist_trgm_ops);

-- the searchable words of some products: lower case, letters and digits, 4 to 40 characters (joined to
-- the ids, not "= any (ids)": a bulk rebuild passes 100,000 of them)
create function search_words_of(product_ids bigint[]) returns table (word text) language sql stable as $$
    select distinct w
    from unnest(product_ids) given (id)
    join product p on p.id = given.id
    join vendor v on v.id = p.vendor_id
    left join lateral category_ancestry(p.category_id) ancestry on true,
    lateral regexp_split_to_table(lower(
        p.name || ' ' || coalesce(p.brand, '') || ' ' || v.name || ' ' || coalesce(ancestry.names, '') || ' '
        || coalesce((select string_agg(coalesce(a.text_value, ''), ' ') from product_attribute a where a.product_id = p.id), '') || ' '
        || coalesce((select string_agg(o.value, ' ') from product_variant pv join variant_option o on o.variant_id = pv.id
                     where pv.product_id = p.id), '') || ' '
        || regexp_replace(coalesce(p.description, ''), '<[^>]*>', ' ', 'g')), '[^[:alnum:]]+') w
    where length(w) between 4 and 40
$$;

create function search_word_on_insert() returns trigger language plpgsql as $$
begin
    insert into search_word
    select w.word from search_words_of(array(select product_id from added)) w
    on conflict do nothing;
    return null;
end $$;
create trigger search_word_insert after insert on product_search
    referencing new table as added
    for each statement execute function search_word_on_insert();

-- stock changes rewrite only in_stock: the join finds no changed document and nothing is read
create function search_word_on_update() returns trigger language plpgsql as $$
begin
    insert into search_word
    select w.word from search_words_of(array(
        select a.product_id from changed a join previous b on b.product_id = a.product_id
        where a.document is distinct from b.document)) w
    on conflict do nothing;
    return null;
end $$;
create trigger search_word_update after update on product_search
    referencing old table as previous new table as changed
    for each statement execute function search_word_on_update();

-- the vocabulary of the findable products only (drops words no product has any more)
create function search_word_rebuild() returns bigint language plpgsql as $$
declare
    written bigint;
begin
    delete from search_word;
    insert into search_word select w.word from search_words_of(array(select product_id from product_search)) w;
    get diagnostics written = row_count;
    return written;
end $$;

select search_word_rebuild();
