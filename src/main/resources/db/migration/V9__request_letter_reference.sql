-- A request that arrived as a letter keeps the letter's own number and dates (for the agenda book and
-- the lembar disposisi).
ALTER TABLE consultation_request
    ADD COLUMN letter_number      VARCHAR(100),
    ADD COLUMN letter_date        DATE,
    ADD COLUMN letter_received_on DATE;
CREATE INDEX consultation_request_office_agenda_idx ON consultation_request (office_id, receipt_year, agenda_number)
    WHERE agenda_number IS NOT NULL;
