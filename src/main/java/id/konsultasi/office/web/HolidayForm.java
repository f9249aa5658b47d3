package id.konsultasi.office.web;

import java.time.LocalDate;

import id.konsultasi.office.HolidayKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

class HolidayForm {

    private Long version;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;
    @NotBlank
    @Size(max = 200)
    private String name;
    @NotNull
    private HolidayKind kind;

    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public HolidayKind getKind() { return kind; }
    public void setKind(HolidayKind kind) { this.kind = kind; }
}
