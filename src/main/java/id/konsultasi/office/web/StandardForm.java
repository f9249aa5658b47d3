package id.konsultasi.office.web;

import java.util.ArrayList;
import java.util.List;

import id.konsultasi.office.ComplaintChannel;
import id.konsultasi.office.ComplaintChannelKind;
import id.konsultasi.office.Requirement;
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

/**
 * The service standard as an administrator edits it: lists one item per line, the requirements one per row with whom
 * each applies to (several lines typed or pasted in one row become as many requirements).
 */
public class StandardForm {

    static final int CHANNEL_ROWS = 8;
    static final int REQUIREMENT_ROWS = 8;
    /** blank requirement rows offered below the filled ones */
    static final int SPARE_REQUIREMENT_ROWS = 3;

    @NotNull
    private Long version;
    @NotBlank
    @Size(max = 200)
    private String serviceName;
    @Size(max = 120)
    private String decreeNumber;
    @Valid
    private List<RequirementRow> requirements = new ArrayList<>();
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

    public static StandardForm of(long version, ServiceStandard.Revision r) {
        StandardForm f = new StandardForm();
        f.version = version;
        f.serviceName = r.serviceName();
        f.decreeNumber = r.decreeNumber();
        for (Requirement requirement : r.requirements()) {
            f.requirements.add(new RequirementRow(requirement.text(), requirement.appliesTo()));
        }
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
        f.padRows();
        return f;
    }

    /** Blank rows so that an administrator can add requirements and channels without a script. */
    public void padRows() {
        long filled = requirements.stream().filter(RequirementRow::isFilled).count();
        while (requirements.size() < Math.max(REQUIREMENT_ROWS, filled + SPARE_REQUIREMENT_ROWS)) {
            requirements.add(new RequirementRow());
        }
        while (channels.size() < CHANNEL_ROWS) {
            channels.add(new ChannelRow());
        }
    }

    @AssertTrue(message = "{standard.requirements.required}")
    public boolean isAnyRequirement() {
        return requirements.stream().anyMatch(RequirementRow::isFilled);
    }

    /** Each filled row's lines, in order, each applying to whom its row says. */
    List<Requirement> requirementList() {
        return requirements.stream().filter(RequirementRow::isFilled)
                .flatMap(row -> Lines.split(row.getText()).stream().map(line -> new Requirement(line, row.getAppliesTo())))
                .toList();
    }

    public ServiceStandard.Revision toRevision() {
        List<ComplaintChannel> filled = channels.stream().filter(ChannelRow::isFilled)
                .map(c -> new ComplaintChannel(c.getKind(), c.getValue().trim())).toList();
        return new ServiceStandard.Revision(serviceName.trim(), Texts.orNull(decreeNumber), requirementList(),
                Lines.split(procedure), new ServiceStandard.TimeLimits(answerLetterWorkingDays, consultationWorkingDays,
                walkInMinutes), Texts.orNull(completionTimeNote), fee.trim(), Lines.split(products), filled,
                Texts.orNull(complaintNote), new ServiceStandard.WorkflowSwitches(dispositionViaDivision,
                urgentWalkInWithoutLetter, applicantStatesVisitTime, identityDocumentRequired, emailRequired));
    }

    /** One requirement and whom it applies to (everyone unless chosen); a row without text is ignored. */
    static class RequirementRow {
        @Size(max = 20000)
        @EachLine(max = 1000)
        private String text;
        @NotNull
        private Requirement.AppliesTo appliesTo = Requirement.AppliesTo.EVERYONE;

        RequirementRow() {
        }

        RequirementRow(String text, Requirement.AppliesTo appliesTo) {
            this.text = text;
            this.appliesTo = appliesTo;
        }

        boolean isFilled() {
            return !Lines.split(text).isEmpty();
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public Requirement.AppliesTo getAppliesTo() {
            return appliesTo;
        }

        public void setAppliesTo(Requirement.AppliesTo appliesTo) {
            this.appliesTo = appliesTo;
        }
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
    public List<RequirementRow> getRequirements() { return requirements; }
    public void setRequirements(List<RequirementRow> requirements) { this.requirements = requirements; }
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
