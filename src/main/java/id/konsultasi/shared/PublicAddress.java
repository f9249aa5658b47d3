package id.konsultasi.shared;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The application's public address ({@code konsultasi.base-url}, with or without a closing slash), for the absolute
 * links that leave it: in mails, letters, QR codes and WhatsApp messages. Pages link relatively.
 */
@Component
public class PublicAddress {

    private final String base;

    PublicAddress(@Value("${konsultasi.base-url}") String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The address without a closing slash, e.g. {@code https://konsultasi.example.go.id}. */
    public String base() {
        return base;
    }

    /** The absolute address of one of the application's paths ({@code "/lacak/…"}). */
    public String of(String path) {
        return base + path;
    }
}
