package id.konsultasi.office;

import id.konsultasi.shared.PhoneNumbers;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One way to complain about the service: a desk, a box, an e-mail address, SP4N-LAPOR!, a WhatsApp number... */
@Embeddable
public record ComplaintChannel(@Enumerated(EnumType.STRING) @Column(name = "kind") ComplaintChannelKind kind,
                               @Column(name = "value") String value) {

    /** A link for the channel where it has one (mailto:, https://wa.me/, the LAPOR! site), else null. */
    public String href() {
        return switch (kind) {
            case EMAIL -> "mailto:" + value.trim();
            case WHATSAPP -> "https://wa.me/" + PhoneNumbers.international(value).substring(1);
            case PHONE -> "tel:" + PhoneNumbers.international(value);
            case LAPOR, WEBSITE -> value.startsWith("http") ? value : "https://" + value.trim();
            default -> null;
        };
    }
}
