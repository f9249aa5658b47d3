-- The refusal letter is numbered when the head refuses, not when it is mailed: an applicant without an e-mail
-- address gets it printed, and the staff and the tracking page print the same numbered letter again. Refusals
-- decided before have none; their letter is numbered when it is first printed.
ALTER TABLE disposition ADD COLUMN refusal_letter_number VARCHAR(80);
