package id.konsultasi.desk;

/**
 * The guest book part of a walk-in, as the officer typed it: the phone already normalised to +62, the NIK
 * without spaces (still in clear here), the institution null when none.
 */
public record Guest(String name, String institution, String phone, String nik, boolean identityChecked,
                    String purpose) {

    @Override
    public String toString() {
        return "Guest[" + name + "]"; // never the NIK in a log
    }
}
