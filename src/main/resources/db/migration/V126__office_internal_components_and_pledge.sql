-- The internal components of the standard (komponen proses pengelolaan pelayanan, PermenPANRB 15/2014), each a list
-- of items, all of an office's items in one ordered list; and the Maklumat Pelayanan (the service pledge) the public
-- page shows (none: the page shows no pledge).
CREATE TABLE office_standard_item
(
    office_id BIGINT        NOT NULL REFERENCES office (id) ON DELETE CASCADE,
    position  INT           NOT NULL,
    component VARCHAR(40)   NOT NULL CHECK (component IN ('LEGAL_BASIS', 'FACILITIES', 'STAFF_COMPETENCE',
                                                          'INTERNAL_SUPERVISION', 'STAFF_NUMBER', 'SERVICE_GUARANTEE',
                                                          'SECURITY_GUARANTEE', 'PERFORMANCE_EVALUATION')),
    text      VARCHAR(2000) NOT NULL,
    PRIMARY KEY (office_id, position)
);

ALTER TABLE office ADD COLUMN service_pledge VARCHAR(10000);
