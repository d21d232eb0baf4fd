-- Synonyms platform admins keep for search (issue 19, docs/adr/0019): a rule says that a word typed
-- also finds products with its synonym (one way: tee -> t-shirt), or with either word whichever was
-- typed (both ways: sofa <-> couch). Search reads them with every query: a change counts at once.

create table search_synonym (
    id         bigserial    primary key,
    term       varchar(60)  not null,
    synonym    varchar(60)  not null,
    both_ways  boolean      not null,
    created_at timestamptz  not null default now(),
    unique (term, synonym),
    check (term <> synonym)
);
create index search_synonym_synonym_idx on search_synonym (synonym) where both_ways;
