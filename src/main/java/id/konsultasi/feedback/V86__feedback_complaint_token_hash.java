package id.konsultasi.feedback;

import id.konsultasi.shared.crypto.DataEncryptor;
import id.konsultasi.shared.crypto.TrackingTokenMigration;

import org.springframework.stereotype.Component;

/** Complaints' tracking tokens: hashed for the lookup, encrypted for the mails (a Flyway migration, see the parent). */
@Component
class V86__feedback_complaint_token_hash extends TrackingTokenMigration {

    V86__feedback_complaint_token_hash(DataEncryptor encryptor) {
        super(encryptor, "complaint");
    }
}
