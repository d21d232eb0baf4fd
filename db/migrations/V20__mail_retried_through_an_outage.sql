-- Mail the SMTP server could not take for a passing reason waits (WAITING) and is queued again at
-- next_attempt_at, with back-off, until retry_until (24 hours after it was queued, or after an admin
-- sent it again); then it has failed for good (FAILED). See docs/adr/0006.
alter table outgoing_mail drop constraint outgoing_mail_status_check;
alter table outgoing_mail add constraint outgoing_mail_status_check
    check (status in ('QUEUED', 'WAITING', 'SENT', 'FAILED'));
alter table outgoing_mail add column next_attempt_at timestamptz;
alter table outgoing_mail add column retry_until timestamptz not null default now() + interval '24 hours';
update outgoing_mail set retry_until = created_at + interval '24 hours';

create index outgoing_mail_due_idx on outgoing_mail (next_attempt_at) where status = 'WAITING';
