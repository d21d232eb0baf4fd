-- Login throttling counts recent failures per account and per client address.
create index security_event_email_recent_idx on security_event (event_type, email, occurred_at);
create index security_event_client_recent_idx on security_event (event_type, client_address, occurred_at);
