-- the town an office's letters are dated from: "Pasarwajo, 4 Desember 2026" (none: the date alone)
ALTER TABLE office ADD COLUMN place VARCHAR(100);
UPDATE office SET place = 'Pasarwajo' WHERE code = 'buton';
UPDATE office SET place = 'Pangkalpinang' WHERE code = 'babel';
