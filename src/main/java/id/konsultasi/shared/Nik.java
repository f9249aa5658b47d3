package id.konsultasi.shared;

/**
 * The Nomor Induk Kependudukan: 16 digits, {@code PPKKCC DDMMYY NNNN}: province, regency and district
 * codes, the date of birth (day + 40 for women) and a serial number that is never 0000.
 */
public final class Nik {

    private Nik() {
    }

    /** Spaces, dots and dashes people type are removed. */
    public static String normalise(String raw) {
        return raw == null ? null : raw.replaceAll("[\\s.\\-]", "");
    }

    public static boolean isValid(String raw) {
        String nik = normalise(raw);
        if (nik == null || !nik.matches("\\d{16}")) {
            return false;
        }
        int province = Integer.parseInt(nik.substring(0, 2));
        int day = Integer.parseInt(nik.substring(6, 8));
        int month = Integer.parseInt(nik.substring(8, 10));
        int serial = Integer.parseInt(nik.substring(12, 16));
        boolean dayOk = (day >= 1 && day <= 31) || (day >= 41 && day <= 71);
        return province >= 11 && province <= 99 && dayOk && month >= 1 && month <= 12 && serial > 0;
    }

    /** {@code ************1234}: enough to recognise, not enough to misuse. */
    public static String masked(String last4) {
        return last4 == null ? "" : "************" + last4;
    }
}
