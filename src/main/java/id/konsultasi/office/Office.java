package id.konsultasi.office;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import id.konsultasi.shared.Texts;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
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
    /** whether the public may send requests through the web form (a new office's opens once it is set up) */
    private boolean publicFormOpen = true;

    @Embedded
    private ServiceStandard standard = new ServiceStandard();

    /** the internal components of the standard, all their items in one list (see {@link InternalComponents}) */
    @ElementCollection
    @CollectionTable(name = "office_standard_item", joinColumns = @JoinColumn(name = "office_id"))
    @OrderColumn(name = "position")
    private List<InternalItem> internalItems = new ArrayList<>();
    /** the Maklumat Pelayanan, its paragraphs separated by a blank line; none: the office has published none */
    @Column(name = "service_pledge")
    private String pledge;
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

    /** The public request form takes requests again (the onboarding guide checks first that the office is ready). */
    public void openPublicForm() {
        this.publicFormOpen = true;
    }

    /** The public request form takes no requests; staff work on as before (walk-ins, letters). */
    public void closePublicForm() {
        this.publicFormOpen = false;
    }

    public boolean isPublicFormOpen() {
        return publicFormOpen;
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

    /** Replaces the internal components of the standard and the Maklumat Pelayanan (blank: none). */
    public void reviseInternalComponents(InternalComponents components, String pledge) {
        internalItems.clear();
        components.items().forEach((component, texts) ->
                texts.forEach(text -> internalItems.add(new InternalItem(component, text))));
        List<List<String>> paragraphs = paragraphs(pledge);
        this.pledge = paragraphs.isEmpty() ? null
                : String.join("\n\n", paragraphs.stream().map(lines -> String.join("\n", lines)).toList());
    }

    public InternalComponents internalComponents() {
        Map<InternalComponent, List<String>> items = new EnumMap<>(InternalComponent.class);
        internalItems.forEach(item -> items.computeIfAbsent(item.component(), c -> new ArrayList<>()).add(item.text()));
        return new InternalComponents(items);
    }

    /** The Maklumat Pelayanan, or null when the office has published none. */
    public String getPledge() {
        return pledge;
    }

    /** The Maklumat Pelayanan's paragraphs, each its lines as typed; none when there is no pledge. */
    public List<List<String>> getPledgeParagraphs() {
        return paragraphs(pledge);
    }

    /** Paragraphs are separated by a blank line; blank space around lines is dropped. */
    private static List<List<String>> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.strip().split("\\R\\s*\\R"))
                .map(paragraph -> paragraph.lines().map(String::strip).filter(line -> !line.isEmpty()).toList())
                .filter(lines -> !lines.isEmpty()).toList();
    }

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
