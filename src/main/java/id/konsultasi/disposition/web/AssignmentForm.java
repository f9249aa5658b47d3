package id.konsultasi.disposition.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import id.konsultasi.disposition.Disposition;
import id.konsultasi.disposition.DispositionService;
import id.konsultasi.disposition.Instruction;
import id.konsultasi.request.ConsultationRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The division head's assignment as the form sends it. */
class AssignmentForm {

    @NotNull
    private Long version;
    @NotBlank
    @Size(max = 64)
    private String formKey;
    private boolean servePersonally;
    private Long leadOfficerId;
    private List<Long> companionIds = new ArrayList<>();
    @Size(max = 1000)
    private String instructions;
    private boolean staffAnalysisRequired;

    /** A fresh form; the telaahan staf is already ticked when the head asked for one. */
    static AssignmentForm of(ConsultationRequest request, Disposition disposition) {
        AssignmentForm form = new AssignmentForm();
        form.version = request.getVersion();
        form.formKey = UUID.randomUUID().toString();
        form.staffAnalysisRequired = disposition != null && disposition.has(Instruction.PREPARE_STAFF_ANALYSIS);
        return form;
    }

    DispositionService.AssignmentOrder toOrder() {
        return new DispositionService.AssignmentOrder(version, formKey, servePersonally, leadOfficerId, companionIds,
                instructions, staffAnalysisRequired);
    }

    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public String getFormKey() { return formKey; }
    public void setFormKey(String formKey) { this.formKey = formKey; }
    public boolean isServePersonally() { return servePersonally; }
    public void setServePersonally(boolean servePersonally) { this.servePersonally = servePersonally; }
    public Long getLeadOfficerId() { return leadOfficerId; }
    public void setLeadOfficerId(Long leadOfficerId) { this.leadOfficerId = leadOfficerId; }
    public List<Long> getCompanionIds() { return companionIds; }
    public void setCompanionIds(List<Long> companionIds) { this.companionIds = companionIds == null ? new ArrayList<>() : companionIds; }
    public String getInstructions() { return instructions; }
    public void setInstructions(String instructions) { this.instructions = instructions; }
    public boolean isStaffAnalysisRequired() { return staffAnalysisRequired; }
    public void setStaffAnalysisRequired(boolean staffAnalysisRequired) { this.staffAnalysisRequired = staffAnalysisRequired; }
}
