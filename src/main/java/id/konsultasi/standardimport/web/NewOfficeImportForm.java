package id.konsultasi.standardimport.web;

import id.konsultasi.office.web.NewOfficeForm;
import jakarta.validation.Valid;

/** The review of a system administrator creating an office: the standard and the new office's profile and code. */
class NewOfficeImportForm extends ImportForm {

    @Valid
    private NewOfficeForm office = new NewOfficeForm();

    public NewOfficeForm getOffice() { return office; }
    public void setOffice(NewOfficeForm office) { this.office = office; }
}
