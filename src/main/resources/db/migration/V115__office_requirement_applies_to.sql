-- Whom each requirement of a standard applies to: everyone (every requirement so far), only those who come in
-- person or hand in a letter, only applicants who write for an institution. Online applicants read only theirs.
ALTER TABLE office_requirement
    ADD COLUMN applies_to VARCHAR(20) NOT NULL DEFAULT 'EVERYONE'
        CHECK (applies_to IN ('EVERYONE', 'IN_PERSON', 'INSTITUTIONS'));

-- Buton's standard (SK 8 Tahun 2023) as the demo data wrote it: registering at the duty desk and showing an identity
-- card are for those who come in person, the letter of the institution's head for institutions.
UPDATE office_requirement r
SET applies_to = 'IN_PERSON'
FROM office o
WHERE o.id = r.office_id
  AND o.code = 'buton'
  AND r.text IN ('Registrasi tamu ke piket tamu',
                 'Menunjukkan kartu tanda penduduk / paspor / kartu identitas lainnya yang berlaku');

UPDATE office_requirement r
SET applies_to = 'INSTITUTIONS'
FROM office o
WHERE o.id = r.office_id
  AND o.code = 'buton'
  AND r.text = 'Membawa surat permohonan dari pimpinan institusi / lembaga swadaya masyarakat / partai politik / badan publik lainnya';
