-- A request's receipt number is taken as the last step of the transaction that creates it (the office's
-- counter stays locked only until that commit): the row is written first and numbered just before the commit,
-- so the column is empty only inside that transaction.
ALTER TABLE consultation_request ALTER COLUMN receipt_number DROP NOT NULL;
