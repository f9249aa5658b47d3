package id.konsultasi.standardimport;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/** The six published components of a standard, each known by the headings standards give it. */
enum StandardComponent {
    REQUIREMENTS("persyaratan( pelayanan| layanan)?"),
    PROCEDURE("(sistem,? )?(mekanisme,? )?(dan )?(prosedur|alur)( pelayanan| layanan)?"),
    COMPLETION_TIME("(jangka )?waktu (penyelesaian|pelayanan|layanan)( pelayanan| layanan)?"),
    FEE("biaya ?/ ?tarif|biaya|tarif|biaya pelayanan"),
    PRODUCTS("produk( pelayanan| layanan)?"),
    COMPLAINTS("(penanganan )?pengaduan(,? saran dan masukan)?( pelayanan| layanan)?");

    private final Pattern heading;

    StandardComponent(String heading) {
        this.heading = Pattern.compile("(?i)" + heading);
    }

    /** The component a line is the heading of, "## Biaya / Tarif", "PERSYARATAN:", "Biaya/Tarif". */
    static Optional<StandardComponent> headedBy(String line) {
        String words = line.replaceAll("[:.]+$", "").replaceAll("\\s+", " ").strip();
        return Arrays.stream(values()).filter(component -> component.heading.matcher(words).matches()).findFirst();
    }
}
