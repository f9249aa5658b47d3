-- The morning digest, claimed once per person and office-local day; the daily deadline notices, once per office and day.
CREATE TABLE notice_digest_sent
(
    staff_user_id BIGINT                   NOT NULL,
    day           DATE                     NOT NULL,
    sent_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (staff_user_id, day)
);
