-- issue 18: each office names its units and roles as its standard does; blank: the bundle's default word
ALTER TABLE office ADD COLUMN secretariat_name varchar(100);
ALTER TABLE office ADD COLUMN duty_desk_name varchar(100);
ALTER TABLE office ADD COLUMN head_title varchar(100);
ALTER TABLE office ADD COLUMN division_head_title varchar(100);

-- Bangka Belitung's standard: "diagendakan ... oleh Tim PKD", walk-ins "ke Sekretariat Dinas", "Kepala Bidang Terkait"
UPDATE office SET secretariat_name = 'Tim PKD', duty_desk_name = 'Sekretariat Dinas' WHERE code = 'babel';
