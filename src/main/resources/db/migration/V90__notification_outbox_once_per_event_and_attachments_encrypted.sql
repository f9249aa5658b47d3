-- A mail caused by an event is queued once per event, recipient and kind: an event handled again (replayed after a
-- crash) finds its mail queued already, and the insert does nothing.
ALTER TABLE outbox_mail
    ADD COLUMN event_key VARCHAR(100);
CREATE UNIQUE INDEX outbox_mail_once_per_event_idx ON outbox_mail (event_key, recipient, kind)
    WHERE event_key IS NOT NULL;

-- Attachments (handed-over files of a closing letter, letters, receipts) are stored encrypted (AES-GCM, as the
-- request's documents), their content is dropped once the mail is sent (name and size stay for the outbox page),
-- and what remains is purged with the request's personal data.
ALTER TABLE outbox_attachment
    ADD COLUMN size       BIGINT,
    ADD COLUMN encrypted  BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN dropped_at TIMESTAMP WITH TIME ZONE,
    DROP CONSTRAINT outbox_attachment_content_or_source,
    ADD CONSTRAINT outbox_attachment_content_or_source
        CHECK (content IS NOT NULL OR dropped_at IS NOT NULL OR (source IS NOT NULL AND reference IS NOT NULL)),
    ADD CONSTRAINT outbox_attachment_dropped_without_content CHECK (dropped_at IS NULL OR content IS NULL);
UPDATE outbox_attachment SET size = length(content) WHERE content IS NOT NULL;
-- what was sent needs its files no more; what waits is encrypted by the application when it starts
UPDATE outbox_attachment a SET content = NULL, dropped_at = m.sent_at
FROM outbox_mail m
WHERE m.id = a.mail_id AND m.status = 'SENT' AND a.content IS NOT NULL;
