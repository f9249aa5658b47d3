package id.konsultasi.office;

import java.time.LocalTime;
import java.time.ZoneId;

/** Who an office is and when it works. */
public record OfficeProfile(String name, String government, String address, String phone, String email,
                            String website, ZoneId timeZone, LocalTime workStart, LocalTime workEnd,
                            String receiptPrefix) {
}
