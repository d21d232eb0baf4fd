-- Vendor onboarding: a registered user applies to sell; a platform admin approves, rejects or later
-- suspends the shop. Shops that existed before onboarding count as approved.
alter table vendor
    add column status              varchar(20)  not null default 'APPROVED'
        check (status in ('PENDING', 'APPROVED', 'REJECTED', 'SUSPENDED')),
    add column legal_name          varchar(200),
    add column registration_number varchar(60),
    add column contact_email       varchar(254),
    add column contact_phone       varchar(40),
    add column country             char(2) check (country ~ '^[A-Z]{2}$'),
    add column payout_currency     char(3) check (payout_currency ~ '^[A-Z]{3}$'),
    add column description         text,
    add column return_policy       text,
    -- the platform's cut in basis points (1000 = 10 %); null follows the platform default
    add column commission_bps      integer check (commission_bps between 0 and 10000),
    add column status_reason       text,
    add column applicant_id        bigint references app_user (id),
    add column decided_at          timestamptz,
    add column version             bigint not null default 0;

alter table vendor alter column status drop default;

-- one live shop per applicant: a rejected applicant may apply again
create unique index vendor_one_live_application on vendor (applicant_id)
    where status in ('PENDING', 'APPROVED', 'SUSPENDED');
create index vendor_status_idx on vendor (status, created_at);

-- Platform-wide settings an admin may change, as text keyed by name.
create table platform_setting (
    name  varchar(80) primary key,
    value text        not null
);

insert into platform_setting (name, value) values ('vendor.default-commission-bps', '1000');
