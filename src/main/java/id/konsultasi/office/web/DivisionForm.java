package id.konsultasi.office.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

class DivisionForm {

    private Long version;
    @NotBlank
    @Size(max = 200)
    private String name;
    private boolean active = true;

    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
}
