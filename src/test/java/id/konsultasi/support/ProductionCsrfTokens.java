package id.konsultasi.support;

import java.util.Map;
import java.util.WeakHashMap;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.context.ApplicationContext;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Spring Security Test's {@code csrf()} request post-processor replaces the application's CSRF token repository
 * (a cookie, {@code KONSULTASI_CSRF}) with a session-based one, in the one filter the whole shared context uses,
 * for good: every later request, over real HTTP too, would then keep its token in a session. Before each test the
 * application's own repository is put back, so that a test sees the CSRF handling production has, whatever ran
 * before it.
 */
public final class ProductionCsrfTokens implements BeforeEachCallback {

    private static final Map<CsrfFilter, CsrfTokenRepository> ORIGINALS = new WeakHashMap<>();

    @Override
    public void beforeEach(ExtensionContext context) {
        ApplicationContext application = SpringExtension.getApplicationContext(context);
        FilterChainProxy chains = application.getBean(FilterChainProxy.class);
        chains.getFilterChains().forEach(chain -> chain.getFilters().forEach(filter -> {
            if (filter instanceof CsrfFilter csrf) {
                restore(csrf);
            }
        }));
    }

    private static synchronized void restore(CsrfFilter filter) {
        CsrfTokenRepository current = (CsrfTokenRepository) ReflectionTestUtils.getField(filter, "tokenRepository");
        if (!ORIGINALS.containsKey(filter) && !current.getClass().getName().contains("TestCsrfTokenRepository")) {
            ORIGINALS.put(filter, current);
        }
        CsrfTokenRepository original = ORIGINALS.get(filter);
        if (original != null && current != original) {
            ReflectionTestUtils.setField(filter, "tokenRepository", original);
        }
    }
}
