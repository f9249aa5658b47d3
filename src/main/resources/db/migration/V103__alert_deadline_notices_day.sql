-- The notices of an office's deadlines of a day, claimed once per office and day in the transaction that writes them.
CREATE TABLE notice_deadline_day
(
    office_id  BIGINT                   NOT NULL REFERENCES office (id),
    day        DATE                     NOT NULL,
    written_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (office_id, day)
);
