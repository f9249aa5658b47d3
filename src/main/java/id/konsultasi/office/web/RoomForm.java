package id.konsultasi.office.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

class RoomForm {

    private Long version;
    @NotBlank
    @Size(max = 200)
    private String name;
    @Size(max = 300)
    private String location;
    @Min(1)
    @Max(1000)
    private Integer capacity;
    private boolean active = true;

    String trimmedLocation() {
        return location == null || location.isBlank() ? null : location.trim();
    }

    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getLocation() { return location; }
    public void setLocation(String location) { this.location = location; }
    public Integer getCapacity() { return capacity; }
    public void setCapacity(Integer capacity) { this.capacity = capacity; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
}
