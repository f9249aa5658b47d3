package id.konsultasi.disposition;

import id.konsultasi.account.ActingAuthority;
import id.konsultasi.account.DelegationKind;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * Who signed a decision, and on whose behalf when an acting official (Plh/Plt) decided for the head.
 * Names and posts are kept as they were on that day.
 */
@Embeddable
class Signatory {

    @Column(name = "signed_by_id")
    private long staffId;
    @Column(name = "signed_by_name")
    private String name;
    @Column(name = "signed_by_position")
    private String position;
    @Enumerated(EnumType.STRING)
    @Column(name = "acting_kind")
    private DelegationKind actingKind;
    @Column(name = "on_behalf_of_id")
    private Long onBehalfOfId;
    @Column(name = "on_behalf_of_name")
    private String onBehalfOfName;
    @Column(name = "on_behalf_of_position")
    private String onBehalfOfPosition;

    protected Signatory() {
    }

    private Signatory(long staffId, String name, String position, DelegationKind actingKind, Long onBehalfOfId,
                      String onBehalfOfName, String onBehalfOfPosition) {
        this.staffId = staffId;
        this.name = name;
        this.position = position;
        this.actingKind = actingKind;
        this.onBehalfOfId = onBehalfOfId;
        this.onBehalfOfName = onBehalfOfName;
        this.onBehalfOfPosition = onBehalfOfPosition;
    }

    /** Someone signing in their own right. */
    public static Signatory self(long staffId, String name, String position) {
        return new Signatory(staffId, name, position, null, null, null, null);
    }

    /** An acting official signing for the head. */
    public static Signatory acting(long staffId, String name, String position, ActingAuthority authority) {
        return new Signatory(staffId, name, position, authority.kind(), authority.headId(), authority.headName(),
                authority.headPosition());
    }

    public boolean isActing() {
        return actingKind != null;
    }

    public long getStaffId() {
        return staffId;
    }

    public String getName() {
        return name;
    }

    public String getPosition() {
        return position;
    }

    public DelegationKind getActingKind() {
        return actingKind;
    }

    public Long getOnBehalfOfId() {
        return onBehalfOfId;
    }

    public String getOnBehalfOfName() {
        return onBehalfOfName;
    }

    public String getOnBehalfOfPosition() {
        return onBehalfOfPosition;
    }

    /** The post the signature is made in: the head's own post, or "Plh. " before it. */
    public String getSigningPost() {
        if (!isActing()) {
            return position;
        }
        return onBehalfOfPosition == null ? actingKind.abbreviation() : actingKind.abbreviation() + " " + onBehalfOfPosition;
    }
}
