package id.konsultasi.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real Chromium driven through the chromedriver of the Debian package, headless and offline. On a
 * machine without Chromium the browser tests are skipped, unless {@code BROWSER_TESTS_REQUIRED=true}
 * (set in CI), where they fail instead.
 */
public final class Browser {

    /**
     * Chromium's headless shell when installed (Debian's {@code chromium-headless-shell}): the same Blink without the
     * browser's user interface, whose browser process used less than half the CPU of {@code chromium --headless=new}
     * in the same journeys. The binary itself, not {@code /usr/bin/chromium-headless-shell}: that script starts it
     * without {@code exec}, so ending the script left the shell running after the tests.
     */
    static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM_BINARY",
            new File("/usr/lib/chromium/chromium-headless-shell").canExecute()
                    ? "/usr/lib/chromium/chromium-headless-shell" : "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getenv().getOrDefault("CHROMEDRIVER_BINARY", "/usr/bin/chromedriver");

    private Browser() {
    }

    /** How often a wait looks again (Selenium's default, half a second, was most of a short wait). */
    public static final Duration POLL = Duration.ofMillis(50);

    /** The Chromium of this test JVM, started by the first journey and handed clean to every later one. */
    private static Kept kept;

    /**
     * A browser window of the given size, cookies and storage empty, on a blank page. Chromium starts once per
     * test JVM (a start cost two to six seconds per journey); {@code quit()} wipes what the journey left instead
     * of ending it, and the JVM's exit ends it.
     */
    public static synchronized ChromeDriver start(int width, int height) {
        boolean installed = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!installed) {
            boolean required = "true".equalsIgnoreCase(System.getenv("BROWSER_TESTS_REQUIRED"));
            assertThat(required).as("Chromium is required (BROWSER_TESTS_REQUIRED) but not installed at "
                    + CHROMIUM + " / " + CHROMEDRIVER).isFalse();
            Assumptions.abort("Chromium and chromedriver are not installed: apt-get install -y chromium chromium-driver");
        }
        if (kept == null || !kept.alive()) {
            kept = launch();
        }
        kept.manage().window().setSize(new Dimension(width, height));
        kept.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        kept.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return kept;
    }

    private static Kept launch() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        // --headless=new for Chromium itself; the headless shell has no other mode and ignores it
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-extensions", "--lang=id-ID", "--window-size=1280,900",
                // no smooth scrolling (Bootstrap scrolls smoothly unless the user asks for reduced motion): a click
                // lands where the element is, not where it is on its way to
                "--force-prefers-reduced-motion",
                // the journeys never leave this machine: another host (wa.me, a CDN) fails at once, deterministically
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        Kept driver = new Kept(service, options);
        Runtime.getRuntime().addShutdownHook(new Thread(driver::end, "chromium-quit"));
        return driver;
    }

    /** The one Chromium of the JVM: {@link #quit()} leaves it as a new one would be. */
    static final class Kept extends ChromeDriver {

        private volatile boolean ended;
        private final java.util.Set<String> origins = new java.util.LinkedHashSet<>();

        Kept(ChromeDriverService service, ChromeOptions options) {
            super(service, options);
        }

        boolean alive() {
            if (ended) {
                return false;
            }
            try {
                getWindowHandles();
                return true;
            } catch (RuntimeException gone) {
                return false;
            }
        }

        @Override
        public void get(String url) {
            if (url.startsWith("http")) {
                var page = java.net.URI.create(url);
                origins.add(page.getScheme() + "://" + page.getAuthority());
            }
            super.get(url);
        }

        /** Wipes the journey's traces: other windows, cookies, storage of every site visited, the cache. */
        @Override
        public void quit() {
            try {
                var handles = List.copyOf(getWindowHandles());
                for (String handle : handles.subList(1, handles.size())) {
                    switchTo().window(handle).close();
                }
                switchTo().window(handles.get(0));
                for (String origin : origins) {
                    executeCdpCommand("Storage.clearDataForOrigin", java.util.Map.of("origin", origin,
                            "storageTypes", "all"));
                }
                origins.clear();
                executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
                executeCdpCommand("Network.clearBrowserCache", java.util.Map.of());
                get("about:blank");
            } catch (RuntimeException broken) {
                end();
            }
        }

        void end() {
            if (!ended) {
                ended = true;
                try {
                    super.quit();
                } catch (RuntimeException alreadyGone) {
                    // the JVM is ending: nothing to keep
                }
            }
        }
    }

    /**
     * Signs a demo staff member in with the demo password, starting from no session, and waits for the staff home.
     *
     * @param base the application's address, e.g. {@code http://localhost:8080}
     */
    public static void signIn(ChromeDriver driver, String base, String username) {
        driver.manage().deleteAllCookies();
        driver.get(base + "/masuk");
        driver.findElement(org.openqa.selenium.By.id("username")).sendKeys(username);
        driver.findElement(org.openqa.selenium.By.id("password")).sendKeys(id.konsultasi.demo.DemoData.PASSWORD,
                org.openqa.selenium.Keys.ENTER);
        awaitPath(driver, "/staf");
    }

    /** Waits (up to 10 s) until the browser has arrived at a page whose address ends with the path. */
    public static void awaitPath(ChromeDriver driver, String path) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10), Browser.POLL)
                .until(d -> java.net.URI.create(d.getCurrentUrl()).getPath().endsWith(path));
    }

    /**
     * Waits (up to 15 s) for a condition, through page loads: stale or missing elements are retried, and so is
     * chromedriver's "Node with given id does not belong to the document", its answer (instead of a stale element)
     * when the page reloads between finding an element and reading it.
     */
    public static void waitFor(ChromeDriver driver, java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(15), Browser.POLL)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(d -> {
                    try {
                        return condition.apply(d);
                    } catch (org.openqa.selenium.WebDriverException e) {
                        if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                            return false;
                        }
                        throw e;
                    }
                });
    }

    /**
     * Clicks an element that leaves the page (a form's button, a link) and waits (up to 15 s) until the page it was on
     * is gone: what is looked for next is then found on the new page, not still on the old one.
     */
    public static void clickAndLeave(ChromeDriver driver, org.openqa.selenium.WebElement element) {
        element.click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(15), Browser.POLL)
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(element));
    }

    /** The text of the element found, read again if the page changed under the reading ({@link #waitFor}). */
    public static String textOf(ChromeDriver driver, org.openqa.selenium.By element) {
        String[] text = new String[1];
        waitFor(driver, d -> {
            text[0] = d.findElement(element).getText();
            return true;
        });
        return text[0];
    }

    /** The rules every page is audited against: WCAG 2.0 and 2.1, levels A and AA. */
    static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /** axe-core itself, as the axe-core Selenium artifact ships it. */
    private static final String AXE_SOURCE = axeSource();

    /**
     * Runs axe-core in the page and answers its serious and critical violations, one line each. Only the
     * violations are collected (not the passes) and the script is given to a page once: the Selenium wrapper
     * sent 550 kB and opened a blank window for every audit, a quarter of a browser journey's time.
     */
    private static final String AXE_RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                .then(r => done(r.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                        + v.nodes.map(n => JSON.stringify(n.target)).join(', '))))
                .catch(e => done(['axe-core failed: ' + e]));
            """;

    /** Runs axe-core on the current page; fails on any serious or critical violation. */
    public static void assertAccessible(ChromeDriver driver) {
        if (!Boolean.TRUE.equals(driver.executeScript("return typeof window.axe === 'object';"))) {
            driver.executeScript(AXE_SOURCE);
        }
        Object severe = driver.executeAsyncScript(AXE_RUN, AXE_TAGS);
        assertThat((List<?>) severe).as("axe-core violations on " + driver.getCurrentUrl()).isEmpty();
    }

    private static String axeSource() {
        try (var in = Browser.class.getResourceAsStream("/axe.min.js")) {
            assertThat(in).as("axe.min.js of the axe-core Selenium artifact").isNotNull();
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The page fits a phone screen: nothing wider than the viewport. */
    public static void assertNoHorizontalScroll(ChromeDriver driver) {
        Long overflow = (Long) driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).as("horizontal overflow in px on " + driver.getCurrentUrl()).isLessThanOrEqualTo(0L);
    }
}
