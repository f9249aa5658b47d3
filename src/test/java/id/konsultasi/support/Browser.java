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

    static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getenv().getOrDefault("CHROMEDRIVER_BINARY", "/usr/bin/chromedriver");

    private Browser() {
    }

    public static ChromeDriver start(int width, int height) {
        boolean installed = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!installed) {
            boolean required = "true".equalsIgnoreCase(System.getenv("BROWSER_TESTS_REQUIRED"));
            assertThat(required).as("Chromium is required (BROWSER_TESTS_REQUIRED) but not installed at "
                    + CHROMIUM + " / " + CHROMEDRIVER).isFalse();
            Assumptions.abort("Chromium and chromedriver are not installed: apt-get install -y chromium chromium-driver");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-extensions", "--lang=id-ID", "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** Waits (up to 10 s) until the browser has arrived at a page whose address ends with the path. */
    public static void awaitPath(ChromeDriver driver, String path) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> java.net.URI.create(d.getCurrentUrl()).getPath().endsWith(path));
    }

    /** Waits (up to 15 s) for a condition, through page loads (stale or missing elements are retried). */
    public static void waitFor(ChromeDriver driver, java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(condition::apply);
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
