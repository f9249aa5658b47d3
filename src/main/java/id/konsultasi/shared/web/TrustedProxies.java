package id.konsultasi.shared.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Forwarded headers count only when they come from a proxy the operator named ({@code konsultasi.proxies.trusted},
 * addresses or CIDR ranges; none by default). Then the client is the rightmost address of {@code X-Forwarded-For}
 * that is not itself a trusted proxy (what the nearest proxy saw; whatever a client wrote further left is its own
 * claim), and {@code X-Forwarded-Proto: https} marks the request secure. From anyone else these headers are ignored,
 * and the client is the address the connection came from. {@code X-Forwarded-Host} is never read: absolute links
 * (mails, QR codes) are built from {@code konsultasi.base-url}, redirects are relative.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TrustedProxies.ProxyProperties.class)
public class TrustedProxies {

    private final List<IpAddressMatcher> trusted;

    TrustedProxies(ProxyProperties properties) {
        List<IpAddressMatcher> matchers = new ArrayList<>();
        for (String entry : properties.trusted()) {
            if (!entry.isBlank()) {
                matchers.add(new IpAddressMatcher(entry.trim()));
            }
        }
        this.trusted = List.copyOf(matchers);
    }

    /** Whether the address is one of the configured proxies. */
    public boolean isTrusted(String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        try {
            for (IpAddressMatcher matcher : trusted) {
                if (matcher.matches(address)) {
                    return true;
                }
            }
        } catch (IllegalArgumentException notAnAddress) {
            return false;
        }
        return false;
    }

    /** The client's address: the connection's, or behind trusted proxies the one the nearest of them reports. */
    String clientOf(HttpServletRequest request) {
        String remote = request.getRemoteAddr();
        if (!isTrusted(remote)) {
            return remote;
        }
        List<String> chain = new ArrayList<>();
        for (String header : Collections.list(request.getHeaders("X-Forwarded-For"))) {
            for (String hop : header.split(",")) {
                String address = hop.trim();
                if (!address.isEmpty()) {
                    chain.add(address);
                }
            }
        }
        for (int i = chain.size() - 1; i >= 0; i--) {
            String hop = chain.get(i);
            if (!isAddress(hop)) {
                // a hop that is no address (a client's invention): the nearest proxy's report ends here
                return i == chain.size() - 1 ? remote : chain.get(i + 1);
            }
            if (!isTrusted(hop)) {
                return hop;
            }
        }
        return chain.isEmpty() ? remote : chain.get(0);
    }

    private static boolean isAddress(String text) {
        if (text.length() > 45 || !text.matches("[0-9A-Fa-f:.]+")) {
            return false;
        }
        try {
            new IpAddressMatcher(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Bean
    FilterRegistrationBean<ClientAddressFilter> clientAddressFilter() {
        FilterRegistrationBean<ClientAddressFilter> registration = new FilterRegistrationBean<>(
                new ClientAddressFilter(this));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Gives the rest of the application the client's address and scheme, as {@link TrustedProxies} decides. */
    static final class ClientAddressFilter extends OncePerRequestFilter {

        private final TrustedProxies proxies;

        ClientAddressFilter(TrustedProxies proxies) {
            this.proxies = proxies;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (!proxies.isTrusted(request.getRemoteAddr())) {
                chain.doFilter(request, response);
                return;
            }
            String client = proxies.clientOf(request);
            boolean https = "https".equalsIgnoreCase(firstValue(request.getHeader("X-Forwarded-Proto")));
            chain.doFilter(new ForwardedRequest(request, client, https), response);
        }

        private static String firstValue(String header) {
            return header == null ? null : header.split(",")[0].trim();
        }
    }

    /** A request as the client sent it to the trusted proxy: its address, and its scheme. */
    static final class ForwardedRequest extends HttpServletRequestWrapper {

        private final String client;
        private final boolean https;

        ForwardedRequest(HttpServletRequest request, String client, boolean https) {
            super(request);
            this.client = client;
            this.https = https || request.isSecure();
        }

        @Override
        public String getRemoteAddr() {
            return client;
        }

        @Override
        public String getRemoteHost() {
            return client;
        }

        @Override
        public String getScheme() {
            return https ? "https" : super.getScheme();
        }

        @Override
        public boolean isSecure() {
            return https;
        }

        @Override
        public int getServerPort() {
            return https && !super.isSecure() ? 443 : super.getServerPort();
        }
    }

    /**
     * {@code konsultasi.proxies.*}.
     *
     * @param trusted the addresses or CIDR ranges of the reverse proxies and load balancers in front of the
     *                application ({@code KONSULTASI_PROXIES_TRUSTED}, comma-separated); empty: trust none
     */
    @ConfigurationProperties("konsultasi.proxies")
    public record ProxyProperties(List<String> trusted) {

        public ProxyProperties {
            trusted = trusted == null ? List.of() : List.copyOf(trusted);
        }
    }
}
