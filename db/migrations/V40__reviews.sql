-- Reviews and ratings (issue 20). A buyer reviews a delivered order line once; a review waits for an
-- admin (PENDING), who approves it (APPROVED: shown and counted) or hides it with a reason (HIDDEN).
-- The ratings of approved reviews are tallied per product and per shop in the transaction that
-- approves or hides, so pages read an average without scanning reviews.

create table review (
    id              bigint generated always as identity primary key,
    order_line_id   bigint not null unique references order_line (id),
    product_id      bigint not null references product (id),
    vendor_id       bigint not null references vendor (id),
    author_id       bigint not null references app_user (id),
    author_name     varchar(120) not null,
    rating          smallint not null check (rating between 1 and 5),
    title           varchar(120) not null,
    body            varchar(4000) not null,
    state           varchar(16) not null check (state in ('PENDING', 'APPROVED', 'HIDDEN')),
    hidden_reason   varchar(500),
    moderated_by    varchar(254),
    moderated_at    timestamptz,
    helpful_votes   integer not null default 0 check (helpful_votes >= 0),
    reports         integer not null default 0 check (reports >= 0),
    reply           varchar(2000),
    replied_by      varchar(254),
    replied_at      timestamptz,
    written_at      timestamptz not null,
    version         bigint not null default 0,
    check (state <> 'HIDDEN' or hidden_reason is not null),
    check ((reply is null) = (replied_at is null))
);

create index review_product_approved on review (product_id, written_at desc) where state = 'APPROVED';
create index review_state on review (state, written_at);
create index review_author on review (author_id);

-- one helpful vote per account and review
create table review_vote (
    review_id   bigint not null references review (id),
    account_id  bigint not null references app_user (id),
    voted_at    timestamptz not null,
    primary key (review_id, account_id)
);

-- one report of abuse per account and review
create table review_report (
    review_id    bigint not null references review (id),
    account_id   bigint not null references app_user (id),
    reason       varchar(500) not null,
    reported_at  timestamptz not null,
    primary key (review_id, account_id)
);

-- the approved reviews of a product: how many, the sum of their ratings, and how many gave each star
create table product_rating (
    product_id    bigint primary key references product (id),
    vendor_id     bigint not null references vendor (id),
    review_count  integer not null check (review_count >= 0),
    rating_sum    integer not null check (rating_sum >= 0),
    stars_1       integer not null check (stars_1 >= 0),
    stars_2       integer not null check (stars_2 >= 0),
    stars_3       integer not null check (stars_3 >= 0),
    stars_4       integer not null check (stars_4 >= 0),
    stars_5       integer not null check (stars_5 >= 0),
    check (review_count = stars_1 + stars_2 + stars_3 + stars_4 + stars_5),
    check (rating_sum = stars_1 + 2 * stars_2 + 3 * stars_3 + 4 * stars_4 + 5 * stars_5)
);

-- the approved reviews of all of a shop's products
create table shop_rating (
    vendor_id     bigint primary key references vendor (id),
    review_count  integer not null check (review_count >= 0),
    rating_sum    integer not null check (rating_sum >= 0 and rating_sum between review_count and 5 * review_count)
);
