package id.konsultasi.feedback.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A step on a complaint: the version it was shown with and a note (the answer, when answering). */
class ComplaintStepForm {

    @NotNull
    private Long version;
    @Size(max = 4000)
    private String text;

    static ComplaintStepForm of(long version) {
        ComplaintStepForm form = new ComplaintStepForm();
        form.version = version;
        return form;
    }

    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
}
