-- One checkout's database work, the least Bazaar can do per order (bench/run.sh runs it with pgbench
-- against bazaar_ceiling, see ceiling-schema.sql): reserve two lines' stock with row locks taken in
-- variant order (as OrderPlacement does), write the order group, a vendor order, its two lines and the
-- order.placed event, and commit once. The order number comes from its sequence first, as
-- Orders.nextNumber() does.
\set a random(1, :variants)
\set b random(1, :variants)
begin;
select nextval('order_number_seq') as seq \gset
select on_hand, reserved from stock_level where variant_id in (least(:a, :b), greatest(:a, :b)) and location_id = 1
    order by variant_id for update;
update stock_level set reserved = reserved + 1, version = version + 1
    where variant_id in (least(:a, :b), greatest(:a, :b)) and location_id = 1;
insert into order_group (number, customer_id, customer_email, customer_name, currency, ship_recipient, ship_line1,
                         ship_city, ship_postal_code, ship_country, bill_recipient, bill_line1, bill_city,
                         bill_postal_code, bill_country, items_amount, discount_amount, shipping_amount, tax_amount,
                         total_amount, tax_rate_bps, payment_method, payment_status, reserved_until, placed_at)
values ('B' || :seq, :client_id, 'bench-customer@bazaar.test', 'Bench Customer', 'EUR',
        'Erika Mustermann', 'Hauptstrasse 1', 'Hamburg', '20095', 'DE', 'Erika Mustermann', 'Hauptstrasse 1',
        'Hamburg', '20095', 'DE', 9000, 0, 495, 1710, 11205, 1900, 'MANUAL', 'AWAITING', now() + interval '7 days',
        now())
returning id as order_id \gset
insert into vendor_order (order_group_id, vendor_id, number, status, items_amount, discount_amount,
                          vendor_discount_amount, shipping_amount, tax_amount, total_amount, commission_bps,
                          commission_amount, shipping_method, placed_at, updated_at)
values (:order_id, 1, 'B' || :seq || '-1', 'PENDING_PAYMENT', 9000, 0, 0, 495, 1710, 11205, 1000, 900,
        'Standard delivery', now(), now())
returning id as part_id \gset
insert into order_line (vendor_order_id, position, variant_id, product_id, product_name, variant_title, sku, quantity,
                        unit_price_amount)
values (:part_id, 1, :a, :a, 'Handmade Oak Bowl', 'Medium', 'G' || :a || '-2', 1, 4500),
       (:part_id, 2, :b, :b, 'Nordic Linen Throw', 'Oat', 'G' || :b || '-1', 1, 4500);
insert into event_log (event_id, event_type, aggregate_id, payload, occurred_at)
values (gen_random_uuid(), 'order.placed', 'B' || :seq,
        '{"orderGroupId":' || :order_id || ',"number":"B' || :seq || '","currency":"EUR","total":11205,'
        || '"parts":[{"vendorId":1,"number":"B' || :seq || '-1","total":11205}],"customerEmail":"bench-customer@bazaar.test"}',
        now());
commit;
