package id.konsultasi.request;

import id.konsultasi.shared.PublicAddress;

import org.springframework.stereotype.Component;

/** The public address of a request's tracking page, for mails, letters and QR codes ({@code konsultasi.base-url}). */
@Component
public class TrackingLinks {

    private final String baseUrl;

    TrackingLinks(PublicAddress address) {
        this.baseUrl = address.base();
    }

    public String url(String token) {
        return baseUrl + "/lacak/" + token;
    }

    /** Another page under the tracking link, e.g. {@code tanda-terima.pdf}. */
    public String url(String token, String page) {
        return url(token) + "/" + page;
    }
}
