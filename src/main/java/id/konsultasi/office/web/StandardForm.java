package id.konsultasi.office.web;

import java.util.ArrayList;
import java.util.List;

import id.konsultasi.office.ComplaintChannel;
import id.konsultasi.office.ComplaintChannelKind;
import id.konsultasi.office.ServiceStandard;
import id.konsultasi.shared.Lines;
import id.konsultasi.shared.Texts;
import id.konsultasi.shared.validation.EachLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The service standard as an administrator edits it: lists one item per line. */
class StandardForm {

    static final int CHANNEL_ROWS = 8;

    @NotNull
    private Long version;
    @NotBlank
    @Size(max = 200)
    private String serviceName;
    @Size(max = 120)
    private String decreeNumber;
    @NotBlank
    @Size(max = 20000)
    @EachLine(max = 1000)
    private String requirements;
    @NotBlank
    @Size(max = 20000)
    @EachLine(max = 1000)
    private String procedure;
    @Min(0)
    @Max(60)
    private Integer answerLetterWorkingDays;
    @Min(0)
    @Max(60)
    private Integer consultationWorkingDays;
    @Min(1)
    @Max(1440)
    private Integer walkInMinutes;
    @Size(max = 2000)
    private String completionTimeNote;
    @NotBlank
    @Size(max = 500)
    private String fee;
    @NotBlank
    @Size(max = 20000)
    @EachLine(max = 1000)
    private String products;
    @Valid
    private List<ChannelRow> channels = new ArrayList<>();
    @Size(max = 2000)
    private String complaintNote;
    private boolean dispositionViaDivision;
    private boolean urgentWalkInWithoutLetter;
    private boolean applicantStatesVisitTime;
    private boolean identityDocumentRequired;
    private boolean emailRequired;

    static StandardForm of(long version, ServiceStandard.Revision r) {
        StandardForm f = new StandardForm();
        f.version = version;
        f.serviceName = r.serviceName();
        f.decreeNumber = r.decreeNumber();
        f.requirements = Lines.join(r.requirements());
        f.procedure = Lines.join(r.procedure());
        f.answerLetterWorkingDays = r.limits().answerLetterWorkingDays();
        f.consultationWorkingDays = r.limits().consultationWorkingDays();
        f.walkInMinutes = r.limits().walkInMinutes();
        f.completionTimeNote = r.completionTimeNote();
        f.fee = r.fee();
        f.products = Lines.join(r.products());
        for (ComplaintChannel c : r.complaintChannels()) {
            f.channels.add(new ChannelRow(c.kind(), c.value()));
        }
        f.complaintNote = r.complaintNote();
        f.dispositionViaDivision = r.switches().dispositionViaDivision();
        f.urgentWalkInWithoutLetter = r.switches().urgentWalkInWithoutLetter();
        f.applicantStatesVisitTime = r.switches().applicantStatesVisitTime();
        f.identityDocumentRequired = r.switches().identityDocumentRequired();
        f.emailRequired = r.switches().emailRequired();
        f.padChannels();
        return f;
    }

    /** Blank rows so that an administrator can add channels without a script. */
    void padChannels() {
        while (channels.size() < CHANNEL_ROWS) {
            channels.add(new ChannelRow());
        }
    }

    ServiceStandard.Revision toRevision() {
        List<ComplaintChannel> filled = channels.stream().filter(ChannelRow::isFilled)
                .map(c -> new ComplaintChannel(c.getKind(), c.getValue().trim())).toList();
        return new ServiceStandard.Revision(serviceName.trim(), Texts.orNull(decreeNumber), Lines.split(requirements),
                Lines.split(procedure), new ServiceStandard.TimeLimits(answerLetterWorkingDays, consultationWorkingDays,
                walkInMinutes), Texts.orNull(completionTimeNote), fee.trim(), Lines.split(products), filled,
                Texts.orNull(complaintNote), new ServiceStandard.WorkflowSwitches(dispositionViaDivision,
                urgentWalkInWithoutLetter, applicantStatesVisitTime, identityDocumentRequired, emailRequired));
    }

    /** One complaint channel; a row with neither kind nor value is ignored. */
    static class ChannelRow {
        private ComplaintChannelKind kind;
        @Size(max = 500)
        private String value;

        ChannelRow() {
        }

        ChannelRow(ComplaintChannelKind kind, String value) {
            this.kind = kind;
            this.value = value;
        }

        boolean isFilled() {
            return kind != null && value != null && !value.isBlank();
        }

        @AssertTrue(message = "{standard.channel.incomplete}")
        public boolean isComplete() {
            boolean hasValue = value != null && !value.isBlank();
            return (kind == null) == !hasValue;
        }

        public ComplaintChannelKind getKind() {
            return kind;
        }

        public void setKind(ComplaintChannelKind kind) {
            this.kind = kind;
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }
    }

    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public String getServiceName() { return serviceName; }
    public void setServiceName(String serviceName) { this.serviceName = serviceName; }
    public String getDecreeNumber() { return decreeNumber; }
    public void setDecreeNumber(String decreeNumber) { this.decreeNumber = decreeNumber; }
    public String getRequirements() { return requirements; }
    public void setRequirements(String requirements) { this.requirements = requirements; }
    public String getProcedure() { return procedure; }
    public void setProcedure(String procedure) { this.procedure = procedure; }
    public Integer getAnswerLetterWorkingDays() { return answerLetterWorkingDays; }
    public void setAnswerLetterWorkingDays(Integer v) { this.answerLetterWorkingDays = v; }
    public Integer getConsultationWorkingDays() { return consultationWorkingDays; }
    public void setConsultationWorkingDays(Integer v) { this.consultationWorkingDays = v; }
    public Integer getWalkInMinutes() { return walkInMinutes; }
    public void setWalkInMinutes(Integer walkInMinutes) { this.walkInMinutes = walkInMinutes; }
    public String getCompletionTimeNote() { return completionTimeNote; }
    public void setCompletionTimeNote(String completionTimeNote) { this.completionTimeNote = completionTimeNote; }
    public String getFee() { return fee; }
    public void setFee(String fee) { this.fee = fee; }
    public String getProducts() { return products; }
    public void setProducts(String products) { this.products = products; }
    public List<ChannelRow> getChannels() { return channels; }
    public void setChannels(List<ChannelRow> channels) { this.channels = channels; }
    public String getComplaintNote() { return complaintNote; }
    public void setComplaintNote(String complaintNote) { this.complaintNote = complaintNote; }
    public boolean isDispositionViaDivision() { return dispositionViaDivision; }
    public void setDispositionViaDivision(boolean v) { this.dispositionViaDivision = v; }
    public boolean isUrgentWalkInWithoutLetter() { return urgentWalkInWithoutLetter; }
    public void setUrgentWalkInWithoutLetter(boolean v) { this.urgentWalkInWithoutLetter = v; }
    public boolean isApplicantStatesVisitTime() { return applicantStatesVisitTime; }
    public void setApplicantStatesVisitTime(boolean v) { this.applicantStatesVisitTime = v; }
    public boolean isIdentityDocumentRequired() { return identityDocumentRequired; }
    public void setIdentityDocumentRequired(boolean v) { this.identityDocumentRequired = v; }
    public boolean isEmailRequired() { return emailRequired; }
    public void setEmailRequired(boolean v) { this.emailRequired = v; }
}
