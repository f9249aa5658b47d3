package id.konsultasi.office;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A day on which no office works (national holiday or cuti bersama, no office) or on which one office
 * does not work (a local holiday or an office's own cuti bersama).
 */
@Entity
@EntityListeners(OfficeChanges.class)
@Table(name = "holiday")
public class Holiday {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    /** null for a national day */
    private Long officeId;

    @Column(name = "day")
    private LocalDate date;

    private String name;

    @Enumerated(EnumType.STRING)
    private HolidayKind kind;

    protected Holiday() {
    }

    public Holiday(Long officeId, LocalDate date, String name, HolidayKind kind) {
        this.officeId = officeId;
        update(date, name, kind);
    }

    public void update(LocalDate date, String name, HolidayKind kind) {
        this.date = date;
        this.name = name;
        this.kind = kind;
    }

    public boolean isNational() {
        return officeId == null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Long getOfficeId() {
        return officeId;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getName() {
        return name;
    }

    public HolidayKind getKind() {
        return kind;
    }
}
