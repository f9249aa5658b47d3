package id.konsultasi.disposition.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import id.konsultasi.disposition.DispositionDecision;
import id.konsultasi.disposition.DispositionService;
import id.konsultasi.disposition.Instruction;
import id.konsultasi.disposition.Urgency;
import id.konsultasi.request.ConsultationMode;
import id.konsultasi.request.ConsultationRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The head's decision as the form sends it. */
class DispositionForm {

    @NotNull
    private Long version;
    @NotBlank
    @Size(max = 64)
    private String formKey;
    @NotNull
    private DispositionDecision decision = DispositionDecision.ACCEPTED;
    @Size(max = 1000)
    private String reason;
    private ConsultationMode mode;
    private Long divisionId;
    private Long leadOfficerId;
    private List<Long> companionIds = new ArrayList<>();
    @NotNull
    private Urgency urgency = Urgency.ROUTINE;
    private Set<Instruction> instructions = EnumSet.noneOf(Instruction.class);
    @Size(max = 1000)
    private String note;

    static DispositionForm of(ConsultationRequest request) {
        DispositionForm form = new DispositionForm();
        form.version = request.getVersion();
        form.formKey = UUID.randomUUID().toString();
        form.mode = request.getPreferredMode() == null ? ConsultationMode.IN_PERSON : request.getPreferredMode();
        form.urgency = request.isUrgent() ? Urgency.VERY_URGENT : Urgency.ROUTINE;
        return form;
    }

    DispositionService.Decision toDecision() {
        return new DispositionService.Decision(version, formKey, decision, reason, mode, divisionId, leadOfficerId,
                companionIds, urgency, instructions, note);
    }

    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public String getFormKey() { return formKey; }
    public void setFormKey(String formKey) { this.formKey = formKey; }
    public DispositionDecision getDecision() { return decision; }
    public void setDecision(DispositionDecision decision) { this.decision = decision; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public ConsultationMode getMode() { return mode; }
    public void setMode(ConsultationMode mode) { this.mode = mode; }
    public Long getDivisionId() { return divisionId; }
    public void setDivisionId(Long divisionId) { this.divisionId = divisionId; }
    public Long getLeadOfficerId() { return leadOfficerId; }
    public void setLeadOfficerId(Long leadOfficerId) { this.leadOfficerId = leadOfficerId; }
    public List<Long> getCompanionIds() { return companionIds; }
    public void setCompanionIds(List<Long> companionIds) { this.companionIds = companionIds == null ? new ArrayList<>() : companionIds; }
    public Urgency getUrgency() { return urgency; }
    public void setUrgency(Urgency urgency) { this.urgency = urgency; }
    public Set<Instruction> getInstructions() { return instructions; }
    public void setInstructions(Set<Instruction> instructions) { this.instructions = instructions == null ? EnumSet.noneOf(Instruction.class) : instructions; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
