package id.konsultasi.office;

import java.time.LocalTime;
import java.time.ZoneId;

/** Who an office is and when it works. */
public record OfficeProfile(String name, String government, String address, String phone, String email,
                            String website, ZoneId timeZone, LocalTime workStart, LocalTime workEnd,
                            String receiptPrefix) {

    /** The same office under another name (a copy must not be mistaken for the original on the home page). */
    public OfficeProfile named(String otherName) {
        return new OfficeProfile(otherName, government, address, phone, email, website, timeZone, workStart, workEnd,
                receiptPrefix);
    }
}
