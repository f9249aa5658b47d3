package id.konsultasi.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import id.konsultasi.account.ActingOfficials;
import id.konsultasi.account.LoginThrottle;
import id.konsultasi.alert.MyNotifications;
import id.konsultasi.shared.RateLimits;
import id.konsultasi.shared.web.StaffArea;
import id.konsultasi.shared.web.StaffMenus;
import id.konsultasi.shared.web.SubmissionLimit;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.core.annotation.AliasFor;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * One controller (or a few) with the web layer around it and nothing else: no database, no mail, no other
 * module (the test infrastructure starts neither PostgreSQL nor the SMTP server for it). The context starts in
 * about 5 s when it is the JVM's first, 1-2 s after that; a {@code MockMvc} is injected. The services the
 * controller calls are the test's {@code @MockitoBean} fields, so the test says what they return and checks what
 * they were handed.
 * <p>
 * What is real: the controller advices (404/409/400 pages, the layout's model), the filters, the
 * {@code WebMvcConfigurer}s (Indonesian first, {@code ?lang=en}, the signed-in {@code StaffPrincipal} as a
 * parameter), Thymeleaf with the real templates and message bundles, bean validation, the {@link TestClock}, and
 * the application's security configuration ({@code account.SecurityConfiguration}, included by its name, with
 * every module's {@code StaffArea}, whose rules it applies, and the {@code StaffMenus} of the layout): who
 * may open which address, the login page for anonymous staff pages, CSRF (send forms {@code .with(csrf())}).
 * Sign a request in with {@link SignedIn}. What is a mock here: the collaborators of those shared pieces, listed
 * below (the per-address submission limit is off: its mock registers no interceptor).
 * <p>
 * <b>Which test to write.</b> A rule of one class (a form's cross-field check, a deadline's maths): a plain
 * unit test. What a page does with what the user sends or may see (binding, messages beside the fields, what
 * was typed kept, redirects, 404s, who gets a 403): a {@code WebSlice} test of its controller. What a module
 * does with the database and its events (a service's transaction, the event another module listens to, the
 * mail in the outbox): an {@code @ApplicationModuleTest} on the test PostgreSQL (see
 * {@code feedback/ComplaintEventsModuleTests}). What users do across modules, through HTTP or a browser,
 * with the demo data: {@link IntegrationTest}, sparingly.
 * <p>
 * Test classes of the same controllers (and the same mocks) share one cached context. A new shared piece of the
 * web layer that needs a collaborator fails every slice at start ("No qualifying bean of type ..."): add its
 * collaborator to the list below, once, for all slices.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest(includeFilters = {
        @ComponentScan.Filter(type = FilterType.REGEX, pattern = "id\\.konsultasi\\.account\\.SecurityConfiguration"),
        @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = {StaffArea.class, StaffMenus.class})})
@MockitoBean(types = {UserDetailsService.class, LoginThrottle.class, ActingOfficials.class, SubmissionLimit.class,
        MyNotifications.class, RateLimits.class})
@ActiveProfiles("test")
@ExtendWith(TestClock.Reset.class)
public @interface WebSlice {

    /** The controllers under test. */
    @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
    Class<?>[] value();
}
