-- An online consultation's answer letter says how to join, not "report to the duty desk": the office keeps a
-- text of its own for it. Empty until the office saves its letters: the default text applies meanwhile.
ALTER TABLE scheduling_setting ADD COLUMN online_answer_letter_body VARCHAR(8000);
