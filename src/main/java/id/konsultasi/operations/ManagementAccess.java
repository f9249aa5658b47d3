package id.konsultasi.operations;

import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who reads the management endpoints. The metrics ({@code /actuator/prometheus}) are never public:
 * <ul>
 * <li>on the management port ({@code management.server.port}, e.g. 8081, which only the internal network reaches:
 * Prometheus scrapes each instance there, the load balancer checks readiness there), every actuator endpoint that
 * is exposed answers without a login: whoever reaches that port is inside;</li>
 * <li>on the application's port (the one the load balancer forwards), {@code /actuator/prometheus} is for a signed-in
 * system administrator only; anyone else gets a 403. Health stays public there ({@code SecurityConfiguration}).</li>
 * </ul>
 * These chains come before the application's own ({@code account.SecurityConfiguration}) and match nothing else.
 */
@Configuration(proxyBeanMethods = false)
class ManagementAccess {

    @Bean
    @Order(1)
    SecurityFilterChain managementPort(HttpSecurity http, Environment environment) throws Exception {
        http.securityMatcher(onManagementPort(environment))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable()); // read-only endpoints, no browser session on this port
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain metricsOnApplicationPort(HttpSecurity http) throws Exception {
        http.securityMatcher("/actuator/prometheus", "/actuator/prometheus/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole("SYSTEM_ADMIN"))
                .requestCache(cache -> cache.disable());
        return http.build();
    }

    /** A request that came in on the management port, when there is one apart from the application's. */
    static RequestMatcher onManagementPort(Environment environment) {
        if (ManagementPortType.get(environment) != ManagementPortType.DIFFERENT) {
            return request -> false;
        }
        return request -> {
            Integer port = environment.getProperty("local.management.port", Integer.class);
            return port != null && port > 0 && port == request.getLocalPort();
        };
    }
}
