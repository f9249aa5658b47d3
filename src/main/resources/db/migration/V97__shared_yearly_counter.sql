-- One yearly counter for every module's numbers (shared.YearlyCounters): the request module's sequence table
-- (receipt, agenda and letter numbers) becomes yearly_counter and takes in the feedback module's (complaint
-- numbers; its kind COMPLAINT is one the request module never used), so every number keeps counting on.
ALTER TABLE request_sequence RENAME TO yearly_counter;
ALTER TABLE yearly_counter RENAME CONSTRAINT request_sequence_pkey TO yearly_counter_pkey;
ALTER TABLE yearly_counter RENAME CONSTRAINT request_sequence_office_id_fkey TO yearly_counter_office_id_fkey;

INSERT INTO yearly_counter (office_id, kind, year, last_value)
SELECT office_id, kind, year, last_value FROM feedback_sequence;

DROP TABLE feedback_sequence;
