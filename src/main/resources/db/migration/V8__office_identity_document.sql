-- Whether the office's standard asks for an identity document (KTP/passport) with an online request.
-- Collect only what the standard requires (UU 27/2022).
ALTER TABLE office ADD COLUMN identity_document_required BOOLEAN NOT NULL DEFAULT FALSE;
