-- Where the law has consumers shown prices with VAT included, prices are shown gross to shoppers
-- shipping there, and checkout shows the VAT they include (ADR 17). Per country, kept by the
-- platform admins beside the rate. Seeded for the EU countries and the United Kingdom Bazaar
-- delivers to.
alter table tax_rate add column prices_include_tax boolean not null default false;
update tax_rate set prices_include_tax = true
 where country in ('AT', 'BE', 'DE', 'DK', 'ES', 'FI', 'FR', 'GB', 'IE', 'IT', 'NL', 'PL', 'SE');

