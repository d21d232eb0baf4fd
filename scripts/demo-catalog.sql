-- Generates a large demo catalog: :products products with three variants each, from 40 shops selling in
-- four currencies, across a category tree of 8 top categories and 26 subcategories, with brands,
-- attributes, descriptions and stock. Run by scripts/demo-catalog.sh (psql -v products=N).
--
-- Generated shops carry a registration number starting GEN-, so a second run first removes what the
-- first made. Everything happens in one transaction: the catalog is either all there or unchanged.
-- The search triggers are switched off for the load and the search table is rebuilt in one statement
-- at the end (row by row, the triggers would redo each product up to seven times).

\set ON_ERROR_STOP on
begin;

alter table product disable trigger product_search_product;
alter table product_variant disable trigger product_search_variant;
alter table product_attribute disable trigger product_search_attribute;
alter table variant_option disable trigger product_search_option;
alter table stock_level disable trigger product_search_stock;

-- a deterministic "random" number in [0, n) for a seed and a salt
create function pg_temp.pick(seed bigint, salt bigint, n integer) returns integer
    language sql immutable as $$ select (abs(hashint8extended(seed, salt)) % n)::integer $$;

-- what an earlier run made
delete from product where vendor_id in (select id from vendor where registration_number like 'GEN-%');
delete from stock_location where vendor_id in (select id from vendor where registration_number like 'GEN-%');
delete from vendor where registration_number like 'GEN-%';

-- the category tree: the demo's five top categories, three more, and subcategories with what they sell
create temporary table gen_category (
    slug text, name text, parent text, nouns text[], materials text[], base_minor integer, options text[]
) on commit drop;
insert into gen_category values
    ('kitchen-knives', 'Knives', 'kitchen', '{Chef''s Knife,Santoku,Paring Knife,Bread Knife,Cleaver}', '{Carbon Steel,Damascus Steel,Stainless Steel,Ceramic}', 4500, '{size:Small|Medium|Large}'),
    ('cookware', 'Cookware', 'kitchen', '{Skillet,Saucepan,Dutch Oven,Wok,Stock Pot,Roasting Tin}', '{Cast Iron,Copper,Enamel,Stainless Steel,Carbon Steel}', 6000, '{size:20 cm|24 cm|28 cm}'),
    ('tableware', 'Tableware', 'kitchen', '{Bowl,Dinner Plate,Mug,Serving Platter,Salad Bowl,Espresso Cup}', '{Stoneware,Porcelain,Oak,Walnut,Glass}', 1800, '{colour:Sand|Slate|Moss}'),
    ('utensils', 'Utensils', 'kitchen', '{Spatula,Wooden Spoon,Whisk,Ladle,Tongs,Rolling Pin}', '{Beech,Olive Wood,Silicone,Steel}', 900, '{size:Small|Medium|Large}'),
    ('lighting', 'Lighting', 'home', '{Table Lamp,Pendant Light,Lantern,Floor Lamp,Candle Holder}', '{Brass,Linen,Rattan,Glass,Oak}', 5500, '{finish:Natural|Black|White}'),
    ('home-textiles', 'Textiles', 'home', '{Throw,Cushion Cover,Rug,Blanket,Table Runner}', '{Wool,Linen,Cotton,Alpaca}', 3500, '{colour:Oat|Charcoal|Rust}'),
    ('decor', 'Decor', 'home', '{Vase,Mirror,Wall Hook,Picture Frame,Bookend}', '{Ceramic,Brass,Walnut,Marble,Glass}', 2500, '{size:Small|Medium|Large}'),
    ('notebooks', 'Notebooks', 'stationery', '{Notebook,Journal,Sketchbook,Planner,Field Notes}', '{Dot Grid,Lined,Plain,Recycled}', 1400, '{size:A6|A5|A4}'),
    ('pens', 'Pens', 'stationery', '{Fountain Pen,Ballpoint,Rollerball,Pencil Set,Brush Pen}', '{Brass,Aluminium,Resin,Cedar}', 2200, '{colour:Black|Navy|Green}'),
    ('desk', 'Desk', 'stationery', '{Desk Organiser,Letter Tray,Pen Pot,Paperweight,Desk Mat}', '{Leather,Walnut,Cork,Felt}', 2000, '{colour:Tan|Black|Grey}'),
    ('camping', 'Camping', 'outdoors', '{Tent,Sleeping Bag,Camp Stove,Hammock,Camp Chair}', '{Ripstop Nylon,Canvas,Titanium,Down}', 9000, '{size:Solo|Duo|Family}'),
    ('hiking', 'Hiking', 'outdoors', '{Backpack,Trekking Poles,Water Bottle,Daypack,Map Case}', '{Cordura,Carbon,Aluminium,Waxed Canvas}', 5000, '{size:20 L|30 L|40 L}'),
    ('outdoor-clothing', 'Clothing', 'outdoors', '{Rain Jacket,Fleece,Wool Socks,Beanie,Softshell}', '{Merino,Gore-Tex,Recycled Polyester,Wool}', 4000, '{size:S|M|L}'),
    ('green-tea', 'Green tea', 'tea', '{Sencha,Gyokuro,Matcha,Genmaicha,Bancha}', '{Uji,Shizuoka,Kagoshima,Yame}', 1600, '{size:50 g|100 g|250 g}'),
    ('black-tea', 'Black tea', 'tea', '{Assam,Darjeeling,Earl Grey,Ceylon,Lapsang Souchong}', '{First Flush,Second Flush,Organic,Estate}', 1200, '{size:50 g|100 g|250 g}'),
    ('teaware', 'Teaware', 'tea', '{Teapot,Tea Cup,Kettle,Tea Caddy,Whisk Set}', '{Cast Iron,Porcelain,Glass,Tokoname Clay}', 3000, '{colour:White|Black|Celadon}'),
    ('planters', 'Planters', 'garden', '{Planter,Plant Pot,Window Box,Hanging Basket}', '{Terracotta,Concrete,Zinc,Ceramic}', 2400, '{size:Small|Medium|Large}'),
    ('garden-tools', 'Tools', 'garden', '{Trowel,Pruning Shears,Hand Fork,Watering Can,Hori Hori}', '{Forged Steel,Copper,Ash Wood,Stainless Steel}', 2800, '{size:Small|Medium|Large}'),
    ('outdoor-living', 'Outdoor living', 'garden', '{Bird Feeder,Bench,Fire Pit,Lantern Hook}', '{Teak,Cedar,Corten Steel,Cast Iron}', 7000, '{finish:Natural|Black|Green}'),
    ('wooden-toys', 'Wooden toys', 'toys', '{Building Blocks,Pull Toy,Stacking Rings,Train Set,Puzzle}', '{Beech,Maple,Birch,Pine}', 2600, '{colour:Natural|Rainbow|Pastel}'),
    ('games', 'Games', 'toys', '{Board Game,Card Game,Chess Set,Dominoes,Marble Run}', '{Walnut,Oak,Cardboard,Bamboo}', 3200, '{edition:Classic|Travel|Deluxe}'),
    ('plush', 'Plush', 'toys', '{Teddy Bear,Bunny,Fox,Owl,Whale}', '{Organic Cotton,Wool Felt,Alpaca,Linen}', 2100, '{size:Small|Medium|Large}'),
    ('bags', 'Bags', 'fashion', '{Tote Bag,Backpack,Crossbody Bag,Weekender,Wallet}', '{Leather,Waxed Canvas,Linen,Recycled Nylon}', 6500, '{colour:Tan|Black|Olive}'),
    ('scarves', 'Scarves', 'fashion', '{Scarf,Shawl,Snood,Bandana}', '{Cashmere,Merino,Silk,Linen}', 4200, '{colour:Camel|Grey|Rust}'),
    ('jewellery', 'Jewellery', 'fashion', '{Ring,Necklace,Earrings,Bracelet,Brooch}', '{Silver,Gold Vermeil,Brass,Enamel}', 5200, '{size:Small|Medium|Large}'),
    ('knitwear', 'Knitwear', 'fashion', '{Jumper,Cardigan,Mittens,Gloves}', '{Merino,Lambswool,Alpaca,Cotton}', 7500, '{size:S|M|L}');

insert into category (slug, name, position) values
    ('garden', 'Garden', 6), ('toys', 'Toys', 7), ('fashion', 'Fashion', 8)
on conflict (slug) do nothing;
insert into category (slug, name, parent_id, position)
select g.slug, g.name, p.id, row_number() over (partition by g.parent order by g.slug)
from gen_category g join category p on p.slug = g.parent
on conflict (slug) do nothing;

create temporary table gen_leaf on commit drop as
select row_number() over (order by g.slug) - 1 as n, c.id, g.*
from gen_category g join category c on c.slug = g.slug;

-- forty shops, ten per currency
insert into vendor (slug, name, status, legal_name, registration_number, contact_email, country, payout_currency,
                    description, return_policy, decided_at, created_at)
select lower(regexp_replace(shop.name, '[^A-Za-z0-9]+', '-', 'g')) || '-' || i,
       shop.name, 'APPROVED', shop.name || ' Ltd', 'GEN-' || lpad(i::text, 4, '0'),
       'shop' || i || '@generated.test', cur.country, cur.currency,
       'Independent makers of ' || lower(shop.trade) || ', shipping from ' || cur.city || '.',
       'Unused items can be returned within 30 days.', now(), now() - make_interval(days => 400 + i)
from generate_series(1, 40) i
cross join lateral (select (array['Alder & Oak', 'North Light', 'Saltmarsh', 'Copper Kettle', 'Fern & Flint',
        'Harbour Street', 'Little Forge', 'Moss Lane', 'Old Mill', 'Quiet Harbour', 'Red Barn', 'Stone & Thread',
        'Tall Pines', 'Tidewater', 'Willow Works', 'Birch Hollow', 'Cedar Row', 'Driftwood', 'Elm Yard',
        'Foxglove'])[1 + (i - 1) % 20] || case when i > 20 then ' Studio' else ' Co.' end as name,
        (array['Kitchenware', 'Homeware', 'Stationery', 'Outdoor Gear', 'Tea', 'Garden Tools', 'Toys', 'Accessories'])[1 + i % 8] as trade) shop
cross join lateral (select (array['EUR', 'GBP', 'USD', 'JPY'])[1 + i % 4] as currency,
        (array['DE', 'GB', 'US', 'JP'])[1 + i % 4] as country,
        (array['Hamburg', 'Bristol', 'Portland', 'Kanazawa'])[1 + i % 4] as city) cur;

create temporary table gen_vendor on commit drop as
select row_number() over (order by id) - 1 as n, id, payout_currency as currency, name
from vendor where registration_number like 'GEN-%';

insert into stock_location (vendor_id, name, line1, city, postal_code, country)
select v.id, 'Main warehouse', '1 Warehouse Lane', 'Springfield', '10001', vendor.country
from gen_vendor v join vendor on vendor.id = v.id;

-- the products: a shop, a subcategory, words from its lists, a price in the shop's currency
create temporary table gen_product on commit drop as
select i,
       v.id as vendor_id, v.currency, c.id as category_id, c.nouns, c.materials, c.options, c.base_minor,
       (array['Classic', 'Everyday', 'Handmade', 'Heritage', 'Minimal', 'Rustic', 'Nordic', 'Studio', 'Field',
              'Coastal', 'Urban', 'Artisan', 'Compact', 'Grand', 'Slim', 'Sturdy', 'Vintage', 'Modern'])[1 + pg_temp.pick(i, 1, 18)] as adjective,
       c.materials[1 + pg_temp.pick(i, 2, cardinality(c.materials))] as material,
       c.nouns[1 + pg_temp.pick(i, 3, cardinality(c.nouns))] as noun,
       (array['Fjord', 'Ashby', 'Kobo', 'Lumen', 'Marlow', 'Nakano', 'Oakhurst', 'Pell', 'Quill & Co', 'Rowan',
              'Sable', 'Tanaka', 'Umber', 'Vale', 'Wren', 'Yardley', 'Zephyr', 'Alba', 'Brume', 'Corvid',
              'Dune', 'Ember', 'Fable', 'Gale', 'Hearth', 'Isle', 'Juniper', 'Kestrel', 'Larch', 'Meridian'])[1 + pg_temp.pick(i, 4, 30)] as brand,
       (array['Natural', 'Charcoal', 'Sand', 'Forest Green', 'Navy', 'Rust', 'Ivory', 'Slate'])[1 + pg_temp.pick(i, 5, 8)] as colour,
       (50 + pg_temp.pick(i, 6, 250)) / 100.0 as price_factor,
       now() - make_interval(mins => pg_temp.pick(i, 7, 525600)) as published_at
from generate_series(1, :products) i
join gen_vendor v on v.n = i % 40
join gen_leaf c on c.n = pg_temp.pick(i, 8, 26);

insert into product (vendor_id, category_id, slug, name, description, price_amount, price_currency, status, brand,
                     published_at, created_at, updated_at)
select vendor_id, category_id,
       lower(regexp_replace(adjective || ' ' || material || ' ' || noun, '[^A-Za-z0-9]+', '-', 'g')) || '-' || i,
       adjective || ' ' || material || ' ' || noun,
       '<p>A ' || lower(adjective) || ' ' || lower(noun) || ' in ' || lower(material) || ', made by ' || brand
           || ' in small batches.</p><p>' || (array['Built to last for years of daily use.', 'Finished by hand and checked piece by piece.',
           'Designed with the people who use it every day.', 'Made from responsibly sourced materials.',
           'Packed plastic-free and shipped within two days.'])[1 + pg_temp.pick(i, 9, 5)] || '</p>',
       -- the same number in every currency: 4500 is 45.00 in euros and ¥4,500 (yen have no minor units)
       round(base_minor * price_factor)::bigint,
       currency, 'ACTIVE', brand, published_at, published_at, published_at
from gen_product;

create temporary table gen_made on commit drop as
select p.id, g.*
from gen_product g join product p on p.slug = lower(regexp_replace(g.adjective || ' ' || g.material || ' ' || g.noun, '[^A-Za-z0-9]+', '-', 'g')) || '-' || g.i;

insert into product_attribute (product_id, position, name, kind, text_value, number_value)
select id, 0, 'material', 'TEXT', lower(material), cast(null as numeric) from gen_made
union all
select id, 1, 'colour', 'TEXT', lower(colour), null from gen_made
union all
select id, 2, 'handmade', 'BOOLEAN', case when pg_temp.pick(i, 10, 3) = 0 then 'true' else 'false' end, null from gen_made
union all
select id, 3, 'weight_kg', 'NUMBER', null, (1 + pg_temp.pick(i, 11, 40)) / 10.0 from gen_made;

-- pictures: the application draws one per subcategory and colour (V27) and shows it on every product
-- of that look, stored once
insert into picture_wanted (product_id, look, kind, colour)
select m.id, 'generated:' || c.slug || ':' || lower(m.colour),
       case c.slug
           when 'kitchen-knives' then 'knife' when 'cookware' then 'pan' when 'tableware' then 'bowl'
           when 'utensils' then 'spoon' when 'lighting' then 'lamp' when 'home-textiles' then 'cloth'
           when 'decor' then 'vase' when 'notebooks' then 'book' when 'pens' then 'pen' when 'desk' then 'board'
           when 'camping' then 'tent' when 'hiking' then 'bag' when 'outdoor-clothing' then 'jacket'
           when 'green-tea' then 'pouch' when 'black-tea' then 'tin' when 'teaware' then 'teapot'
           when 'planters' then 'vase' when 'garden-tools' then 'tool' when 'outdoor-living' then 'lamp'
           when 'wooden-toys' then 'blocks' when 'games' then 'blocks' when 'plush' then 'bear'
           when 'bags' then 'bag' when 'scarves' then 'cloth' when 'jewellery' then 'ring' else 'jacket' end,
       case m.colour
           when 'Natural' then '#c8b28e' when 'Charcoal' then '#36454f' when 'Sand' then '#d8c39a'
           when 'Forest Green' then '#2f5d3a' when 'Navy' then '#1f3a5f' when 'Rust' then '#b7472a'
           when 'Ivory' then '#e6dcc4' else '#5b6770' end
from gen_made m join category c on c.id = m.category_id;

-- three variants each: the option's three values, each dearer than the last
insert into product_variant (product_id, vendor_id, sku, title, price_amount, price_currency, compare_at_amount,
                             weight_grams, low_stock_threshold, position)
select m.id, m.vendor_id, 'G' || m.i || '-' || v, split_part(split_part(m.options[1], ':', 2), '|', v),
       p.price_amount + (v - 1) * greatest(p.price_amount / 5, 1), m.currency,
       case when pg_temp.pick(m.i, 12, 6) = 0 then (p.price_amount + (v - 1) * greatest(p.price_amount / 5, 1)) * 5 / 4 end,
       100 + pg_temp.pick(m.i, 13, 2000), 3, v - 1
from gen_made m join product p on p.id = m.id
cross join generate_series(1, 3) v;

insert into variant_option (variant_id, position, name, value)
select pv.id, 0, split_part(m.options[1], ':', 1), pv.title
from product_variant pv join gen_made m on m.id = pv.product_id;

-- stock: most variants have some, one in eight is sold out
insert into stock_level (variant_id, location_id, on_hand)
select pv.id, l.id, case when pg_temp.pick(pv.id, 14, 8) = 0 then 0 else 1 + pg_temp.pick(pv.id, 15, 60) end
from product_variant pv
join gen_made m on m.id = pv.product_id
join stock_location l on l.vendor_id = pv.vendor_id;

insert into stock_movement (variant_id, location_id, on_hand_delta, reason, actor)
select s.variant_id, s.location_id, s.on_hand, 'opening stock', 'demo-catalog generator'
from stock_level s join product_variant pv on pv.id = s.variant_id join gen_made m on m.id = pv.product_id
where s.on_hand > 0;

alter table product enable trigger product_search_product;
alter table product_variant enable trigger product_search_variant;
alter table product_attribute enable trigger product_search_attribute;
alter table variant_option enable trigger product_search_option;
alter table stock_level enable trigger product_search_stock;

select product_search_rebuild() as products_findable;

commit;

analyze vendor;
analyze category;
analyze product;
analyze product_variant;
analyze product_attribute;
analyze stock_level;
analyze product_search;
analyze picture_wanted;
