package id.konsultasi.account;

import java.util.List;

import id.konsultasi.shared.security.Role;
import id.konsultasi.shared.web.StaffArea;
import id.konsultasi.shared.web.UrlRules;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.security.autoconfigure.web.servlet.PathRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may open what. Each module names its own public pages and the roles its staff pages need
 * ({@link StaffArea#authorize}); what no module names is, in the staff area, for anyone signed in, in
 * administration for office administrators and in system administration for system administrators. Per-office
 * rules are checked by the services, which find records only inside the signed-in user's office.
 * <p>
 * An anonymous visitor asking for a page of the staff area ({@link #STAFF_AREA}) is sent to the login
 * page and back afterwards; anywhere else, an address that is not public (a mistyped link, a crawler's
 * guess) is simply not found: the 404 page of the public site, and no session is opened for it.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** The staff's part of the site: staff pages, administration, system administration, logout. */
    static final RequestMatcher STAFF_AREA = new OrRequestMatcher(PathPatternRequestMatcher.pathPattern("/staf/**"),
            PathPatternRequestMatcher.pathPattern("/admin/**"), PathPatternRequestMatcher.pathPattern("/sistem/**"),
            PathPatternRequestMatcher.pathPattern("/keluar"));

    /** The cookie that holds the CSRF token of the visitor's forms. */
    static final String CSRF_COOKIE = "KONSULTASI_CSRF";

    /** Every page satisfies it: no inline script or style, no third-party origin. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, UserDetailsService userDetails,
                                            PasswordEncoder passwordEncoder, LoginThrottle throttle,
                                            List<StaffArea> areas) throws Exception {
        SessionExpiredHandler sessionExpired = new SessionExpiredHandler();
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(userDetails);
        passwords.setPasswordEncoder(passwordEncoder);
        ThrottledAuthentication login = new ThrottledAuthentication(passwords, throttle);
        // a redirect names no host: it is relative, whatever Host or forwarded header came with the request
        LoginUrlAuthenticationEntryPoint loginPage = new LoginUrlAuthenticationEntryPoint("/masuk");
        loginPage.setFavorRelativeUris(true);
        http
                .authenticationManager(new ProviderManager(login))
                .authorizeHttpRequests(requests -> {
                    requests.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                            .requestMatchers(PathRequest.toStaticResources().atCommonLocations()).permitAll()
                            .requestMatchers("/webjars/**", "/css/**", "/js/**", "/img/**", "/robots.txt").permitAll()
                            .requestMatchers("/masuk", "/error", "/actuator/health", "/actuator/health/**").permitAll();
                    // each module's own: its public pages, and the roles its staff pages need
                    UrlRules rules = new UrlRules();
                    areas.forEach(area -> area.authorize(rules));
                    for (UrlRules.Rule rule : rules.rules()) {
                        var matched = requests.requestMatchers(rule.patterns().toArray(String[]::new));
                        if (rule.isPublic()) {
                            matched.permitAll();
                        } else {
                            matched.hasAnyRole(rule.roles().toArray(String[]::new));
                        }
                    }
                    // the staff area's defaults for what no module named
                    requests.requestMatchers("/sistem/**").hasRole(Role.SYSTEM_ADMIN.name())
                            .requestMatchers("/admin/**").hasRole(Role.OFFICE_ADMIN.name())
                            .anyRequest().authenticated();
                })
                // an error page is rendered for a request that already failed (e.g. an upload too large to
                // parse): it changes nothing, so it is not checked again for a CSRF token
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens())
                        .requireCsrfProtectionMatcher(request -> request.getDispatcherType() != DispatcherType.ERROR
                                && CsrfFilter.DEFAULT_CSRF_MATCHER.matches(request)))
                // a staff form sent after the session expired leads to the login page and back, not to a 403
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(sessionExpired)
                        .authenticationEntryPoint(DelegatingAuthenticationEntryPoint.builder()
                                .addEntryPointFor(sessionExpired, SessionExpiredHandler.STAFF_FORMS)
                                .addEntryPointFor(loginPage, STAFF_AREA)
                                .defaultEntryPoint((request, response, e) -> response.sendError(HttpServletResponse.SC_NOT_FOUND))
                                .build()))
                // only a staff page is worth coming back to after signing in (and a miss elsewhere opens no session)
                .requestCache(cache -> cache.requestCache(staffPagesOnly()))
                .formLogin(form -> form
                        .loginPage("/masuk")
                        .loginProcessingUrl("/masuk")
                        .successHandler(afterSignIn())
                        .failureHandler(login)
                        .permitAll())
                // a password an administrator set is changed before anything else
                .addFilterAfter(new PasswordChangeGate(), AuthorizationFilter.class)
                .logout(logout -> logout
                        .logoutUrl("/keluar")
                        .logoutSuccessUrl("/masuk?keluar")
                        .deleteCookies("KONSULTASI_SESSION"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    /**
     * The CSRF token of a form travels in a cookie of its own (HttpOnly, SameSite=Lax) and in the form's hidden
     * {@code _csrf} field, which must match it. Sessions live in PostgreSQL: kept in the session, the token
     * would open one for every anonymous visitor of a page with a form (the request form, a tracking page).
     */
    static CsrfTokenRepository csrfTokens() {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setCookieName(CSRF_COOKIE);
        tokens.setCookieCustomizer(cookie -> cookie.httpOnly(true).sameSite("Lax"));
        return tokens;
    }

    /**
     * To the page that was asked for, else the staff home; first to the password page when an administrator set the
     * password ({@link PasswordChangeGate}).
     */
    private static AuthenticationSuccessHandler afterSignIn() {
        SavedRequestAwareAuthenticationSuccessHandler staffPages = new SavedRequestAwareAuthenticationSuccessHandler();
        staffPages.setDefaultTargetUrl("/staf");
        return (request, response, authentication) -> {
            if (authentication.getPrincipal() instanceof StaffUserDetails user && user.passwordChangeRequired()) {
                request.getSession().setAttribute(PasswordChangeGate.REQUIRED, Boolean.TRUE);
                response.sendRedirect(request.getContextPath() + PasswordChangeGate.PAGE);
                return;
            }
            staffPages.onAuthenticationSuccess(request, response, authentication);
        };
    }

    private static RequestCache staffPagesOnly() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(new AndRequestMatcher(STAFF_AREA, request -> "GET".equals(request.getMethod())
                && request.getHeader("HX-Request") == null));
        return cache;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt today, upgradable through the {id} prefix
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(StaffUsers users) {
        return username -> users.findByUsername(username.trim())
                .map(StaffUserDetails::new)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }
}
