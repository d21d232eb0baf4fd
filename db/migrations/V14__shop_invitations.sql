-- A shop's owner invites people by e-mail to work for the shop as VENDOR_MANAGER or VENDOR_STAFF.
-- Only the token's hash is stored; the link in the mail carries the token. An invitation is used
-- once, by a signed-in account with the invited address, before it expires.

create table shop_invitation (
    id                  bigint generated always as identity primary key,
    vendor_id           bigint       not null references vendor (id),
    email               varchar(254) not null,
    role                varchar(20)  not null check (role in ('VENDOR_MANAGER', 'VENDOR_STAFF')),
    token_hash          char(64)     not null unique,
    invited_by          varchar(254) not null,
    created_at          timestamptz  not null,
    expires_at          timestamptz  not null,
    accepted_at         timestamptz,
    accepted_account_id bigint       references app_user (id),
    revoked_at          timestamptz,
    check (accepted_at is null or revoked_at is null)
);
-- one open invitation per shop and address
create unique index shop_invitation_open_idx on shop_invitation (vendor_id, lower(email))
    where accepted_at is null and revoked_at is null;
