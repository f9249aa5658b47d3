package id.konsultasi.desk;

import java.time.Instant;

import id.konsultasi.shared.ConflictException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One entry of the guest book: who came, with which ID checked, for what, when they arrived, when they
 * were led to the meeting room (served) and when they left. A guest waits on the board from arrival until
 * they leave; the waiting time that counts against the office's walk-in limit ends when they are served.
 */
@Entity
@Table(name = "guest_visit")
public class GuestVisit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private long officeId;
    private String formKey;

    private String guestName;
    private String institution;
    private String phone;
    private String purpose;
    private byte[] nikEncrypted;
    private String nikLast4;
    private boolean identityChecked;

    @Enumerated(EnumType.STRING)
    private VisitKind kind;
    private Long requestId;
    private String receiptNumber;
    private boolean urgent;
    private Long officerId;
    private String officerName;

    private Instant arrivedAt;
    private long registeredById;
    private String registeredByName;
    private Instant servedAt;
    private String servedByName;
    private String roomName;
    private Instant leftAt;
    private Instant nikPurgedAt;

    protected GuestVisit() {
    }

    GuestVisit(long officeId, String formKey, Guest guest, byte[] nikEncrypted, VisitKind kind, boolean urgent,
               Instant arrivedAt, long registeredById, String registeredByName) {
        if (!guest.identityChecked()) {
            throw new IllegalArgumentException("the officer checks the guest's ID before registering the visit");
        }
        this.officeId = officeId;
        this.formKey = formKey;
        this.guestName = guest.name();
        this.institution = guest.institution();
        this.phone = guest.phone();
        this.purpose = guest.purpose();
        this.nikEncrypted = nikEncrypted;
        this.nikLast4 = guest.nik() == null ? null : guest.nik().substring(guest.nik().length() - 4);
        this.identityChecked = true;
        this.kind = kind;
        this.urgent = urgent;
        this.arrivedAt = arrivedAt;
        this.registeredById = registeredById;
        this.registeredByName = registeredByName;
    }

    /** The consultation request this visit is for: registered at the desk, or the one the visitor came for. */
    void linkRequest(long requestId, String receiptNumber) {
        this.requestId = requestId;
        this.receiptNumber = receiptNumber;
    }

    /** An urgent walk-in goes straight to this officer. */
    void routeTo(long officerId, String officerName) {
        this.officerId = officerId;
        this.officerName = officerName;
    }

    /**
     * "Led to the meeting room": the waiting ends now. Leading in again changes nothing (a double click); a
     * guest who already left cannot be led in.
     *
     * @return whether anything changed
     */
    boolean leadIn(Instant at, String byName, String room) {
        if (servedAt != null) {
            return false;
        }
        if (leftAt != null) {
            throw new ConflictException("guest visit " + id + " already left");
        }
        this.servedAt = at;
        this.servedByName = byName;
        this.roomName = room;
        return true;
    }

    /**
     * The guest leaves (after being served, or without waiting any longer): off the board. Leaving again
     * changes nothing.
     *
     * @return whether anything changed
     */
    boolean leave(Instant at) {
        if (leftAt != null) {
            return false;
        }
        this.leftAt = at;
        return true;
    }

    public boolean isWaiting() {
        return servedAt == null && leftAt == null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getOfficeId() {
        return officeId;
    }

    public String getFormKey() {
        return formKey;
    }

    public String getGuestName() {
        return guestName;
    }

    public String getInstitution() {
        return institution;
    }

    public String getPhone() {
        return phone;
    }

    public String getPurpose() {
        return purpose;
    }

    public boolean hasNik() {
        return nikEncrypted != null;
    }

    public String getNikLast4() {
        return nikLast4;
    }

    public boolean isIdentityChecked() {
        return identityChecked;
    }

    public VisitKind getKind() {
        return kind;
    }

    public Long getRequestId() {
        return requestId;
    }

    public String getReceiptNumber() {
        return receiptNumber;
    }

    public boolean isUrgent() {
        return urgent;
    }

    public Long getOfficerId() {
        return officerId;
    }

    public String getOfficerName() {
        return officerName;
    }

    public Instant getArrivedAt() {
        return arrivedAt;
    }

    public long getRegisteredById() {
        return registeredById;
    }

    public String getRegisteredByName() {
        return registeredByName;
    }

    public Instant getServedAt() {
        return servedAt;
    }

    public String getServedByName() {
        return servedByName;
    }

    public String getRoomName() {
        return roomName;
    }

    public Instant getLeftAt() {
        return leftAt;
    }

    public Instant getNikPurgedAt() {
        return nikPurgedAt;
    }
}
