-- Four demo products on the home page's Featured shelf, one from each shop.
update product set featured = true
where slug in ('cast-iron-skillet-26', 'gyokuro-50g', 'wool-throw', 'oak-cutting-board')
   or slug in (select min(p.slug) from product p join vendor v on v.id = p.vendor_id
               where v.slug in ('paper-and-ink', 'trailhead') group by v.slug);
