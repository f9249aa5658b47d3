-- issue 18: a new office's public request form stays closed until its administrator has set the office up
-- (the onboarding guide opens it); the offices that exist already serve the public, so theirs is open
ALTER TABLE office ADD COLUMN public_form_open BOOLEAN NOT NULL DEFAULT TRUE;
