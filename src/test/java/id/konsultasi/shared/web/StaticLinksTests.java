package id.konsultasi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Links to static files are looked up once each; links to pages never. */
class StaticLinksTests {

    final List<String> lookups = new ArrayList<>();
    final Map<String, String> files = Map.of("/css/app.css", "/css/app-0123abcd.css",
            "/webjars/bootstrap/css/bootstrap.min.css", "/webjars/bootstrap/5.3.8/css/bootstrap.min.css");
    final StaticLinks links = new StaticLinks(path -> {
        lookups.add(path);
        return files.get(path);
    });

    @Test
    void aPageLinkIsNeverLookedUp() {
        for (String page : List.of("/", "/kantor/buton", "/kantor/buton/ajukan?lang=en", "/staf/disposisi/123",
                "/lacak/AbC123", "https://contoh.id/css/app.css", "/cssx/app.css")) {
            assertThat(links.link("", page)).isEqualTo(page);
        }
        assertThat(lookups).isEmpty();
    }

    @Test
    void aStaticLinkIsLookedUpOnceFoundOrNot() {
        for (int i = 0; i < 3; i++) {
            assertThat(links.link("", "/css/app.css")).isEqualTo("/css/app-0123abcd.css");
            assertThat(links.link("", "/webjars/bootstrap/css/bootstrap.min.css"))
                    .isEqualTo("/webjars/bootstrap/5.3.8/css/bootstrap.min.css");
            assertThat(links.link("", "/js/tidak-ada.js")).isEqualTo("/js/tidak-ada.js");
        }
        assertThat(lookups).containsExactly("/css/app.css", "/webjars/bootstrap/css/bootstrap.min.css",
                "/js/tidak-ada.js");
    }

    @Test
    void theContextPathAndAQueryAreKept() {
        assertThat(links.link("/konsultasi", "/konsultasi/css/app.css?v=1#top")).isEqualTo("/konsultasi/css/app-0123abcd.css?v=1#top");
        assertThat(links.link("/konsultasi", "/konsultasi/kantor/buton")).isEqualTo("/konsultasi/kantor/buton");
        assertThat(lookups).containsExactly("/css/app.css");
    }
}
