package id.konsultasi.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
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

    /** Runs axe-core on the current page; fails on any serious or critical violation. */
    public static void assertAccessible(ChromeDriver driver) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver);
        List<Rule> severe = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact())).toList();
        assertThat(severe).as("axe-core violations on " + driver.getCurrentUrl() + ": " + describe(severe)).isEmpty();
    }

    /** The page fits a phone screen: nothing wider than the viewport. */
    public static void assertNoHorizontalScroll(ChromeDriver driver) {
        Long overflow = (Long) driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).as("horizontal overflow in px on " + driver.getCurrentUrl()).isLessThanOrEqualTo(0L);
    }

    private static String describe(List<Rule> rules) {
        return rules.stream().map(r -> r.getId() + " (" + r.getImpact() + "): " + r.getHelp() + " at "
                        + r.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
    }
}
