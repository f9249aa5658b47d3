package id.konsultasi.office;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;

/**
 * The published part of an office's Standar Pelayanan for consultations (PermenPANRB 15/2014):
 * requirements; system, mechanism and procedure; completion time; fee; product; complaint handling.
 * Plus the switches in which the standards of different offices differ. An office administrator
 * edits it; no template holds any of it.
 */
@Embeddable
public class ServiceStandard {

    private String serviceName;
    /** the decree (SK) that sets the standard */
    private String decreeNumber;

    /** each with whom it applies to (V115 made every earlier one apply to everyone) */
    @ElementCollection
    @CollectionTable(name = "office_requirement", joinColumns = @JoinColumn(name = "office_id"))
    @OrderColumn(name = "position")
    private List<Requirement> requirements = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "office_procedure_step", joinColumns = @JoinColumn(name = "office_id"))
    @OrderColumn(name = "position")
    @Column(name = "text")
    private List<String> procedure = new ArrayList<>();

    /** answer letter (surat jawaban) at most this many working days after the file is complete */
    private Integer answerLetterWorkingDays;
    /** consultation held at most this many working days after the file is complete */
    private Integer consultationWorkingDays;
    /** a walk-in is led to an officer at most this many working minutes after stating the purpose */
    private Integer walkInMinutes;
    private String completionTimeNote;

    private String fee;

    @ElementCollection
    @CollectionTable(name = "office_product", joinColumns = @JoinColumn(name = "office_id"))
    @OrderColumn(name = "position")
    @Column(name = "text")
    private List<String> products = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "office_complaint_channel", joinColumns = @JoinColumn(name = "office_id"))
    @OrderColumn(name = "position")
    private List<ComplaintChannel> complaintChannels = new ArrayList<>();
    private String complaintNote;

    /** the head disposes to a division head, who assigns officers (Bangka Belitung) */
    private boolean dispositionViaDivision;
    /** an urgent walk-in is served at once without a letter (Bangka Belitung) */
    private boolean urgentWalkInWithoutLetter;
    /** the applicant states the preferred visit time (Bangka Belitung) */
    private boolean applicantStatesVisitTime;
    /** an identity document (KTP, passport) is attached to a request (Buton) */
    @Column(name = "identity_document_required")
    private boolean identityDocumentRequired;
    @Column(name = "email_required")
    private boolean emailRequired = true;

    protected ServiceStandard() {
    }

    /** Replaces the whole standard, as an administrator does when a new SK is issued. */
    public void revise(Revision revision) {
        this.serviceName = revision.serviceName();
        this.decreeNumber = revision.decreeNumber();
        this.requirements.clear();
        this.requirements.addAll(revision.requirements());
        this.procedure.clear();
        this.procedure.addAll(revision.procedure());
        this.answerLetterWorkingDays = revision.limits().answerLetterWorkingDays();
        this.consultationWorkingDays = revision.limits().consultationWorkingDays();
        this.walkInMinutes = revision.limits().walkInMinutes();
        this.completionTimeNote = revision.completionTimeNote();
        this.fee = revision.fee();
        this.products.clear();
        this.products.addAll(revision.products());
        this.complaintChannels.clear();
        this.complaintChannels.addAll(revision.complaintChannels());
        this.complaintNote = revision.complaintNote();
        this.dispositionViaDivision = revision.switches().dispositionViaDivision();
        this.urgentWalkInWithoutLetter = revision.switches().urgentWalkInWithoutLetter();
        this.applicantStatesVisitTime = revision.switches().applicantStatesVisitTime();
        this.identityDocumentRequired = revision.switches().identityDocumentRequired();
        this.emailRequired = revision.switches().emailRequired();
    }

    public Revision toRevision() {
        return new Revision(serviceName, decreeNumber, List.copyOf(requirements), List.copyOf(procedure), limits(),
                completionTimeNote, fee, List.copyOf(products), List.copyOf(complaintChannels), complaintNote,
                switches());
    }

    public TimeLimits limits() {
        return new TimeLimits(answerLetterWorkingDays, consultationWorkingDays, walkInMinutes);
    }

    public WorkflowSwitches switches() {
        return new WorkflowSwitches(dispositionViaDivision, urgentWalkInWithoutLetter, applicantStatesVisitTime,
                identityDocumentRequired, emailRequired);
    }

    public String getServiceName() {
        return serviceName;
    }

    public String getDecreeNumber() {
        return decreeNumber;
    }

    public List<Requirement> getRequirements() {
        return List.copyOf(requirements);
    }

    public List<String> getProcedure() {
        return List.copyOf(procedure);
    }

    public String getCompletionTimeNote() {
        return completionTimeNote;
    }

    public String getFee() {
        return fee;
    }

    public List<String> getProducts() {
        return List.copyOf(products);
    }

    public List<ComplaintChannel> getComplaintChannels() {
        return List.copyOf(complaintChannels);
    }

    public String getComplaintNote() {
        return complaintNote;
    }

    public boolean isDispositionViaDivision() {
        return dispositionViaDivision;
    }

    public boolean isUrgentWalkInWithoutLetter() {
        return urgentWalkInWithoutLetter;
    }

    public boolean isApplicantStatesVisitTime() {
        return applicantStatesVisitTime;
    }

    public boolean isIdentityDocumentRequired() {
        return identityDocumentRequired;
    }

    /** The structured completion-time limits; any may be absent (null). */
    public record TimeLimits(Integer answerLetterWorkingDays, Integer consultationWorkingDays, Integer walkInMinutes) {

        public boolean isEmpty() {
            return answerLetterWorkingDays == null && consultationWorkingDays == null && walkInMinutes == null;
        }
    }

    /**
     * The workflow switches in which the standards differ.
     *
     * @param emailRequired whether an online applicant must give an e-mail address (a standard that asks only
     *                      for a contact number does not: the office then reaches the applicant by phone)
     */
    public record WorkflowSwitches(boolean dispositionViaDivision, boolean urgentWalkInWithoutLetter,
                                   boolean applicantStatesVisitTime, boolean identityDocumentRequired,
                                   boolean emailRequired) {
    }

    /** A whole new version of the standard; each requirement says whom it applies to. */
    public record Revision(String serviceName, String decreeNumber, List<Requirement> requirements,
                           List<String> procedure, TimeLimits limits, String completionTimeNote, String fee,
                           List<String> products, List<ComplaintChannel> complaintChannels, String complaintNote,
                           WorkflowSwitches switches) {
    }
}
