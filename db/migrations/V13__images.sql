-- Pictures: product galleries and shop logos. An upload is checked and decoded once, then stored as
-- re-encoded renditions (which drops any EXIF data, camera location included): 'large' for the
-- product page and 'thumb' for cards and lists. Bytes live in PostgreSQL so any server can answer;
-- a rendition never changes once written (a new picture is a new id), so it is served as immutable.

create table image (
    id            bigint generated always as identity primary key,
    vendor_id     bigint       not null references vendor (id),
    product_id    bigint       references product (id) on delete cascade,
    position      integer      not null default 0 check (position >= 0),
    alt_text      varchar(200),
    original_name varchar(200),
    width         integer      not null check (width > 0),
    height        integer      not null check (height > 0),
    uploaded_by   varchar(254) not null,
    created_at    timestamptz  not null
);
create index image_product_idx on image (product_id, position, id) where product_id is not null;
create index image_vendor_idx on image (vendor_id);

create table image_file (
    image_id     bigint      not null references image (id) on delete cascade,
    size         varchar(10) not null check (size in ('large', 'thumb')),
    content_type varchar(20) not null check (content_type in ('image/jpeg', 'image/png')),
    width        integer     not null check (width > 0),
    height       integer     not null check (height > 0),
    etag         varchar(64) not null,
    content      bytea       not null,
    primary key (image_id, size)
);

alter table vendor add column logo_image_id bigint references image (id) on delete set null;
