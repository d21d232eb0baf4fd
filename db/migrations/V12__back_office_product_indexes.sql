-- The back office pages through every product (admins) or one shop's (vendors), sorted by name or by
-- last change, and filters by a part of the name. With 100,000 products these orders need indexes
-- to read one page without sorting them all, and "contains" needs trigrams.
create index product_name_order_idx on product (name, id);
create index product_updated_order_idx on product (updated_at, id);
create index product_vendor_name_order_idx on product (vendor_id, name, id);
create index product_vendor_updated_order_idx on product (vendor_id, updated_at, id);
create index product_name_trgm_idx on product using gin (lower(name) gin_trgm_ops);
