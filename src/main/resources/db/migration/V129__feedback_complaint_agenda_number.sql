-- issue 18: where the office's standard routes complaints through the agenda book, a complaint gets an agenda number
-- from the same yearly sequence as the letters (yearly_counter kind AGENDA)
ALTER TABLE office ADD COLUMN complaints_in_agenda_book boolean NOT NULL DEFAULT false;
ALTER TABLE complaint ADD COLUMN agenda_number varchar(40);
ALTER TABLE complaint ADD COLUMN agenda_registered_at timestamp with time zone;
CREATE UNIQUE INDEX complaint_agenda_number ON complaint (office_id, agenda_number) WHERE agenda_number IS NOT NULL;
CREATE INDEX complaint_agenda_book ON complaint (office_id, agenda_registered_at) WHERE agenda_number IS NOT NULL;

-- Bangka Belitung's standard: "Pengaduan diagendakan dan diproses oleh Tim PKD ..., seperti surat permohonan"
UPDATE office SET complaints_in_agenda_book = true WHERE code = 'babel';
