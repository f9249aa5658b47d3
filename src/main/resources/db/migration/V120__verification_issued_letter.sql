-- Every official letter as it was issued, once: its verification code (the QR code's address), who signed it, its
-- SHA-256 and the bytes themselves, so that every later download or mail hands out the same file.
CREATE TABLE issued_letter
(
    id                   BIGSERIAL PRIMARY KEY,
    office_id            BIGINT       NOT NULL REFERENCES office (id),
    kind                 VARCHAR(40)  NOT NULL,
    -- what the letter is of, e.g. 'appointment:12:045/BTN/2026': a letter is issued once per kind and reference
    reference            VARCHAR(200) NOT NULL,
    number               VARCHAR(120) NOT NULL,
    verification_code    VARCHAR(32)  NOT NULL UNIQUE,
    signatory_name       VARCHAR(200),
    signatory_post       VARCHAR(300),
    -- the SHA-256 of the certificate that signed it; null: issued unsigned (the office holds no certificate)
    certificate_sha256   VARCHAR(64),
    issued_at            TIMESTAMPTZ  NOT NULL,
    sha256               VARCHAR(64)  NOT NULL,
    size_bytes           INTEGER      NOT NULL,
    content              BYTEA        NOT NULL,
    srikandi_number      VARCHAR(100),
    srikandi_recorded_by BIGINT REFERENCES staff_user (id),
    srikandi_recorded_at TIMESTAMPTZ,
    CONSTRAINT issued_letter_once UNIQUE (kind, reference)
);

-- the office's list of issued letters, newest first
CREATE INDEX issued_letter_office_issued ON issued_letter (office_id, issued_at DESC, id DESC);
