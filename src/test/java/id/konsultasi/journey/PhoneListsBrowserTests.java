package id.konsultasi.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import id.konsultasi.account.UserAdministration;
import id.konsultasi.demo.DemoData;
import id.konsultasi.desk.DeskService;
import id.konsultasi.desk.Guest;
import id.konsultasi.desk.VisitKind;
import id.konsultasi.desk.WaitingBoard;
import id.konsultasi.office.OfficeAdministration;
import id.konsultasi.office.OfficeDirectory;
import id.konsultasi.office.Offices;
import id.konsultasi.request.ApplicantType;
import id.konsultasi.shared.security.StaffPrincipal;
import id.konsultasi.support.Browser;
import id.konsultasi.support.GeneratedRequests;
import id.konsultasi.support.GeneratedRequests.BenchOffice;
import id.konsultasi.support.Staff;
import id.konsultasi.support.TestClock;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * In Chromium on a 390 px phone: the staff lists (the head's dashboard, the request list, the duty desk's board and
 * guest book, the agenda book, complaints, the IKM page and the administrators' lists) become cards below the small
 * breakpoint: nothing scrolls sideways, no word is broken letter by letter in a column squeezed narrower than it,
 * and axe finds nothing.
 */
class PhoneListsBrowserTests extends BrowserJourney {

    /**
     * What a phone does not fit: a visible element narrower than the longest word of its own text (measured with a
     * canvas in the element's font), a word of it broken over two lines (measured with a range), or a part of the
     * page that scrolls sideways on its own. One line each.
     */
    static final String SQUEEZED = """
            const canvas = document.createElement('canvas').getContext('2d');
            const rows = range => {
                const tops = Array.from(range.getClientRects()).filter(r => r.width > 0).map(r => r.top)
                        .sort((a, b) => a - b);
                return tops.filter((top, i) => i === 0 || top - tops[i - 1] > 4).length;
            };
            const squeezed = [];
            const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
            for (let text = walker.nextNode(); text; text = walker.nextNode()) {
                const e = text.parentElement;
                if (!/\\S/.test(text.textContent) || e.closest('.visually-hidden, script, style, option, select')
                        || e.getClientRects().length === 0) continue;
                const style = getComputedStyle(e);
                if (style.visibility === 'hidden') continue;
                const words = text.textContent.match(/\\S+/g);
                canvas.font = style.font;
                const width = w => canvas.measureText(style.textTransform === 'uppercase' ? w.toUpperCase() : w).width;
                const longest = words.reduce((a, b) => width(a) >= width(b) ? a : b);
                if (style.display !== 'inline') {
                    const room = e.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
                    // an element as wide as its parent's content (a card's line) has all the room there is: a word
                    // wider than that has to break (below), it is not squeezed by its neighbours
                    const parent = e.parentElement, parentStyle = getComputedStyle(parent);
                    const full = parent.clientWidth - parseFloat(parentStyle.paddingLeft)
                            - parseFloat(parentStyle.paddingRight);
                    const fillsItsParent = e.getBoundingClientRect().width + 1 >= full;
                    if (room + 1 < width(longest) && !fillsItsParent) {
                        squeezed.push(e.tagName + ' ' + Math.round(room) + ' px for "' + longest + '" ('
                                + Math.round(width(longest)) + ' px)');
                        continue;
                    }
                }
                // a word wider than the whole line it stands in (a long code, an address) has to break: not squeezed
                const block = e.closest('td, th, li, p, dd, dt, div') || e;
                const blockStyle = getComputedStyle(block);
                const line = block.clientWidth - parseFloat(blockStyle.paddingLeft) - parseFloat(blockStyle.paddingRight);
                // a hyphen is a place to break a line ("telat-" / "e7ac75"): the parts between are the words
                for (const word of text.textContent.matchAll(/[^\\s-]+/g)) {
                    if (width(word[0]) > line) continue;
                    const range = document.createRange();
                    range.setStart(text, word.index);
                    range.setEnd(text, word.index + word[0].length);
                    if (rows(range) > 1) squeezed.push(e.tagName + ': the word "' + word[0] + '" broken');
                }
            }
            // a part of the page that scrolls sideways on its own (a table in .table-responsive) hides columns too
            for (const e of document.querySelectorAll('main *')) {
                const overflow = getComputedStyle(e).overflowX;
                if ((overflow === 'auto' || overflow === 'scroll') && e.scrollWidth > e.clientWidth + 1) {
                    squeezed.push(e.tagName + '.' + e.className + ' scrolls sideways: ' + e.scrollWidth + ' px in '
                            + e.clientWidth + ' px');
                }
            }
            return squeezed;
            """;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OfficeAdministration administration;
    @Autowired
    Offices offices;
    @Autowired
    OfficeDirectory directory;
    @Autowired
    UserAdministration userAdministration;
    @Autowired
    UserDetailsService users;
    @Autowired
    DeskService deskService;
    @Autowired
    WaitingBoard waitingBoard;

    @Test
    void theHeadsListsFitAPhone() {
        BenchOffice office = GeneratedRequests.createOffice(administration, offices, directory, userAdministration);
        GeneratedRequests.insert(jdbc, office, 1, 40, TestClock.INSTANCE.instant());
        signIn(office.head(), "rahasia-sekali-123");
        for (String page : List.of("/staf/disposisi", "/staf/permohonan", "/staf/disposisi?lang=en",
                "/staf/permohonan?status=CLOSED")) {
            assertFitsAPhone(page, "main table");
        }
        assertFitsAPhone("/staf/pengaduan", null);
        assertFitsAPhone("/staf/ikm", null);
        assertFitsAPhone("/staf/kinerja", "main form");
    }

    @Test
    void theDeskAndAdministratorsListsFitAPhone() {
        // a walk-in with a long name and institution, led in: on the board's "being served" table, in the guest book
        // and (a new consultation is registered) in the agenda book
        StaffPrincipal desk = Staff.principal(users, "piket.buton");
        long visit = deskService.registerWalkIn(desk, new DeskService.WalkIn(UUID.randomUUID().toString(),
                new Guest("Wa Ode Nurhayati Kusumawardhani", "Kelurahan Wangkanapi, Kecamatan Wolio", "+6281234567890",
                        "7404011203850001", true, "Menanyakan bantuan rehabilitasi sosial"),
                VisitKind.NEW_CONSULTATION, ApplicantType.PERSON, null, null, "Rehabilitasi sosial penyandang disabilitas",
                null, false, null));
        waitingBoard.leadIn(desk, visit, deskService.visit(desk, visit).getVersion(), null);
        // a sender whose name is one word wider than a phone's card (an e-mail address typed as the name): it breaks
        // where it must, and the card is not "squeezed" for it (CI met one from another class's test data)
        long mailName = deskService.registerWalkIn(desk, new DeskService.WalkIn(UUID.randomUUID().toString(),
                new Guest("nurhayati.kusumawardhani.wangkanapi@contoh.id", "Kelurahan Wangkanapi", "+6281234567891",
                        "7404011203850002", true, "Menanyakan bantuan sosial"),
                VisitKind.NEW_CONSULTATION, ApplicantType.PERSON, null, null, "Bantuan sosial", null, false, null));
        waitingBoard.leadIn(desk, mailName, deskService.visit(desk, mailName).getVersion(), null);

        signIn("sekretariat.buton", DemoData.PASSWORD);
        assertFitsAPhone("/staf/piket", "main table");
        assertFitsAPhone("/staf/piket/buku-tamu", "#guest-book");
        assertFitsAPhone("/staf/agenda", "#agenda-book");
        assertFitsAPhone("/staf/pengaduan", "#complaints");
        assertFitsAPhone("/staf/surat", null);
        browser.quit();
        signIn("admin.buton", DemoData.PASSWORD);
        for (String page : List.of("/admin/pengguna", "/admin/pengguna?lang=en", "/admin/surel", "/admin/ruang",
                "/admin/bidang", "/admin/libur")) {
            assertFitsAPhone(page, "main table");
        }
        assertFitsAPhone("/staf/ikm", "#recap");
        assertFitsAPhone("/admin/akses-data", null);
        assertFitsAPhone("/admin/pengguna/percobaan-masuk", null);
        browser.quit();
        signIn("admin", DemoData.PASSWORD);
        assertFitsAPhone("/sistem/kantor", "main table");
        assertFitsAPhone("/sistem/libur", "main table");
    }

    void signIn(String username, String password) {
        browser = Browser.start(390, 844);
        browser.get(url("/masuk"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("main button[type=submit]")).click();
        Browser.awaitPath(browser, "/staf");
    }

    /** The page shows its list (when a selector is given), fits the phone, breaks no word and passes axe. */
    @SuppressWarnings("unchecked")
    void assertFitsAPhone(String page, String list) {
        browser.get(url(page));
        if (list != null) {
            assertThat(browser.findElements(By.cssSelector(list))).as("the list of " + page).isNotEmpty();
        }
        Browser.assertNoHorizontalScroll(browser);
        assertThat((List<String>) browser.executeScript(SQUEEZED)).as("what is squeezed on " + page).isEmpty();
        Browser.assertAccessible(browser);
    }
}
