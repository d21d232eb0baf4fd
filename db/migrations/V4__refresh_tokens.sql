-- Refresh tokens for apps: only a SHA-256 of each token is stored. Tokens rotate on every use;
-- all tokens descended from one login form a family, revoked together when an old one is replayed.
create table refresh_token (
    id          bigint generated always as identity primary key,
    user_id     bigint      not null references app_user (id) on delete cascade,
    family_id   uuid        not null,
    token_hash  char(64)    not null unique,
    issued_at   timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz,
    revoked_at  timestamptz
);

create index refresh_token_family_idx on refresh_token (family_id);
create index refresh_token_user_idx on refresh_token (user_id);
