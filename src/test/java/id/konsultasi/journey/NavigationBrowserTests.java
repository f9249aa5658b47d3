package id.konsultasi.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import id.konsultasi.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;


/**
 * In Chromium on a 1280 px desktop, in both languages: the head of office's and the office administrator's
 * navigation stands in one row, no link broken over two lines and no word broken, and each group of links opens as a
 * menu; the signed-in person's own menu holds their password and signing out.
 */
class NavigationBrowserTests extends BrowserJourney {

    /**
     * What breaks in the navigation: a link or menu whose text takes more than one line, and any word of the site's
     * name or of a link broken over two lines. The items shown are counted.
     */
    static final String BROKEN = """
            const rows = rects => {
                const tops = Array.from(rects).filter(r => r.width > 0).map(r => r.top).sort((a, b) => a - b);
                return tops.filter((top, i) => i === 0 || top - tops[i - 1] > 10).length;
            };
            const lines = range => rows(range.getClientRects());
            // what the eye sees of a link: not the text for screen readers beside a badge (visually-hidden)
            const seen = node => !(node.nodeType === 1 && node.classList.contains('visually-hidden'));
            const linesOf = link => rows(Array.from(link.childNodes).filter(seen).flatMap(child => {
                const range = document.createRange();
                range.selectNodeContents(child);
                return Array.from(range.getClientRects());
            }));
            const shown = Array.from(document.querySelectorAll('#nav-main .nav-link')).filter(e => e.offsetParent !== null);
            const broken = [];
            for (const link of shown) {
                if (linesOf(link) > 1) broken.push(link.textContent.trim() + ' on ' + linesOf(link) + ' lines');
            }
            for (const e of [document.querySelector('.app-navbar .navbar-brand'), ...shown]) {
                const walker = document.createTreeWalker(e, NodeFilter.SHOW_TEXT, {acceptNode: text =>
                        text.parentElement.closest('.visually-hidden') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT});
                for (let text = walker.nextNode(); text; text = walker.nextNode()) {
                    for (const word of text.textContent.matchAll(/\\S+/g)) {
                        const range = document.createRange();
                        range.setStart(text, word.index);
                        range.setEnd(text, word.index + word[0].length);
                        if (lines(range) > 1) broken.push('the word ' + word[0] + ' broken');
                    }
                }
            }
            return {shown: shown.length, broken: broken};
            """;

    @Test
    void theHeadsNavigationFitsA1280PxScreen() {
        signIn("kadis.buton");
        assertFits("Disposisi", "Plh/Plt");
        browser.get(url("/staf?lang=en"));
        assertFits("Reports", "Satisfaction index (IKM)");

        // the person's own menu: their password, and signing out
        browser.findElement(By.xpath("//nav//a[contains(@class,'dropdown-toggle') and normalize-space()='"
                + "Drs. La Ode Muhammad Arifin, M.Si.']")).click();
        Browser.waitFor(browser, d -> d.findElement(By.linkText("Change password")).isDisplayed());
        browser.findElement(By.xpath("//nav//button[normalize-space()='Sign out']")).click();
        Browser.awaitPath(browser, "/masuk");
    }

    @Test
    void theAdministratorsNavigationFitsA1280PxScreen() {
        signIn("admin.buton");
        assertFits("Administrasi kantor", "Pengaturan pengaduan");
        browser.get(url("/staf?lang=en"));
        assertFits("Office administration", "Complaint settings");
    }

    void signIn(String username) {
        browser = Browser.start(1280, 800);
        Browser.signIn(browser, url(""), username);
    }

    /** Every item on one line, the menu named opens and shows the link named, and the page passes axe. */
    @SuppressWarnings("unchecked")
    void assertFits(String menu, String linkInMenu) {
        Map<String, Object> navigation = (Map<String, Object>) browser.executeScript(BROKEN);
        assertThat((Long) navigation.get("shown")).as("items of the navigation").isGreaterThan(4L);
        assertThat((List<String>) navigation.get("broken")).as("what breaks in the navigation").isEmpty();
        List<String> below = (List<String>) browser.executeScript("""
                const items = Array.from(document.querySelectorAll('#nav-main > .navbar-nav > .nav-item'));
                const firstRow = items[0].getBoundingClientRect();
                return items.filter(e => e.getBoundingClientRect().top >= firstRow.bottom).map(e => e.textContent.trim());""");
        assertThat(below).as("items below the navigation's first row").isEmpty();
        Browser.assertNoHorizontalScroll(browser);
        Browser.assertAccessible(browser);

        browser.findElement(By.xpath("//nav//a[contains(@class,'dropdown-toggle') and starts-with(normalize-space(), '" + menu + "')]"))
                .click();
        Browser.waitFor(browser, d -> d.findElement(By.linkText(linkInMenu)).isDisplayed());
        Browser.assertAccessible(browser);
    }
}
