-- Vendor roles are scoped to one vendor: the vendor an account works for, if any.
alter table app_user add column vendor_id bigint references vendor (id);
create index app_user_vendor_idx on app_user (vendor_id);
