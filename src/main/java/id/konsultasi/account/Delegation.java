package id.konsultasi.account;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The head of office names an acting official (Plh/Plt) for a range of days, both included. Within it
 * the acting official decides on the head's behalf; every decision records who acted and for whom.
 * A delegation is never deleted: it is revoked, so that the record of who could act stays.
 */
@Entity
@Table(name = "delegation")
public class Delegation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private long officeId;
    private long headId;
    private long deputyId;
    @Enumerated(EnumType.STRING)
    private DelegationKind kind;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private String reason;
    private String formKey;
    private Instant createdAt;
    private Instant revokedAt;

    protected Delegation() {
    }

    public Delegation(long officeId, long headId, long deputyId, DelegationKind kind, LocalDate startsOn,
                      LocalDate endsOn, String reason, String formKey, Instant createdAt) {
        if (headId == deputyId) {
            throw new IllegalArgumentException("a head cannot stand in for themselves");
        }
        if (endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("a delegation ends on or after the day it starts");
        }
        this.officeId = officeId;
        this.headId = headId;
        this.deputyId = deputyId;
        this.kind = kind;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.reason = reason;
        this.formKey = formKey;
        this.createdAt = createdAt;
    }

    /** Ends the delegation now; the acting official can no longer decide. */
    public void revoke(Instant at) {
        if (revokedAt == null) {
            this.revokedAt = at;
        }
    }

    /** Whether the acting official may act on the given day. */
    public boolean isActiveOn(LocalDate day) {
        return revokedAt == null && !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    /** Whether the two ranges share a day (both still in force). */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return revokedAt == null && !from.isAfter(endsOn) && !to.isBefore(startsOn);
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

    public long getHeadId() {
        return headId;
    }

    public long getDeputyId() {
        return deputyId;
    }

    public DelegationKind getKind() {
        return kind;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getReason() {
        return reason;
    }

    public String getFormKey() {
        return formKey;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }
}
