package id.konsultasi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import id.konsultasi.support.HttpVisitor;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.RequestJourneys;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Forwarded headers count only from the proxies the operator named ({@code konsultasi.proxies.trusted}; the tests
 * name the loopback address, from which {@link HttpVisitor} and MockMvc send): a client cannot choose its own address
 * and so lift a rate limit, and no forwarded host ever makes an absolute link or redirect.
 */
@IntegrationTest
class ForwardedHeadersTests {

    static final AtomicInteger ADDRESSES = new AtomicInteger();

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    RequestJourneys journeys;

    /** An address of the documentation range, a different one for each use: not a trusted proxy. */
    static String untrusted() {
        int n = ADDRESSES.incrementAndGet();
        return "198.51." + (100 + n / 250) + "." + (n % 250 + 1);
    }

    /** "Send my link again" for a receipt that does not exist, from the given address with the given header. */
    int askForALink(String remoteAddress, String forwardedFor) throws Exception {
        return mvc.perform(post("/lacak").with(csrf()).with(request -> {
                    request.setRemoteAddr(remoteAddress);
                    return request;
                }).header("X-Forwarded-For", forwardedFor)
                .param("receiptNumber", "TIDAK/ADA/" + UUID.randomUUID()).param("email", "siapa@contoh.id"))
                .andReturn().getResponse().getStatus();
    }

    @Test
    void aClientThatNamesItsOwnAddressIsStillLimitedByItsRealOne() throws Exception {
        String client = untrusted();
        for (int i = 0; i < 20; i++) {
            assertThat(askForALink(client, untrusted())).isEqualTo(302);
        }
        assertThat(askForALink(client, untrusted())).isEqualTo(429);
    }

    @Test
    void behindATrustedProxyTheForwardedClientIsLimitedNotTheProxyNorWhatTheClientClaims() throws Exception {
        String client = untrusted();
        // the proxy appends the address it saw; whatever the client put before it is ignored
        for (int i = 0; i < 20; i++) {
            assertThat(askForALink("127.0.0.1", untrusted() + ", " + client)).isEqualTo(302);
        }
        assertThat(askForALink("127.0.0.1", untrusted() + ", " + client)).isEqualTo(429);
        // another client behind the same proxy is not concerned
        assertThat(askForALink("127.0.0.1", untrusted())).isEqualTo(302);
    }

    @Test
    void aForwardedHostNeverAppearsInARedirectOrALink() throws Exception {
        Map<String, String> evil = Map.of("X-Forwarded-Host", "evil.example", "X-Forwarded-Proto", "https");
        HttpVisitor visitor = HttpVisitor.anonymous(port);
        HttpVisitor.Page staff = visitor.get("/staf", evil);
        assertThat(staff.status()).isEqualTo(302);
        assertThat(staff.location()).doesNotContain("evil.example").endsWith("/masuk");

        var receipt = journeys.submit("buton", "Wa Ode Tuan Rumah", "tuan.rumah@contoh.id");
        HttpVisitor.Page tracking = visitor.get("/lacak/" + receipt.trackingToken(), evil);
        assertThat(tracking.status()).isEqualTo(200);
        assertThat(tracking.body()).doesNotContain("evil.example");

        // nor the Host header a client sends straight to the application
        MockHttpServletResponse direct = mvc.perform(get("/staf").with(request -> {
            request.setRemoteAddr(untrusted());
            request.setServerName("evil.example");
            return request;
        }).header("Host", "evil.example").header("X-Forwarded-Host", "evil.example")).andReturn().getResponse();
        assertThat(direct.getRedirectedUrl()).doesNotContain("evil.example");
    }
}
