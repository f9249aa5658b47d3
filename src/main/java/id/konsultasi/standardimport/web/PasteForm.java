package id.konsultasi.standardimport.web;

import org.springframework.web.multipart.MultipartFile;

/** The published text, pasted or uploaded (a file, when given, is read instead of the pasted text). */
class PasteForm {

    private String text;
    private MultipartFile file;

    static PasteForm of(String text) {
        PasteForm form = new PasteForm();
        form.text = text;
        return form;
    }

    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public MultipartFile getFile() { return file; }
    public void setFile(MultipartFile file) { this.file = file; }
}
