-- How an order's prices were shown at checkout, and the language the shopper ordered in: the order's
-- page shows the figures as checkout did (gross, with the VAT they include, where the destination's
-- prices include it: ADR 17), and the mails about the order are written in the shopper's language.
-- Orders placed before keep net prices with the tax beside them (they add up to the same total) and
-- English mails.
alter table order_group
    add column prices_include_tax boolean not null default false,
    add column language varchar(8) not null default 'en' check (language ~ '^[a-z]{2}$');

-- The currency a signed-in shopper chose in the storefront's header (an ISO 4217 code, or 'all' for
-- every currency), so the choice follows them to another browser; the cookie keeps a visitor's.
alter table app_user
    add column preferred_currency varchar(3) check (preferred_currency ~ '^([A-Z]{3}|all)$');
