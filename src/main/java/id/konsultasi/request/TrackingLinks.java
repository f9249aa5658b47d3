package id.konsultasi.request;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The public address of a request's tracking page, for mails, letters and QR codes ({@code konsultasi.base-url}). */
@Component
public class TrackingLinks {

    private final String baseUrl;

    TrackingLinks(@Value("${konsultasi.base-url}") String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public String url(String token) {
        return baseUrl + "/lacak/" + token;
    }

    /** Another page under the tracking link, e.g. {@code tanda-terima.pdf}. */
    public String url(String token, String page) {
        return url(token) + "/" + page;
    }
}
