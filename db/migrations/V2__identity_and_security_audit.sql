-- Accounts, their roles, and the security audit trail.

create table app_user (
    id                bigint generated always as identity primary key,
    email             varchar(254) not null,
    display_name      varchar(120) not null,
    phone             varchar(40),
    password_hash     varchar(512) not null,
    status            varchar(20)  not null default 'ACTIVE' check (status in ('ACTIVE', 'DISABLED')),
    email_verified_at timestamptz,
    version           bigint       not null default 0,
    created_at        timestamptz  not null default now(),
    updated_at        timestamptz  not null default now(),
    -- stored lower-case, so equal addresses collide here whatever their spelling
    constraint app_user_email_lower check (email = lower(email))
);

create unique index app_user_email_uq on app_user (email);

create table user_role (
    user_id bigint      not null references app_user (id) on delete cascade,
    role    varchar(30) not null check (role in
            ('PLATFORM_ADMIN', 'VENDOR_OWNER', 'VENDOR_MANAGER', 'VENDOR_STAFF', 'CUSTOMER')),
    primary key (user_id, role)
);

create table security_event (
    id             bigint generated always as identity primary key,
    occurred_at    timestamptz  not null default now(),
    event_type     varchar(60)  not null,
    user_id        bigint       references app_user (id),
    email          varchar(254),
    client_address varchar(64),
    detail         text
);

create index security_event_time_idx on security_event (occurred_at desc);
create index security_event_user_idx on security_event (user_id);
