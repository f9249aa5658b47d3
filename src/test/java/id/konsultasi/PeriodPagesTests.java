package id.konsultasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.Staff;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every page with a period says the same of one that cannot be: a reversed or too long period is a form error in
 * the user's language, the typed days stay in the form, and an export of it leads back to its page (never a 500,
 * never a silent swap).
 */
@IntegrationTest
class PeriodPagesTests {

    record PeriodPage(String path, String export, String who) {
    }

    static final List<PeriodPage> PAGES = List.of(
            new PeriodPage("/staf/laporan", "/staf/laporan/ekspor.csv", "admin.buton"),
            new PeriodPage("/staf/ikm", "/staf/ikm/ekspor.xlsx", "admin.buton"),
            new PeriodPage("/staf/piket/buku-tamu", "/staf/piket/buku-tamu.csv", "piket.buton"),
            new PeriodPage("/staf/agenda", "/staf/agenda/buku-agenda.csv", "sekretariat.buton"));

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    Document page(PeriodPage page, String from, String to, String lang) throws Exception {
        return Jsoup.parse(mvc.perform(get(page.path()).param("dari", from).param("sampai", to).param("lang", lang)
                        .with(Staff.as(users, page.who())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void aReversedPeriodIsAFormErrorInTheUsersLanguageWithTheTypedDaysKept() throws Exception {
        for (PeriodPage p : PAGES) {
            Document id = page(p, "2026-10-31", "2026-10-01", "id");
            assertThat(id.select("#period-error").text()).as(p.path())
                    .startsWith("Tanggal akhir harus sesudah tanggal awal");
            assertThat(id.select("input#dari").val()).as(p.path()).isEqualTo("2026-10-31");
            assertThat(id.select("input#sampai").val()).as(p.path()).isEqualTo("2026-10-01");
            assertThat(id.select("input#dari").attr("aria-describedby")).isEqualTo("period-error");

            Document en = page(p, "2026-10-31", "2026-10-01", "en");
            assertThat(en.select("#period-error").text()).as(p.path())
                    .startsWith("The end date must be after the start date");
        }
    }

    @Test
    void aPeriodOfMoreThanAYearIsAFormErrorToo() throws Exception {
        for (PeriodPage p : PAGES) {
            Document id = page(p, "2025-01-01", "2026-06-30", "id");
            assertThat(id.select("#period-error").text()).as(p.path()).startsWith("Periode paling panjang satu tahun");
            assertThat(id.select("input#sampai").val()).as(p.path()).isEqualTo("2026-06-30");
        }
    }

    @Test
    void aPossiblePeriodShowsNoError() throws Exception {
        for (PeriodPage p : PAGES) {
            Document id = page(p, "2026-10-01", "2026-10-31", "id");
            assertThat(id.select("#period-error")).as(p.path()).isEmpty();
            assertThat(id.select("input#dari").val()).as(p.path()).isEqualTo("2026-10-01");
            assertThat(id.select("input#dari").hasAttr("aria-describedby")).isFalse();
        }
    }

    @Test
    void anExportOfAReversedPeriodLeadsBackToItsPage() throws Exception {
        for (PeriodPage p : PAGES) {
            String location = mvc.perform(get(p.export()).param("dari", "2026-10-31").param("sampai", "2026-10-01")
                            .with(Staff.as(users, p.who())))
                    .andExpect(status().isSeeOther()).andReturn().getResponse().getRedirectedUrl();
            assertThat(location).as(p.export()).startsWith(p.path() + "?").contains("dari=2026-10-31", "sampai=2026-10-01");
        }
    }
}
