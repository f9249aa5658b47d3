-- The operators' metrics count the mail still to be sent (pending, failed) per office at every scrape: from this
-- index of the unsent mails only, not from the whole outbox.
CREATE INDEX outbox_mail_unsent_idx ON outbox_mail (office_id, status) WHERE status <> 'SENT';
