package org.claimgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.claimgraph.SampleStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * End to end in a real browser: Debian's headless Chromium, driven through Debian's chromedriver,
 * against a server on a free loopback port serving the sample corpus. Screenshots go to
 * {@code target/browser/}.
 *
 * <p>No browser is downloaded: when Chromium or chromedriver is missing the test fails and says how
 * to install them ({@code .ci/run} does so before running the tests).
 */
class BrowserUiTest {
    static final Path CHROMIUM = Path.of(System.getProperty("claimgraph.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("claimgraph.chromedriver", "/usr/bin/chromedriver"));
    private static final Duration WAIT = Duration.ofSeconds(30);

    private static RunningServer server;
    private static WebDriver driver;
    private static Path profile;
    private static Path shots;

    @BeforeAll
    static void start() throws IOException {
        for (Path p : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(p)) {
                throw new AssertionError(p + " not found: the browser test needs Debian's Chromium and its driver."
                        + " Install them with: sudo apt-get install -y chromium chromium-driver"
                        + " (bash .ci/run does this), or point -Dclaimgraph.chromium / -Dclaimgraph.chromedriver at them.");
            }
        }
        shots = Path.of(System.getProperty("claimgraph.buildDir", "target"), "browser");
        Files.createDirectories(shots);
        server = FusekiLauncher.start(SampleStore.sample(), new ServeOptions("127.0.0.1", 0, "claims"));
        profile = Files.createTempDirectory("claimgraph-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1280,1100", "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(WAIT);
    }

    @AfterAll
    static void stop() throws IOException {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            if (server != null) {
                server.stop();
            }
            if (profile != null) {
                try (var files = Files.walk(profile)) {
                    files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
                }
            }
        }
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(driver, WAIT) {
            @Override
            protected RuntimeException timeoutException(String message, Throwable lastException) {
                // Keep what the browser showed, to see why the wait failed.
                try {
                    Files.writeString(shots.resolve("failure.html"), driver.getPageSource());
                    screenshot("failure.png");
                } catch (IOException | RuntimeException | AssertionError e) {
                    message += " (could not save the page: " + e + ")";
                }
                return super.timeoutException(message + "; page saved to " + shots.resolve("failure.html")
                        + " at " + driver.getCurrentUrl(), lastException);
            }
        };
    }

    private static Path screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Path target = shots.resolve(name);
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        assertTrue(Files.size(target) > 10_000, "screenshot " + target + " looks empty");
        return target;
    }

    @Test
    void uiOpensTheDatasetQueryPageAndRunsASavedQuery() throws IOException {
        // 1. The Fuseki UI lists the dataset; its query button opens the dataset's query page.
        driver.get(server.baseUrl());
        WebElement queryButton = waiting().until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//tr[td[normalize-space()='/claims']]//button[normalize-space()='query']")));
        queryButton.click();
        waiting().until(ExpectedConditions.urlContains("/dataset/claims/query"));
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#yasqe .CodeMirror")));

        // 2. The landing page's link for a saved query opens it, ready to run, in that editor.
        driver.get(server.browseUrl());
        waiting().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("a.open-query[data-query='who-said-what']"))).click();
        waiting().until(ExpectedConditions.urlContains("/dataset/claims/query?query="));
        waiting().until(d -> editorText().contains("# title: Who said what"));

        // 3. Run it through the page and read the result table.
        waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector(".yasqe_queryButton"))).click();
        WebElement table = waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#yasr table.dataTable tbody")));
        waiting().until(d -> table.getText().contains("Antony Blinken"));
        String rows = table.getText();
        assertTrue(rows.contains("Antony Blinken"), rows);
        assertTrue(rows.contains("Alexander Fomin"), rows);
        assertTrue(rows.contains("Dmitry Peskov"), rows);
        List<WebElement> headers = driver.findElements(By.cssSelector("#yasr table.dataTable thead th"));
        assertTrue(headers.stream().anyMatch(h -> h.getText().contains("speaker")), "speaker column");
        screenshot("fuseki-ui-who-said-what.png");
    }

    private static String editorText() {
        Object text = ((JavascriptExecutor) driver).executeScript(
                "var cm = document.querySelector('#yasqe .CodeMirror'); return cm && cm.CodeMirror ? cm.CodeMirror.getValue() : '';");
        return text == null ? "" : text.toString();
    }

    @Test
    void landingPageDrawsTheNetworkAndNodesOpenTheirPages() throws IOException {
        driver.get(server.browseUrl());
        WebElement network = driver.findElement(By.id("network"));
        waiting().until(d -> network.getAttribute("data-nodes") != null
                || driver.findElement(By.id("network-status")).getAttribute("class").contains("error"));
        String status = driver.findElement(By.id("network-status")).getText();
        assertTrue(network.getAttribute("data-nodes") != null, status);
        int nodes = Integer.parseInt(network.getAttribute("data-nodes"));
        int edges = Integer.parseInt(network.getAttribute("data-edges"));
        assertTrue(nodes >= 20 && edges >= 20, status);
        assertTrue(driver.findElements(By.cssSelector("#network canvas")).size() == 1, "vis-network draws a canvas");
        // The network holds the speakers and the places they spoke about.
        Object hasFomin = ((JavascriptExecutor) driver).executeScript(
                "var n = window.claimgraphNetwork.network.body.data.nodes;"
                        + " return n.get('https://claimgraph.org/id/person/alexander-fomin') !== null"
                        + " && n.get('https://claimgraph.org/id/place/kyiv') !== null;");
        assertEquals(Boolean.TRUE, hasFomin);
        ((JavascriptExecutor) driver).executeScript("document.getElementById('network-section').scrollIntoView();");
        screenshot("browse-network.png");
    }

    @Test
    void statementPageShowsTheHighlightedSentence() throws IOException {
        QuerySolution st = LinkedDataTest.blinkenStatement(SampleStore.sample());
        driver.get(server.pageUrl(st.getResource("s").getURI()));
        WebElement speaker = waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("section.excerpt blockquote mark.speaker")));
        assertEquals(st.getLiteral("speakerText").getLexicalForm(), speaker.getText());
        assertEquals(st.getLiteral("cue").getLexicalForm(),
                driver.findElement(By.cssSelector("section.excerpt blockquote mark.cue")).getText());
        // follow the speaker link to his page
        driver.findElement(By.cssSelector("table.triples.out a[href='/id/person/antony-blinken']")).click();
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Antony Blinken"));
        screenshot("person-page.png");
    }
}
