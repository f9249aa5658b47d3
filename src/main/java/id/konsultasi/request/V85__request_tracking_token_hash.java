package id.konsultasi.request;

import id.konsultasi.shared.crypto.DataEncryptor;
import id.konsultasi.shared.crypto.TrackingTokenMigration;

import org.springframework.stereotype.Component;

/** Requests' tracking tokens: hashed for the lookup, encrypted for the mails (a Flyway migration, see the parent). */
@Component
class V85__request_tracking_token_hash extends TrackingTokenMigration {

    V85__request_tracking_token_hash(DataEncryptor encryptor) {
        super(encryptor, "consultation_request");
    }
}
