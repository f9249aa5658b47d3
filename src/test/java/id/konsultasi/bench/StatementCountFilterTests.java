package id.konsultasi.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import id.konsultasi.support.TestDatabase;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The benchmark reads from a response how many SQL statements its request ran ({@code bench} profile), counted
 * at the JDBC connection: Hibernate's, {@code JdbcTemplate}'s and Spring Session's alike, those that run after
 * the response was sent (Spring Session saves the session then) included when the benchmark asks.
 */
class StatementCountFilterTests {

    final JdbcTemplate jdbc = new JdbcTemplate(new CountingDataSource(database()));
    final StatementCountFilter filter = new StatementCountFilter();

    static DriverManagerDataSource database() {
        TestDatabase.Connection db = TestDatabase.get();
        return new DriverManagerDataSource(db.url(), db.username(), db.password());
    }

    @Test
    void aPageSaysHowManyStatementsItRan() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest("GET", "/"), response, new MockFilterChain() {
            @Override
            public void doFilter(ServletRequest request, ServletResponse page)
                    throws IOException {
                jdbc.queryForObject("select ?::int", Integer.class, 1);
                jdbc.execute("select 2");
                jdbc.queryForList("select 3");
                page.getWriter().write("<p>page</p>");
            }
        });
        assertThat(response.getHeader(StatementCountFilter.HEADER)).isEqualTo("3");
        assertThat(response.getContentAsString()).isEqualTo("<p>page</p>");
    }

    @Test
    void statementsAfterTheResponseWasSentCountWhenTheBenchmarkAsks() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/kantor/buton/ajukan");
        request.addHeader(StatementCountFilter.HEADER, "1");
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, redirectThenSaveTheSession());

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getHeader("Location")).isEqualTo("/lacak/abc/tanda-terima");
        assertThat(response.getHeader(StatementCountFilter.HEADER)).isEqualTo("2");
    }

    @Test
    void aResponseSentBeforeItsRequestFinishedGetsNoNumberRatherThanAWrongOne() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest("POST", "/kantor/buton/ajukan"), response,
                redirectThenSaveTheSession());

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getHeader(StatementCountFilter.HEADER)).isNull();
    }

    @Test
    void statementsOutsideARequestAreNotCounted() throws Exception {
        jdbc.execute("select 1");
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest("GET", "/css/app.css"), response, new MockFilterChain());
        assertThat(response.getHeader(StatementCountFilter.HEADER)).isEqualTo("0");
    }

    /** A submission: one statement, the redirect to the receipt, then the session saved after the commit. */
    MockFilterChain redirectThenSaveTheSession() {
        return new MockFilterChain() {
            @Override
            public void doFilter(ServletRequest request, ServletResponse page)
                    throws IOException {
                jdbc.queryForObject("select 1", Integer.class);
                ((HttpServletResponse) page).sendRedirect("/lacak/abc/tanda-terima");
                jdbc.queryForObject("select 1", Integer.class);
            }
        };
    }
}
