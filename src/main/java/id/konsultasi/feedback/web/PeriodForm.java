package id.konsultasi.feedback.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** The period asked for in the address: {@code ?dari=2026-01-01&sampai=2026-06-30}, both optional. */
class PeriodForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dari;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate sampai;

    public LocalDate getDari() { return dari; }
    public void setDari(LocalDate dari) { this.dari = dari; }
    public LocalDate getSampai() { return sampai; }
    public void setSampai(LocalDate sampai) { this.sampai = sampai; }
}
