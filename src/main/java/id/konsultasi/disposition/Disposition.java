package id.konsultasi.disposition;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import id.konsultasi.request.ConsultationMode;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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
 * The head's decision on one request, as the lembar disposisi records it: accepted (in person or
 * online, to a division or straight to officers) or refused with a reason for the applicant; its
 * urgency, instructions and note; who signed, and for whom when an acting official decided. One per
 * request; it is never changed afterwards.
 */
@Entity
@Table(name = "disposition")
public class Disposition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private long officeId;
    private long requestId;
    private String formKey;

    @Enumerated(EnumType.STRING)
    private DispositionDecision decision;
    private String refusalReason;
    /**
     * the refusal letter's number in the office's outgoing-letter sequence, given as the last step of the
     * refusal: not a change that the version counts
     */
    @OptimisticLock(excluded = true)
    private String refusalLetterNumber;
    @Enumerated(EnumType.STRING)
    private Route route;
    private Long divisionId;
    @Enumerated(EnumType.STRING)
    private ConsultationMode mode;
    @Enumerated(EnumType.STRING)
    private Urgency urgency;
    private String note;
    private Instant decidedAt;

    @Embedded
    private Signatory signatory;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "disposition_instruction", joinColumns = @JoinColumn(name = "disposition_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "instruction")
    private Set<Instruction> instructions = EnumSet.noneOf(Instruction.class);

    protected Disposition() {
    }

    private Disposition(long officeId, long requestId, String formKey, DispositionDecision decision, Urgency urgency,
                        Set<Instruction> instructions, String note, Signatory signatory, Instant at) {
        if (formKey == null || formKey.isBlank()) {
            throw new IllegalArgumentException("a decision carries the key of the form it was made on");
        }
        this.officeId = officeId;
        this.requestId = requestId;
        this.formKey = formKey;
        this.decision = decision;
        this.urgency = urgency == null ? Urgency.ROUTINE : urgency;
        if (instructions != null && !instructions.isEmpty()) {
            this.instructions.addAll(instructions);
        }
        this.note = note;
        this.signatory = signatory;
        this.decidedAt = at;
    }

    /** The consultation can take place: to a division (its head assigns) or straight to officers. */
    public static Disposition accept(long officeId, long requestId, String formKey, Route route, Long divisionId,
                                     ConsultationMode mode, Urgency urgency, Set<Instruction> instructions,
                                     String note, Signatory signatory, Instant at) {
        if (route == null || mode == null) {
            throw new IllegalArgumentException("an accepted request has a route and a mode");
        }
        if ((route == Route.DIVISION) != (divisionId != null)) {
            throw new IllegalArgumentException("a request goes to a division exactly when the route says so");
        }
        Disposition d = new Disposition(officeId, requestId, formKey, DispositionDecision.ACCEPTED, urgency,
                instructions, note, signatory, at);
        d.route = route;
        d.divisionId = divisionId;
        d.mode = mode;
        return d;
    }

    /** The consultation cannot take place; the reason goes to the applicant in the numbered refusal letter. */
    public static Disposition refuse(long officeId, long requestId, String formKey, String reason,
                                     String refusalLetterNumber, Urgency urgency, String note, Signatory signatory,
                                     Instant at) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a refusal needs a reason");
        }
        Disposition d = new Disposition(officeId, requestId, formKey, DispositionDecision.REFUSED, urgency, Set.of(),
                note, signatory, at);
        d.refusalReason = reason;
        d.refusalLetterNumber = refusalLetterNumber;
        return d;
    }

    /**
     * The refusal letter gets its number: as the refusal's last step, or, for a refusal decided before refusal
     * letters were numbered at once, when first printed.
     */
    void numberRefusalLetter(String number) {
        if (decision != DispositionDecision.REFUSED || refusalLetterNumber != null) {
            throw new IllegalStateException("only a refusal without a letter number is numbered");
        }
        this.refusalLetterNumber = number;
    }

    public boolean isAccepted() {
        return decision == DispositionDecision.ACCEPTED;
    }

    public boolean has(Instruction instruction) {
        return instructions.contains(instruction);
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

    public String getFormKey() {
        return formKey;
    }

    public DispositionDecision getDecision() {
        return decision;
    }

    public String getRefusalReason() {
        return refusalReason;
    }

    public String getRefusalLetterNumber() {
        return refusalLetterNumber;
    }

    public Route getRoute() {
        return route;
    }

    public Long getDivisionId() {
        return divisionId;
    }

    public ConsultationMode getMode() {
        return mode;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public String getNote() {
        return note;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Signatory getSignatory() {
        return signatory;
    }

    public Set<Instruction> getInstructions() {
        return instructions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(instructions));
    }
}
