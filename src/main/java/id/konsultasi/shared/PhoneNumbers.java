package id.konsultasi.shared;

/** Indonesian phone numbers written the many ways people write them, normalised to +62. */
public final class PhoneNumbers {

    private PhoneNumbers() {
    }

    /**
     * {@code 0852-5704-8204}, {@code 62852 5704 8204}, {@code +62 852...} and {@code 852...} all become
     * {@code +6285257048204}. Returns the digits with a plus sign; validation is the caller's.
     */
    public static String international(String raw) {
        String digits = raw.replaceAll("[^0-9]", "");
        if (digits.startsWith("62")) {
            return "+" + digits;
        }
        if (digits.startsWith("0")) {
            return "+62" + digits.substring(1);
        }
        return "+62" + digits;
    }

    /** A plausible Indonesian number: 8 to 13 digits after the country code. */
    public static boolean isValid(String raw) {
        if (raw == null || !raw.matches("[0-9 +().-]{6,25}")) {
            return false;
        }
        String national = international(raw).substring(3);
        return national.length() >= 8 && national.length() <= 13 && !national.startsWith("0");
    }

    /**
     * A search that looks like a phone number ({@code 0852-5704}, {@code +62 852 5704...}) as the digits after
     * the country code, which is how numbers are stored after {@code +62}; empty for anything else, or for
     * fewer than six digits (too few to tell a phone from a receipt number).
     */
    public static String searchDigits(String query) {
        if (query == null || !query.matches("[0-9 +().-]+")) {
            return "";
        }
        String digits = query.replaceAll("[^0-9]", "");
        if (digits.startsWith("62")) {
            digits = digits.substring(2);
        } else if (digits.startsWith("0")) {
            digits = digits.substring(1);
        }
        return digits.length() >= 6 ? digits : "";
    }
}
