package id.konsultasi.alert;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One notification for one member of staff: what it is about (its kind, the request or complaint, the arguments of
 * its text, rendered in the reader's language), where it leads, and whether it was read. Written once per cause
 * ({@link Notices}); read and marked read only by its recipient.
 */
@Entity
@Table(name = "staff_notification")
public class StaffNotification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long officeId;
    private long recipientId;
    @Enumerated(EnumType.STRING)
    private NoticeKind kind;
    private Long subjectId;
    private String cause;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private String[] arguments;
    private String link;
    @Enumerated(EnumType.STRING)
    private Delivery delivery;
    private Instant createdAt;
    private Instant readAt;
    private Instant digestedAt;

    protected StaffNotification() {
    }

    public Long getId() {
        return id;
    }

    public long getOfficeId() {
        return officeId;
    }

    public long getRecipientId() {
        return recipientId;
    }

    public NoticeKind getKind() {
        return kind;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public String getCause() {
        return cause;
    }

    /** The arguments of the text {@link NoticeKind#textKey()}. */
    public Object[] getArguments() {
        return arguments == null ? new Object[0] : arguments.clone();
    }

    public String getLink() {
        return link;
    }

    public Delivery getDelivery() {
        return delivery;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public boolean isUnread() {
        return readAt == null;
    }

    public Instant getDigestedAt() {
        return digestedAt;
    }
}
