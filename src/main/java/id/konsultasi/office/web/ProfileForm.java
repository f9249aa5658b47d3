package id.konsultasi.office.web;

import java.time.LocalTime;
import java.time.ZoneId;

import id.konsultasi.office.IndonesianTimeZones;
import id.konsultasi.office.OfficeProfile;
import id.konsultasi.shared.Texts;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** Who the office is and when it works. */
public class ProfileForm {

    private Long version;
    @NotBlank
    @Size(max = 200)
    private String name;
    @NotBlank
    @Size(max = 200)
    private String government;
    @NotBlank
    @Size(max = 500)
    private String address;
    @Size(max = 40)
    private String phone;
    @Email
    @Size(max = 200)
    private String email;
    @Size(max = 200)
    @Pattern(regexp = "^$|^https?://\\S+$", message = "{validation.url}")
    private String website;
    @NotBlank
    private String timeZone = "Asia/Jakarta";
    @NotNull
    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime workStart = LocalTime.of(8, 0);
    @NotNull
    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime workEnd = LocalTime.of(16, 0);
    @NotBlank
    @Pattern(regexp = "[A-Z0-9]{2,10}", message = "{office.receiptPrefix.invalid}")
    private String receiptPrefix;
    @Size(max = 100)
    private String place;

    public static ProfileForm of(long version, OfficeProfile p, String place) {
        ProfileForm f = new ProfileForm();
        f.version = version;
        f.name = p.name();
        f.government = p.government();
        f.address = p.address();
        f.phone = p.phone();
        f.email = p.email();
        f.website = p.website();
        f.timeZone = p.timeZone().getId();
        f.workStart = p.workStart();
        f.workEnd = p.workEnd();
        f.receiptPrefix = p.receiptPrefix();
        f.place = place;
        return f;
    }

    @AssertTrue(message = "{office.timeZone.invalid}")
    public boolean isTimeZoneSupported() {
        return timeZone == null || IndonesianTimeZones.isSupported(timeZone);
    }

    @AssertTrue(message = "{office.workHours.invalid}")
    public boolean isWorkHoursOrdered() {
        return workStart == null || workEnd == null || workStart.isBefore(workEnd);
    }

    public OfficeProfile toProfile() {
        return new OfficeProfile(name.trim(), government.trim(), address.trim(), Texts.orNull(phone), Texts.orNull(email),
                Texts.orNull(website), ZoneId.of(timeZone), workStart, workEnd, receiptPrefix);
    }

    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getGovernment() { return government; }
    public void setGovernment(String government) { this.government = government; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public String getTimeZone() { return timeZone; }
    public void setTimeZone(String timeZone) { this.timeZone = timeZone; }
    public LocalTime getWorkStart() { return workStart; }
    public void setWorkStart(LocalTime workStart) { this.workStart = workStart; }
    public LocalTime getWorkEnd() { return workEnd; }
    public void setWorkEnd(LocalTime workEnd) { this.workEnd = workEnd; }
    public String getReceiptPrefix() { return receiptPrefix; }
    public void setReceiptPrefix(String receiptPrefix) { this.receiptPrefix = receiptPrefix; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
}
