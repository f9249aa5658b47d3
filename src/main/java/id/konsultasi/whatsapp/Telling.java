package id.konsultasi.whatsapp;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One time a member of staff told the applicant a message, by WhatsApp or handed over at the counter. A record. */
@Entity
@Table(name = "applicant_told")
class Telling {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long officeId;
    private long requestId;
    @Enumerated(EnumType.STRING)
    private MessageKind kind;
    @Enumerated(EnumType.STRING)
    private TellingChannel channel;
    private Long staffId;
    private String staffName;
    private Instant toldAt;

    protected Telling() {
    }

    Telling(long officeId, long requestId, MessageKind kind, TellingChannel channel, Long staffId, String staffName,
            Instant toldAt) {
        this.officeId = officeId;
        this.requestId = requestId;
        this.kind = kind;
        this.channel = channel;
        this.staffId = staffId;
        this.staffName = staffName;
        this.toldAt = toldAt;
    }

    MessageKind getKind() {
        return kind;
    }

    TellingChannel getChannel() {
        return channel;
    }

    String getStaffName() {
        return staffName;
    }

    Instant getToldAt() {
        return toldAt;
    }
}
