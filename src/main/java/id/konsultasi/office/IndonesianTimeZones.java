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

    public static String abbreviation(ZoneId zone) {
        return ABBREVIATIONS.getOrDefault(zone.getId(), zone.getId());
    }
}
