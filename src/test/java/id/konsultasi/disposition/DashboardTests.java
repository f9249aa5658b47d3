package id.konsultasi.disposition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import id.konsultasi.office.Offices;
import id.konsultasi.request.Receipt;
import id.konsultasi.request.RequestService;
import id.konsultasi.support.IntegrationTest;
import id.konsultasi.support.Staff;
import id.konsultasi.support.TestClock;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The head's dashboard: most urgent first, deadlines counted down, what is late, filters and search. */
@IntegrationTest
class DashboardTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    RequestService service;
    @Autowired
    Offices offices;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    Document dashboard(String query) throws Exception {
        return Jsoup.parse(mvc.perform(get(URI.create("/staf/disposisi" + query)).with(Staff.as(users, "kadis.buton")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    static List<String> receipts(Document page) {
        return page.select("#worklist tbody tr td:first-child a").eachText();
    }

    @Test
    void urgentWalkInsComeFirstThenTheNearestDeadlineAndLateOnesAreMarked() throws Exception {
        String tag = TestRequests.unique("antrean").split(" ")[1];
        Receipt normal = TestRequests.letter(service, offices, "buton", "Surat biasa " + tag, "biasa@contoh.id");
        Receipt late = TestRequests.letter(service, offices, "buton", "Surat terlambat " + tag, "telat@contoh.id");
        Receipt urgent = TestRequests.walkIn(service, offices, "buton", "Tamu mendesak " + tag, true, "desak@contoh.id");
        Instant now = TestClock.INSTANCE.instant();
        jdbc.update("UPDATE consultation_request SET answer_due_at = ?, consultation_due_at = ? WHERE id = ?",
                Timestamp.from(now.minus(Duration.ofDays(3))), Timestamp.from(now.minus(Duration.ofDays(1))),
                late.requestId());

        Document page = dashboard("?q=" + tag);
        assertThat(receipts(page)).containsExactly(urgent.receiptNumber(), late.receiptNumber(), normal.receiptNumber());
        Element first = page.select("#worklist tbody tr").get(0);
        assertThat(first.text()).contains("Mendesak", "Datang langsung", "Tamu mendesak " + tag);
        Element lateRow = page.select("#worklist tbody tr").get(1);
        assertThat(lateRow.select(".badge[data-state]").eachAttr("data-state")).containsExactly("LATE", "LATE");
        assertThat(lateRow.text()).contains("Terlambat");
        assertThat(page.select("#worklist tbody tr").get(2).select(".badge[data-state]").eachAttr("data-state"))
                .doesNotContain("LATE");
        assertThat(Long.parseLong(page.select("#count-waiting").text())).isGreaterThanOrEqualTo(3);
        assertThat(Long.parseLong(page.select("#count-late").text())).isGreaterThanOrEqualTo(1);
        assertThat(page.select("#status-counts a[data-status=RECEIVED]")).hasSize(1);

        assertThat(receipts(dashboard("?lihat=LATE&q=" + tag))).containsExactly(late.receiptNumber());
        assertThat(receipts(dashboard("?kanal=WALK_IN&q=" + tag))).containsExactly(urgent.receiptNumber());
        assertThat(receipts(dashboard("?mendesak=true&q=" + tag))).containsExactly(urgent.receiptNumber());
        assertThat(receipts(dashboard("?lihat=OPEN&q=" + tag))).hasSize(3);
        assertThat(receipts(dashboard("?q=" + normal.receiptNumber()))).containsExactly(normal.receiptNumber());
        assertThat(receipts(dashboard("?q=Tamu%20mendesak%20" + tag))).containsExactly(urgent.receiptNumber());
        assertThat(receipts(dashboard("?q=" + tag + "%25"))).as("a % is searched as itself").isEmpty();
    }

    @Test
    void theDashboardSpeaksEnglishToo() throws Exception {
        String tag = TestRequests.unique("bahasa").split(" ")[1];
        Receipt receipt = TestRequests.letter(service, offices, "buton", "Konsultasi dalam bahasa Inggris " + tag,
                "en@contoh.id");
        Document page = dashboard("?lang=en&q=" + tag);
        assertThat(page.select("h1").text()).isEqualTo("Head of office: disposition");
        assertThat(page.select("#worklist tbody tr").text()).contains(receipt.receiptNumber(), "Letter", "On time");
        Document request = Jsoup.parse(mvc.perform(get("/staf/disposisi/" + receipt.requestId() + "?lang=en")
                .with(Staff.as(users, "kadis.buton"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        assertThat(request.select("#disposition-form legend").eachText()).contains("Decision", "Urgency", "Instructions");
    }

    @Test
    void theListIsPaginatedInTheDatabase() throws Exception {
        String tag = TestRequests.unique("halaman").split(" ")[1];
        for (int i = 0; i < 27; i++) {
            TestRequests.letter(service, offices, "buton", "Permohonan ke-" + i + " " + tag, "hal@contoh.id");
        }
        Document first = dashboard("?q=" + tag);
        assertThat(receipts(first)).hasSize(25);
        assertThat(first.select("#results").text()).isEqualTo("Hasil: 27 permohonan");
        assertThat(first.select("nav .pagination").text()).contains("Halaman 1 dari 2");
        Document second = dashboard("?q=" + tag + "&hal=1");
        assertThat(receipts(second)).hasSize(2).doesNotContainAnyElementsOf(receipts(first));
    }

    @Test
    void pageLinksFollowThePositionOfTheLastLineInsteadOfCountingFromTheStart() throws Exception {
        String tag = TestRequests.unique("posisi").split(" ")[1];
        List<String> created = new java.util.ArrayList<>();
        for (int i = 0; i < 55; i++) {
            created.add(TestRequests.letter(service, offices, "buton", "Urutan ke-" + i + " " + tag, "urut@contoh.id")
                    .receiptNumber());
        }
        Document first = dashboard("?q=" + tag);
        assertThat(receipts(first)).containsExactlyElementsOf(created.subList(0, 25));
        assertThat(first.select("nav .pagination").text()).contains("Halaman 1 dari 3");

        String toSecond = first.select("nav .pagination a[rel=next]").attr("href");
        assertThat(toSecond).contains("hal=1", "setelah=");
        Document second = page(toSecond);
        assertThat(receipts(second)).containsExactlyElementsOf(created.subList(25, 50));

        String toThird = second.select("nav .pagination a[rel=next]").attr("href");
        List<String> statements = id.konsultasi.support.QueryCounter.statementsOf(() -> {
            try {
                mvc.perform(get(URI.create(toThird)).with(Staff.as(users, "kadis.buton"))).andExpect(status().isOk());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(statements).as("a deep page is read from its position, not counted from the start")
                .noneMatch(sql -> sql.toLowerCase(java.util.Locale.ROOT).contains(" offset "));
        Document third = page(toThird);
        assertThat(receipts(third)).containsExactlyElementsOf(created.subList(50, 55));
        assertThat(third.select("nav .pagination").text()).contains("Halaman 3 dari 3");
        assertThat(third.select("nav .pagination a[rel=next]").attr("href")).isEmpty();

        Document backToSecond = page(third.select("nav .pagination a[rel=prev]").attr("href"));
        assertThat(receipts(backToSecond)).containsExactlyElementsOf(created.subList(25, 50));
        assertThat(backToSecond.select("nav .pagination").text()).contains("Halaman 2 dari 3");
        Document backToFirst = page(backToSecond.select("nav .pagination a[rel=prev]").attr("href"));
        assertThat(receipts(backToFirst)).containsExactlyElementsOf(created.subList(0, 25));

        assertThat(receipts(dashboard("?q=" + tag + "&hal=2"))).as("a page number typed without a position")
                .containsExactlyElementsOf(created.subList(50, 55));
        assertThat(receipts(dashboard("?q=" + tag + "&hal=1&setelah=rusak"))).as("a position that cannot be read")
                .containsExactlyElementsOf(created.subList(25, 50));
    }

    Document page(String link) throws Exception {
        return Jsoup.parse(mvc.perform(get(URI.create(link)).with(Staff.as(users, "kadis.buton")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
