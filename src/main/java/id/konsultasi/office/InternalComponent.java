package id.konsultasi.office;

import id.konsultasi.shared.Labelled;

/**
 * The components of the standard that concern how the office runs the service (komponen proses pengelolaan
 * pelayanan, PermenPANRB 15/2014): kept with the standard, not shown on the public page.
 */
public enum InternalComponent implements Labelled {
    /** dasar hukum */
    LEGAL_BASIS,
    /** sarana dan prasarana, dan/atau fasilitas */
    FACILITIES,
    /** kompetensi pelaksana */
    STAFF_COMPETENCE,
    /** pengawasan internal */
    INTERNAL_SUPERVISION,
    /** jumlah pelaksana */
    STAFF_NUMBER,
    /** jaminan pelayanan */
    SERVICE_GUARANTEE,
    /** jaminan keamanan dan keselamatan pelayanan */
    SECURITY_GUARANTEE,
    /** evaluasi kinerja pelaksana */
    PERFORMANCE_EVALUATION;

    @Override
    public String labelPrefix() {
        return "standard.internal";
    }
}
