package id.konsultasi.office;

import java.time.LocalTime;
import java.time.ZoneId;

import id.konsultasi.shared.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A Dinas that runs the consultation service under its own service standard. One deployment
 * serves many offices.
 */
@Entity
@Table(name = "office")
@EntityListeners(OfficeChanges.class)
public class Office {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    /** short name used in addresses and demo usernames, e.g. {@code buton} */
    @Column(nullable = false, unique = true)
    private String code;

    private String name;
    private String government;
    private String address;
    private String phone;
    private String email;
    private String website;
    private String timeZone;
    private LocalTime workStart;
    private LocalTime workEnd;
    /** the office's part of receipt numbers, e.g. {@code BTN} in KONS/BTN/2026/000123 */
    private String receiptPrefix;
    /** the town letters are dated from: "Pasarwajo, 4 Desember 2026"; none: the date alone */
    private String place;
    private boolean active = true;

    @Embedded
    private ServiceStandard standard = new ServiceStandard();

    // issue 18: names
    /** the names its standard gives its units and roles (Hibernate leaves it null when all are blank) */
    @Embedded
    private StaffNames names = StaffNames.NONE;
    /** its standard routes complaints through the agenda book, like letters (Bangka Belitung) */
    private boolean complaintsInAgendaBook;

    protected Office() {
    }

    public Office(String code, OfficeProfile profile) {
        this.code = code;
        update(profile);
    }

    /** Changes the office's name, contacts, time zone and working hours. */
    public void update(OfficeProfile profile) {
        if (!profile.workStart().isBefore(profile.workEnd())) {
            throw new IllegalArgumentException("working hours must start before they end");
        }
        this.name = profile.name();
        this.government = profile.government();
        this.address = profile.address();
        // a contact typed blank is one the office does not have: pages and letters leave it out
        this.phone = Texts.orNull(profile.phone());
        this.email = Texts.orNull(profile.email());
        this.website = Texts.orNull(profile.website());
        this.timeZone = profile.timeZone().getId();
        this.workStart = profile.workStart();
        this.workEnd = profile.workEnd();
        this.receiptPrefix = profile.receiptPrefix();
    }

    public OfficeProfile profile() {
        return new OfficeProfile(name, government, address, getPhone(), getEmail(), getWebsite(), zone(), workStart,
                workEnd, receiptPrefix);
    }

    /** Letters of the office are dated from this town (blank: the date alone). */
    public void placeLettersAt(String place) {
        this.place = Texts.orNull(place);
    }

    public String getPlace() {
        return place;
    }

    public void deactivate() {
        this.active = false;
    }

    public void activate() {
        this.active = true;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getGovernment() {
        return government;
    }

    public String getAddress() {
        return address;
    }

    /** The office's phone, or null when it has none. */
    public String getPhone() {
        return Texts.orNull(phone);
    }

    /** The office's e-mail address, or null when it has none. */
    public String getEmail() {
        return Texts.orNull(email);
    }

    public String getWebsite() {
        return Texts.orNull(website);
    }

    /** Which of phone and e-mail the office has, for the sentences that name them; null when it has neither. */
    public OfficeContacts getContacts() {
        return OfficeContacts.of(getPhone() != null, getEmail() != null);
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** WIB, WITA or WIT. */
    public String getZoneAbbreviation() {
        return IndonesianTimeZones.abbreviation(zone());
    }

    public String getTimeZone() {
        return timeZone;
    }

    public LocalTime getWorkStart() {
        return workStart;
    }

    public LocalTime getWorkEnd() {
        return workEnd;
    }

    public String getReceiptPrefix() {
        return receiptPrefix;
    }

    public boolean isActive() {
        return active;
    }

    public ServiceStandard getStandard() {
        return standard;
    }

    // issue 18: names
    /** The names its standard gives its units and roles; each blank one is the bundle's word. */
    public StaffNames getNames() {
        return names == null ? StaffNames.NONE : names;
    }

    /** Whether a complaint gets an agenda number, in the letters' sequence, when it is filed. */
    public boolean isComplaintsInAgendaBook() {
        return complaintsInAgendaBook;
    }

    /** Names its units and roles as its standard does, and routes complaints through the agenda book or not. */
    public void nameStaff(StaffNames names, boolean complaintsInAgendaBook) {
        this.names = names;
        this.complaintsInAgendaBook = complaintsInAgendaBook;
    }
}
