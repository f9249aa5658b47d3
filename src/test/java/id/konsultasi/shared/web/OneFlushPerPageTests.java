package id.konsultasi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** A view's flush after writing the page does not send the page early: the container sends it when it ends. */
class OneFlushPerPageTests {

    @Test
    void theViewsFlushLeavesThePageToBeSentWhenTheRequestEnds() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        boolean[] committedAfterFlush = new boolean[1];

        new OneFlushPerPage().doFilter(new MockHttpServletRequest("GET", "/staf/disposisi"), response,
                new MockFilterChain() {
                    @Override
                    public void doFilter(ServletRequest request, ServletResponse page) throws IOException {
                        PrintWriter writer = page.getWriter();
                        writer.write("<html><body>halaman</body></html>");
                        writer.flush(); // as Thymeleaf does once the page is rendered
                        committedAfterFlush[0] = page.isCommitted();
                        ((HttpServletResponse) page).setHeader("X-After-Flush", "still possible");
                    }
                });

        assertThat(committedAfterFlush[0]).as("committed by the view's flush").isFalse();
        assertThat(response.getHeader("X-After-Flush")).isEqualTo("still possible");
        assertThat(response.getContentAsString()).isEqualTo("<html><body>halaman</body></html>");
    }
}
