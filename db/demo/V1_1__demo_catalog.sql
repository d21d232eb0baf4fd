-- Demo catalog: four vendors selling in four currencies, five categories, fifty products.
-- Applied only where bazaar.demo-data is true (the local default).

insert into vendor (slug, name) values
    ('nordic-kitchen', 'Nordic Kitchen Co.'),
    ('paper-and-ink', 'Paper & Ink'),
    ('trailhead', 'Trailhead Outfitters'),
    ('kyoto-tea', 'Kyoto Tea House');

insert into category (slug, name) values
    ('kitchen', 'Kitchen'),
    ('stationery', 'Stationery'),
    ('outdoors', 'Outdoors'),
    ('tea', 'Tea'),
    ('home', 'Home');

insert into product (vendor_id, category_id, slug, name, description, price_amount, price_currency)
select v.id, c.id, p.slug, p.name, p.description, p.price_amount, p.currency
from (values
    ('nordic-kitchen', 'kitchen', 'cast-iron-skillet-26', 'Cast Iron Skillet 26 cm', 'Pre-seasoned skillet that goes from hob to oven.', 4990, 'EUR'),
    ('nordic-kitchen', 'kitchen', 'oak-cutting-board', 'Oak Cutting Board', 'End-grain oak board, oiled by hand.', 3900, 'EUR'),
    ('nordic-kitchen', 'kitchen', 'linen-apron', 'Linen Apron', 'Stone-washed linen with two deep pockets.', 2900, 'EUR'),
    ('nordic-kitchen', 'kitchen', 'chef-knife-20', 'Chef''s Knife 20 cm', 'Carbon steel blade, birch handle.', 8900, 'EUR'),
    ('nordic-kitchen', 'kitchen', 'enamel-pot-4l', 'Enamel Stock Pot 4 L', 'Enamelled steel pot for soups and stocks.', 5490, 'EUR'),
    ('nordic-kitchen', 'kitchen', 'wooden-spoon-set', 'Wooden Spoon Set', 'Three beech spoons for stirring and serving.', 1590, 'EUR'),
    ('nordic-kitchen', 'kitchen', 'stoneware-bowls', 'Stoneware Bowls (4)', 'Glazed stoneware bowls in sea grey.', 4400, 'EUR'),
    ('nordic-kitchen', 'kitchen', 'rye-bread-tin', 'Rye Bread Tin', 'Heavy tin for dense Nordic rye loaves.', 2190, 'EUR'),
    ('nordic-kitchen', 'home', 'wool-throw', 'Wool Throw', 'Lambswool throw, 130 × 170 cm.', 11900, 'EUR'),
    ('nordic-kitchen', 'home', 'beeswax-candles', 'Beeswax Candles (6)', 'Hand-dipped candles that burn for eight hours.', 1890, 'EUR'),
    ('nordic-kitchen', 'home', 'birch-tray', 'Birch Serving Tray', 'Light birch tray with cut-out handles.', 3490, 'EUR'),
    ('nordic-kitchen', 'kitchen', 'coffee-grinder', 'Hand Coffee Grinder', 'Conical burr grinder with 30 settings.', 6990, 'EUR'),
    ('nordic-kitchen', 'kitchen', 'pour-over-set', 'Pour-Over Coffee Set', 'Ceramic dripper, glass carafe and filters.', 4590, 'EUR'),
    ('paper-and-ink', 'stationery', 'dot-grid-notebook-a5', 'Dot Grid Notebook A5', '160 pages of 100 gsm paper, lay-flat binding.', 1800, 'GBP'),
    ('paper-and-ink', 'stationery', 'fountain-pen-medium', 'Fountain Pen, Medium Nib', 'Steel nib, piston filler, demonstrator barrel.', 4500, 'GBP'),
    ('paper-and-ink', 'stationery', 'blue-black-ink', 'Blue-Black Ink 50 ml', 'Iron-gall style ink that darkens as it dries.', 1250, 'GBP'),
    ('paper-and-ink', 'stationery', 'leather-journal', 'Leather Journal Cover', 'Vegetable-tanned leather cover for A5 notebooks.', 5500, 'GBP'),
    ('paper-and-ink', 'stationery', 'brass-pencil', 'Brass Mechanical Pencil', '0.7 mm lead, knurled brass grip.', 3200, 'GBP'),
    ('paper-and-ink', 'stationery', 'letter-set', 'Cotton Letter Writing Set', '30 sheets and 20 envelopes of cotton paper.', 2400, 'GBP'),
    ('paper-and-ink', 'stationery', 'wax-seal-kit', 'Wax Seal Kit', 'Brass seal, three wax sticks and a spoon.', 2900, 'GBP'),
    ('paper-and-ink', 'stationery', 'watercolour-pad', 'Watercolour Pad A4', 'Cold-pressed 300 gsm, 20 sheets.', 1650, 'GBP'),
    ('paper-and-ink', 'stationery', 'weekly-planner-2027', 'Weekly Planner 2027', 'Week-on-two-pages planner with ribbon markers.', 2200, 'GBP'),
    ('paper-and-ink', 'stationery', 'pen-roll', 'Canvas Pen Roll', 'Holds twelve pens; waxed canvas.', 2700, 'GBP'),
    ('paper-and-ink', 'home', 'desk-blotter', 'Desk Blotter', 'Felt-backed leather blotter, 60 × 40 cm.', 6900, 'GBP'),
    ('paper-and-ink', 'stationery', 'sketchbook-pocket', 'Pocket Sketchbook', 'A6 sketchbook with elastic closure.', 950, 'GBP'),
    ('trailhead', 'outdoors', 'ultralight-tent-2p', 'Ultralight Tent 2P', 'Two-person tent at 1.1 kg with a full-coverage fly.', 38900, 'USD'),
    ('trailhead', 'outdoors', 'down-sleeping-bag', 'Down Sleeping Bag -5°C', '800-fill down, 850 g.', 32900, 'USD'),
    ('trailhead', 'outdoors', 'trekking-poles', 'Carbon Trekking Poles', 'Folding poles with cork grips.', 14900, 'USD'),
    ('trailhead', 'outdoors', 'headlamp-400', 'Headlamp 400 lm', 'USB-C rechargeable, red night mode.', 4500, 'USD'),
    ('trailhead', 'outdoors', 'water-filter', 'Squeeze Water Filter', 'Filters 0.1 micron; fits standard bottles.', 3900, 'USD'),
    ('trailhead', 'outdoors', 'merino-base-layer', 'Merino Base Layer', '200 gsm merino long-sleeve top.', 8900, 'USD'),
    ('trailhead', 'outdoors', 'rain-shell', 'Packable Rain Shell', '2.5-layer waterproof jacket that packs into its pocket.', 17900, 'USD'),
    ('trailhead', 'outdoors', 'camp-stove', 'Canister Camp Stove', 'Boils a litre in under four minutes.', 5900, 'USD'),
    ('trailhead', 'outdoors', 'titanium-mug', 'Titanium Mug 450 ml', 'Double-wall titanium with folding handles.', 3400, 'USD'),
    ('trailhead', 'outdoors', 'daypack-22', 'Daypack 22 L', 'Ventilated back panel and hip belt.', 9900, 'USD'),
    ('trailhead', 'outdoors', 'hiking-socks', 'Hiking Socks (3 pairs)', 'Cushioned merino blend.', 2800, 'USD'),
    ('trailhead', 'outdoors', 'first-aid-kit', 'Trail First Aid Kit', 'Compact kit for two people, three days.', 3200, 'USD'),
    ('trailhead', 'home', 'camp-blanket', 'Camp Blanket', 'Recycled-wool blanket with a waterproof back.', 7900, 'USD'),
    ('kyoto-tea', 'tea', 'sencha-100g', 'Sencha 100 g', 'First-flush sencha from Uji.', 1800, 'JPY'),
    ('kyoto-tea', 'tea', 'matcha-ceremonial-30g', 'Ceremonial Matcha 30 g', 'Stone-ground tencha, vivid green.', 3200, 'JPY'),
    ('kyoto-tea', 'tea', 'hojicha-80g', 'Hojicha 80 g', 'Roasted green tea, low in caffeine.', 1200, 'JPY'),
    ('kyoto-tea', 'tea', 'genmaicha-150g', 'Genmaicha 150 g', 'Green tea with toasted rice.', 1100, 'JPY'),
    ('kyoto-tea', 'tea', 'gyokuro-50g', 'Gyokuro 50 g', 'Shade-grown tea with a deep umami taste.', 4500, 'JPY'),
    ('kyoto-tea', 'tea', 'kyusu-teapot', 'Tokoname Kyusu Teapot', 'Side-handle clay teapot, 300 ml.', 8800, 'JPY'),
    ('kyoto-tea', 'tea', 'chasen-whisk', 'Bamboo Matcha Whisk', '100-prong chasen, hand-carved.', 2600, 'JPY'),
    ('kyoto-tea', 'tea', 'tea-bowl', 'Matcha Tea Bowl', 'Raku-fired chawan, each one unique.', 6500, 'JPY'),
    ('kyoto-tea', 'tea', 'tea-caddy', 'Washi Tea Caddy', 'Airtight tin wrapped in washi paper.', 2200, 'JPY'),
    ('kyoto-tea', 'tea', 'cold-brew-bottle', 'Cold Brew Tea Bottle', 'Glass bottle with a built-in filter, 750 ml.', 3300, 'JPY'),
    ('kyoto-tea', 'home', 'noren-curtain', 'Linen Noren Curtain', 'Split doorway curtain, indigo dyed.', 7800, 'JPY'),
    ('kyoto-tea', 'tea', 'yuzu-sencha', 'Yuzu Sencha 80 g', 'Sencha with dried yuzu peel.', 1500, 'JPY')
) as p (vendor_slug, category_slug, slug, name, description, price_amount, currency)
join vendor v on v.slug = p.vendor_slug
join category c on c.slug = p.category_slug;
