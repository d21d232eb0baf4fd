-- Each demo shop keeps its stock in one warehouse; every demo variant starts with 25 on hand.
insert into stock_location (vendor_id, name, line1, city, postal_code, country)
select v.id, 'Main warehouse', d.line1, d.city, d.postal_code, v.country
from vendor v join (values
    ('nordic-kitchen', 'Havnegade 12', 'Copenhagen', '1058'),
    ('paper-and-ink', '14 Brick Lane', 'London', 'E1 6RF'),
    ('trailhead', '200 Trail Rd', 'Boulder', '80302'),
    ('kyoto-tea', '1-2 Uji Rengeo', 'Uji', '611-0021')
) as d(slug, line1, city, postal_code) on d.slug = v.slug;

insert into stock_level (variant_id, location_id, on_hand)
select pv.id, l.id, 25 from product_variant pv join stock_location l on l.vendor_id = pv.vendor_id;

insert into stock_movement (variant_id, location_id, on_hand_delta, reason, actor)
select variant_id, location_id, on_hand, 'opening stock', 'demo data' from stock_level;

update product_variant set low_stock_threshold = 5;

update product p set brand = v.name from vendor v where v.id = p.vendor_id;
