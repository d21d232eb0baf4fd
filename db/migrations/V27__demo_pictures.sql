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
