-- An attachment costly to make (the receipt's PDF) is made by the outbox's sender when the mail is first sent,
-- from its source and reference, and kept from then on.
ALTER TABLE outbox_attachment
    ALTER COLUMN content DROP NOT NULL,
    ADD COLUMN source    VARCHAR(40),
    ADD COLUMN reference VARCHAR(100),
    ADD CONSTRAINT outbox_attachment_content_or_source
        CHECK (content IS NOT NULL OR (source IS NOT NULL AND reference IS NOT NULL));
