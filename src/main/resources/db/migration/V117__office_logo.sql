-- the office's logo, at the left of its letterhead: a PNG its administrator uploaded (checked by its content),
-- one per office, read only when a letter is rendered
CREATE TABLE office_logo
(
    office_id   BIGINT PRIMARY KEY REFERENCES office (id),
    media_type  VARCHAR(40)              NOT NULL,
    content     BYTEA                    NOT NULL,
    uploaded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
