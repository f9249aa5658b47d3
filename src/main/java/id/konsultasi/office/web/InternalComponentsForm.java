package id.konsultasi.office.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import id.konsultasi.office.InternalComponent;
import id.konsultasi.office.InternalComponents;
import id.konsultasi.shared.Lines;
import id.konsultasi.shared.validation.EachLine;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The internal components of the standard as an administrator edits them, one item per line (numbering typed at the
 * start of a line is dropped), and the Maklumat Pelayanan, its paragraphs separated by a blank line.
 */
class InternalComponentsForm {

    /** The form's field of each component, in the order of the regulation (and of the page). */
    static final List<Field> FIELDS = List.of(new Field(InternalComponent.LEGAL_BASIS, "legalBasis"),
            new Field(InternalComponent.FACILITIES, "facilities"),
            new Field(InternalComponent.STAFF_COMPETENCE, "staffCompetence"),
            new Field(InternalComponent.INTERNAL_SUPERVISION, "internalSupervision"),
            new Field(InternalComponent.STAFF_NUMBER, "staffNumber"),
            new Field(InternalComponent.SERVICE_GUARANTEE, "serviceGuarantee"),
            new Field(InternalComponent.SECURITY_GUARANTEE, "securityGuarantee"),
            new Field(InternalComponent.PERFORMANCE_EVALUATION, "performanceEvaluation"));

    /** A component and the name of its field. */
    record Field(InternalComponent component, String name) {
    }

    @NotNull
    private Long version;
    @Size(max = 20000)
    @EachLine(max = 1000)
    private String legalBasis;
    @Size(max = 20000)
    @EachLine(max = 1000)
    private String facilities;
    @Size(max = 20000)
    @EachLine(max = 1000)
    private String staffCompetence;
    @Size(max = 20000)
    @EachLine(max = 1000)
    private String internalSupervision;
    @Size(max = 20000)
    @EachLine(max = 1000)
    private String staffNumber;
    @Size(max = 20000)
    @EachLine(max = 1000)
    private String serviceGuarantee;
    @Size(max = 20000)
    @EachLine(max = 1000)
    private String securityGuarantee;
    @Size(max = 20000)
    @EachLine(max = 1000)
    private String performanceEvaluation;
    @Size(max = 10000)
    private String pledge;

    static InternalComponentsForm of(long version, InternalComponents components, String pledge) {
        InternalComponentsForm form = new InternalComponentsForm();
        form.version = version;
        form.legalBasis = Lines.join(components.of(InternalComponent.LEGAL_BASIS));
        form.facilities = Lines.join(components.of(InternalComponent.FACILITIES));
        form.staffCompetence = Lines.join(components.of(InternalComponent.STAFF_COMPETENCE));
        form.internalSupervision = Lines.join(components.of(InternalComponent.INTERNAL_SUPERVISION));
        form.staffNumber = Lines.join(components.of(InternalComponent.STAFF_NUMBER));
        form.serviceGuarantee = Lines.join(components.of(InternalComponent.SERVICE_GUARANTEE));
        form.securityGuarantee = Lines.join(components.of(InternalComponent.SECURITY_GUARANTEE));
        form.performanceEvaluation = Lines.join(components.of(InternalComponent.PERFORMANCE_EVALUATION));
        form.pledge = pledge;
        return form;
    }

    InternalComponents toComponents() {
        Map<InternalComponent, List<String>> items = new EnumMap<>(InternalComponent.class);
        items.put(InternalComponent.LEGAL_BASIS, Lines.split(legalBasis));
        items.put(InternalComponent.FACILITIES, Lines.split(facilities));
        items.put(InternalComponent.STAFF_COMPETENCE, Lines.split(staffCompetence));
        items.put(InternalComponent.INTERNAL_SUPERVISION, Lines.split(internalSupervision));
        items.put(InternalComponent.STAFF_NUMBER, Lines.split(staffNumber));
        items.put(InternalComponent.SERVICE_GUARANTEE, Lines.split(serviceGuarantee));
        items.put(InternalComponent.SECURITY_GUARANTEE, Lines.split(securityGuarantee));
        items.put(InternalComponent.PERFORMANCE_EVALUATION, Lines.split(performanceEvaluation));
        return new InternalComponents(items);
    }

    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public String getLegalBasis() { return legalBasis; }
    public void setLegalBasis(String legalBasis) { this.legalBasis = legalBasis; }
    public String getFacilities() { return facilities; }
    public void setFacilities(String facilities) { this.facilities = facilities; }
    public String getStaffCompetence() { return staffCompetence; }
    public void setStaffCompetence(String staffCompetence) { this.staffCompetence = staffCompetence; }
    public String getInternalSupervision() { return internalSupervision; }
    public void setInternalSupervision(String internalSupervision) { this.internalSupervision = internalSupervision; }
    public String getStaffNumber() { return staffNumber; }
    public void setStaffNumber(String staffNumber) { this.staffNumber = staffNumber; }
    public String getServiceGuarantee() { return serviceGuarantee; }
    public void setServiceGuarantee(String serviceGuarantee) { this.serviceGuarantee = serviceGuarantee; }
    public String getSecurityGuarantee() { return securityGuarantee; }
    public void setSecurityGuarantee(String securityGuarantee) { this.securityGuarantee = securityGuarantee; }
    public String getPerformanceEvaluation() { return performanceEvaluation; }
    public void setPerformanceEvaluation(String performanceEvaluation) { this.performanceEvaluation = performanceEvaluation; }
    public String getPledge() { return pledge; }
    public void setPledge(String pledge) { this.pledge = pledge; }
}
