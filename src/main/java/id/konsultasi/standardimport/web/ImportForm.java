package id.konsultasi.standardimport.web;

import id.konsultasi.office.web.StandardForm;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What the review sends back: the published text it was made from (carried along so that going back loses nothing
 * and the source is shown again beside any error) and the standard as understood, corrected by the administrator.
 */
class ImportForm {

    @NotNull
    @Size(max = PublishedText.MAX_CHARACTERS)
    private String text;
    @Valid
    private StandardForm standard = new StandardForm();

    /** The text the review was made from; none when a post lacks it (then the review shows an empty source). */
    String source() {
        return text == null ? "" : text;
    }

    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public StandardForm getStandard() { return standard; }
    public void setStandard(StandardForm standard) { this.standard = standard; }
}
