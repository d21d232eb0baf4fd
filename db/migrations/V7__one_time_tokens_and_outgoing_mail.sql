-- One-time tokens sent by mail: verifying an e-mail address, resetting a forgotten password. Only a
-- SHA-256 of each token is stored; a token works once, until it expires.
create table account_token (
    id          bigint generated always as identity primary key,
    user_id     bigint      not null references app_user (id) on delete cascade,
    purpose     varchar(30) not null check (purpose in ('VERIFY_EMAIL', 'RESET_PASSWORD')),
    token_hash  char(64)    not null unique,
    issued_at   timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz
);

create index account_token_user_idx on account_token (user_id, purpose);

-- Every mail Bazaar sends, written in the transaction that decides to send it and delivered by the
-- mail delivery MDB: nothing is lost when the SMTP server is away, and admins can see what went out.
create table outgoing_mail (
    id          bigint generated always as identity primary key,
    recipient   varchar(254) not null,
    subject     varchar(200) not null,
    body        text         not null,
    status      varchar(20)  not null check (status in ('QUEUED', 'SENT', 'FAILED')),
    attempts    integer      not null default 0,
    last_error  text,
    created_at  timestamptz  not null,
    sent_at     timestamptz,
    version     bigint       not null default 0
);

create index outgoing_mail_created_idx on outgoing_mail (created_at desc, id desc);
create index outgoing_mail_recipient_idx on outgoing_mail (recipient);
