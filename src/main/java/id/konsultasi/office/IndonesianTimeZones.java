package id.konsultasi.office;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/** The time zones of Indonesia and the abbreviations every Indonesian reads on a letter. */
public final class IndonesianTimeZones {

    private static final Map<String, String> ABBREVIATIONS = new LinkedHashMap<>();

    static {
        ABBREVIATIONS.put("Asia/Jakarta", "WIB");
        ABBREVIATIONS.put("Asia/Pontianak", "WIB");
        ABBREVIATIONS.put("Asia/Makassar", "WITA");
        ABBREVIATIONS.put("Asia/Jayapura", "WIT");
    }

    private IndonesianTimeZones() {
    }

    public static Map<String, String> all() {
        return Map.copyOf(ABBREVIATIONS);
    }

    public static boolean isSupported(String zoneId) {
        return ABBREVIATIONS.containsKey(zoneId);
    }

    /** "Waktu Indonesia Tengah (WITA)", as a letter writes it out. */
    public static String writtenOut(ZoneId zone) {
        return switch (abbreviation(zone)) {
            case "WIB" -> "Waktu Indonesia Barat (WIB)";
            case "WITA" -> "Waktu Indonesia Tengah (WITA)";
            case "WIT" -> "Waktu Indonesia Timur (WIT)";
            default -> zone.getId();
        };
    }

    public static String abbreviation(ZoneId zone) {
        return ABBREVIATIONS.getOrDefault(zone.getId(), zone.getId());
    }
}
