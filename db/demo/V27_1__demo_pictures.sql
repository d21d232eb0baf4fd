-- The demo products' pictures: what each shows and in which colour. The application draws them
-- (dev.bazaar.catalog.infrastructure.DemoPictures) once it has started, each product its own look.

insert into picture_wanted (product_id, look, kind, colour)
select p.id, 'demo:' || p.slug, d.kind, d.colour
from (values
    ('cast-iron-skillet-26', 'pan', '#2f3437'), ('oak-cutting-board', 'board', '#b7834f'),
    ('linen-apron', 'cloth', '#d8cbb3'), ('chef-knife-20', 'knife', '#8a9299'),
    ('enamel-pot-4l', 'pot', '#2f6f8f'), ('wooden-spoon-set', 'spoon', '#c89b62'),
    ('stoneware-bowls', 'bowl', '#7d8c91'), ('rye-bread-tin', 'tin', '#6b6f73'),
    ('wool-throw', 'cloth', '#a4553a'), ('beeswax-candles', 'candle', '#e8b84a'),
    ('birch-tray', 'board', '#e2c99a'), ('coffee-grinder', 'tin', '#5a4636'),
    ('pour-over-set', 'cup', '#e9e4da'), ('dot-grid-notebook-a5', 'book', '#1f3a5f'),
    ('fountain-pen-medium', 'pen', '#14213d'), ('blue-black-ink', 'bottle', '#22344f'),
    ('leather-journal', 'book', '#8b5a2b'), ('brass-pencil', 'pen', '#b08d3c'),
    ('letter-set', 'book', '#efe6d2'), ('wax-seal-kit', 'box', '#8e1b1b'),
    ('watercolour-pad', 'book', '#6aa5c9'), ('weekly-planner-2027', 'book', '#3f7d5a'),
    ('pen-roll', 'bag', '#8a7a55'), ('desk-blotter', 'board', '#3b2a20'),
    ('sketchbook-pocket', 'book', '#2b2b2b'), ('ultralight-tent-2p', 'tent', '#d9772b'),
    ('down-sleeping-bag', 'bag', '#2d5b8a'), ('trekking-poles', 'poles', '#3a3f44'),
    ('headlamp-400', 'lamp', '#e4572e'), ('water-filter', 'bottle', '#3a86b7'),
    ('merino-base-layer', 'jacket', '#5b6b4f'), ('rain-shell', 'jacket', '#e0a526'),
    ('camp-stove', 'pot', '#9aa3ab'), ('titanium-mug', 'cup', '#8f98a3'),
    ('daypack-22', 'bag', '#3d6b4f'), ('hiking-socks', 'cloth', '#7b4a86'),
    ('first-aid-kit', 'box', '#c53030'), ('camp-blanket', 'cloth', '#6b3a2e'),
    ('sencha-100g', 'pouch', '#5e8c31'), ('matcha-ceremonial-30g', 'tin', '#7aa33b'),
    ('hojicha-80g', 'pouch', '#8a5a3c'), ('genmaicha-150g', 'pouch', '#b99a5b'),
    ('gyokuro-50g', 'pouch', '#2f6b3a'), ('kyusu-teapot', 'teapot', '#9c4f2e'),
    ('chasen-whisk', 'spoon', '#d4c49a'), ('tea-bowl', 'bowl', '#3f5f55'),
    ('tea-caddy', 'tin', '#b3413a'), ('cold-brew-bottle', 'bottle', '#9fc5c0'),
    ('noren-curtain', 'cloth', '#2c3e73'), ('yuzu-sencha', 'pouch', '#e1b12c')
) as d (slug, kind, colour)
join product p on p.slug = d.slug;
