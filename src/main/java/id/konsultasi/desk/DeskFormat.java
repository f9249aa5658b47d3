package id.konsultasi.desk;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How the books write moments and phone numbers in exports. */
final class DeskFormat {

    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private DeskFormat() {
    }

    static String at(Instant at, ZoneId zone) {
        return at == null ? "" : DATE_TIME.format(at.atZone(zone));
    }

    /**
     * {@code +6281234567890} as {@code 0812 3456 7890}: how people write it, and a spreadsheet keeps it as text
     * (a bare {@code 081234567890} would lose its leading zero).
     */
    static String nationalPhone(String international) {
        if (international == null || !international.startsWith("+62")) {
            return international;
        }
        String national = "0" + international.substring(3);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < national.length(); i += 4) {
            if (i > 0) {
                grouped.append(' ');
            }
            grouped.append(national, i, Math.min(national.length(), i + 4));
        }
        return grouped.toString();
    }
}
