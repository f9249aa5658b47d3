package id.konsultasi.support;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Every test that sends public forms from this machine's own address (the browser, MockMvc without a client of its
 * own) is a different citizen: before each test the submission limit (and the verification page's) forgets what
 * {@code 127.0.0.1} sent before, so
 * that no test runs out of another's allowance whatever ran before it in the same JVM. Tests of the limit itself send
 * from addresses of their own ({@code TestFiles.freshClient()}, {@code HttpVisitor.freshAddress()}).
 */
public final class LocalSubmissionsForgotten implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        SpringExtension.getApplicationContext(context).getBean(JdbcTemplate.class)
                .update("delete from rate_limit_window where bucket in ('submission:127.0.0.1', 'submission:0:0:0:0:0:0:0:1', "
                        + "'verification:127.0.0.1', 'verification:0:0:0:0:0:0:0:1')");
    }
}
