package id.konsultasi.office;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A division (bidang) of an office, headed by a Kepala Bidang. */
@Entity
@Table(name = "division")
public class Division {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private long officeId;
    private String name;
    private boolean active = true;

    protected Division() {
    }

    public Division(long officeId, String name) {
        this.officeId = officeId;
        this.name = name;
    }

    public void rename(String name) {
        this.name = name;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getOfficeId() {
        return officeId;
    }

    public String getName() {
        return name;
    }

    public boolean isActive() {
        return active;
    }
}
