-- Whether the office's standard asks an online applicant for an e-mail address. Offices keep asking, as before;
-- a standard that asks only for a contact number (Bangka Belitung's) is switched off by its administrator.
ALTER TABLE office ADD COLUMN email_required BOOLEAN NOT NULL DEFAULT TRUE;
