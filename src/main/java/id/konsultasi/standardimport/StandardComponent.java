package id.konsultasi.standardimport;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

import id.konsultasi.office.InternalComponent;

/**
 * The components of a standard, each known by the headings standards give it: the six published ones, the internal
 * ones of PermenPANRB 15/2014 (when a published text carries them) and the Maklumat Pelayanan.
 */
enum StandardComponent {
    REQUIREMENTS("persyaratan( pelayanan| layanan)?"),
    PROCEDURE("(sistem,? )?(mekanisme,? )?(dan )?(prosedur|alur)( pelayanan| layanan)?"),
    COMPLETION_TIME("(jangka )?waktu (penyelesaian|pelayanan|layanan)( pelayanan| layanan)?"),
    FEE("biaya ?/ ?tarif|biaya|tarif|biaya pelayanan"),
    PRODUCTS("produk( pelayanan| layanan)?"),
    COMPLAINTS("(penanganan )?pengaduan(,? saran dan masukan)?( pelayanan| layanan)?"),

    LEGAL_BASIS(InternalComponent.LEGAL_BASIS, "dasar hukum( pelayanan| layanan)?"),
    FACILITIES(InternalComponent.FACILITIES,
            "sarana(,? (dan )?prasarana)?(,? (dan ?/ ?atau|dan|atau) fasilitas)?( pelayanan| layanan)?"
                    + "|fasilitas( pelayanan| layanan)?"),
    STAFF_COMPETENCE(InternalComponent.STAFF_COMPETENCE, "kompetensi (pelaksana|petugas)( pelayanan| layanan)?"),
    INTERNAL_SUPERVISION(InternalComponent.INTERNAL_SUPERVISION, "pengawasan (internal|intern)( pelayanan| layanan)?"),
    STAFF_NUMBER(InternalComponent.STAFF_NUMBER, "jumlah (pelaksana|petugas)( pelayanan| layanan)?"),
    SERVICE_GUARANTEE(InternalComponent.SERVICE_GUARANTEE, "jaminan (pelayanan|layanan)"),
    SECURITY_GUARANTEE(InternalComponent.SECURITY_GUARANTEE,
            "jaminan (keamanan( dan keselamatan)?|keselamatan( dan keamanan)?)( pelayanan| layanan)?"),
    PERFORMANCE_EVALUATION(InternalComponent.PERFORMANCE_EVALUATION,
            "evaluasi kinerja( pelaksana| petugas)?( pelayanan| layanan)?"),

    /** the Maklumat Pelayanan: paragraphs, not items */
    PLEDGE("maklumat( pelayanan| layanan)?");

    private final InternalComponent internal;
    private final Pattern heading;

    StandardComponent(String heading) {
        this(null, heading);
    }

    StandardComponent(InternalComponent internal, String heading) {
        this.internal = internal;
        this.heading = Pattern.compile("(?i)" + heading);
    }

    /** One of the six every published standard has (a text without it is warned about). */
    boolean isPublished() {
        return ordinal() < LEGAL_BASIS.ordinal();
    }

    /** The internal component it is, if it is one. */
    Optional<InternalComponent> internal() {
        return Optional.ofNullable(internal);
    }

    /** The component a line is the heading of, "## Biaya / Tarif", "PERSYARATAN:", "Biaya/Tarif". */
    static Optional<StandardComponent> headedBy(String line) {
        String words = line.replaceAll("[:.]+$", "").replaceAll("\\s+", " ").strip();
        return Arrays.stream(values()).filter(component -> component.heading.matcher(words).matches()).findFirst();
    }
}
