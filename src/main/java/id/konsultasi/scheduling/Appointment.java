package id.konsultasi.scheduling;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import id.konsultasi.request.ConsultationMode;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.OptimisticLock;

/**
 * The appointment of one consultation: when, how (in a room or online), who serves and who the
 * applicant contacts. A reschedule changes the same appointment (and the same calendar event, with a
 * higher sequence); the database refuses an officer or a room booked twice.
 */
@Entity
@Table(name = "appointment")
public class Appointment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private long officeId;
    private long requestId;

    @Enumerated(EnumType.STRING)
    private AppointmentStatus status = AppointmentStatus.ACTIVE;

    private Instant startAt;
    private Instant endAt;

    @Enumerated(EnumType.STRING)
    private ConsultationMode mode;
    private Long roomId;
    private String meetingLink;
    private String joinInstructions;
    private long contactPersonId;
    private String whatToBring;
    private String lateReason;

    private String icsUid;
    private int icsSequence;
    /** given as the last step of scheduling (the office's letter counter): not a change that the version counts */
    @OptimisticLock(excluded = true)
    private String letterNumber;
    @OptimisticLock(excluded = true)
    private Instant letterIssuedAt;
    private Instant reminderSentAt;
    private Instant checkedInAt;
    private Instant createdAt;
    /** when the consultation actually took place, once it was recorded as held */
    private Instant heldStart;
    private Instant heldEnd;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "appointment_officer", joinColumns = @JoinColumn(name = "appointment_id"))
    @Column(name = "officer_id")
    private Set<Long> officerIds = new HashSet<>();

    protected Appointment() {
    }

    Appointment(long officeId, long requestId, Plan plan, Instant now) {
        this.officeId = officeId;
        this.requestId = requestId;
        this.icsUid = UUID.randomUUID() + "@layanan-konsultasi";
        this.createdAt = now;
        apply(plan);
    }

    /** A new time, place or team. The calendar event stays the same and its sequence goes up. */
    void reschedule(Plan plan) {
        requireActive();
        apply(plan);
        this.icsSequence++;
        this.reminderSentAt = null;
        this.checkedInAt = null;
    }

    void cancel() {
        requireActive();
        this.status = AppointmentStatus.CANCELLED;
        this.icsSequence++;
    }

    void noShow() {
        requireActive();
        this.status = AppointmentStatus.NO_SHOW;
    }

    /**
     * The consultation took place from {@code start} to {@code end}: the appointment no longer books its
     * officers and room. Held before the planned start it was held early, and the calendar event is
     * cancelled (its sequence goes up, as for a cancellation).
     */
    void held(Instant start, Instant end) {
        requireActive();
        this.heldStart = start;
        this.heldEnd = end;
        if (!end.isAfter(startAt)) {
            this.status = AppointmentStatus.HELD_EARLY;
            this.icsSequence++;
        } else {
            this.status = AppointmentStatus.HELD;
        }
    }

    void letterIssued(String number, Instant at) {
        this.letterNumber = number;
        this.letterIssuedAt = at;
    }

    void checkedIn(Instant at) {
        this.checkedInAt = at;
    }

    private void apply(Plan plan) {
        this.startAt = plan.slot().start();
        this.endAt = plan.slot().end();
        this.mode = plan.mode();
        this.roomId = plan.mode() == ConsultationMode.IN_PERSON ? plan.roomId() : null;
        this.meetingLink = plan.mode() == ConsultationMode.ONLINE ? plan.meetingLink() : null;
        this.joinInstructions = plan.mode() == ConsultationMode.ONLINE ? plan.joinInstructions() : null;
        this.contactPersonId = plan.contactPersonId();
        this.whatToBring = plan.whatToBring();
        this.lateReason = plan.lateReason();
        this.officerIds.clear();
        this.officerIds.addAll(plan.officerIds());
    }

    private void requireActive() {
        if (status != AppointmentStatus.ACTIVE) {
            throw new id.konsultasi.shared.ConflictException("appointment " + id + " is " + status);
        }
    }

    public Slot slot() {
        return new Slot(startAt, endAt);
    }

    public boolean isActive() {
        return status == AppointmentStatus.ACTIVE;
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

    public long getRequestId() {
        return requestId;
    }

    public AppointmentStatus getStatus() {
        return status;
    }

    public Instant getStartAt() {
        return startAt;
    }

    public Instant getEndAt() {
        return endAt;
    }

    public ConsultationMode getMode() {
        return mode;
    }

    public Long getRoomId() {
        return roomId;
    }

    public String getMeetingLink() {
        return meetingLink;
    }

    public String getJoinInstructions() {
        return joinInstructions;
    }

    public long getContactPersonId() {
        return contactPersonId;
    }

    public String getWhatToBring() {
        return whatToBring;
    }

    public String getLateReason() {
        return lateReason;
    }

    public String getIcsUid() {
        return icsUid;
    }

    public int getIcsSequence() {
        return icsSequence;
    }

    public String getLetterNumber() {
        return letterNumber;
    }

    public Instant getLetterIssuedAt() {
        return letterIssuedAt;
    }

    public Instant getReminderSentAt() {
        return reminderSentAt;
    }

    public Instant getCheckedInAt() {
        return checkedInAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getHeldStart() {
        return heldStart;
    }

    public Instant getHeldEnd() {
        return heldEnd;
    }

    /** Whether the consultation took place (early or as planned) rather than being cancelled or missed. */
    public boolean isHeld() {
        return status == AppointmentStatus.HELD || status == AppointmentStatus.HELD_EARLY;
    }

    public Set<Long> getOfficerIds() {
        return Set.copyOf(officerIds);
    }

    /** What the officer decided: time, mode, place or link, team, contact person. */
    public record Plan(Slot slot, ConsultationMode mode, Long roomId, String meetingLink, String joinInstructions,
                       Set<Long> officerIds, long contactPersonId, String whatToBring, String lateReason) {
    }
}
