package io.github.assessmentkit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.assessmentkit.report.spi.ReportLanguage;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Each report opened in headless Chromium: no console error, every chart drawn with a non-empty
 * bounding box, a screenshot under {@code target/report-tests} that is not blank, and for the
 * injection attempts no flag set by a script and no dialog opened, with and without the page's
 * Content-Security-Policy.
 *
 * <p>Needs Debian's {@code chromium} and {@code chromium-driver} ({@code /usr/bin/chromium}, {@code
 * /usr/bin/chromedriver}); nothing is downloaded. Without them the tests are skipped, except when
 * {@code CI=true}, where they fail. Run the other tests alone with {@code
 * -DexcludedGroups=browser}.
 */
@Tag("browser")
class BrowserTest {
  private static final Path CHROMIUM =
      Path.of(System.getProperty("report.chromium", "/usr/bin/chromium"));
  private static final Path CHROMEDRIVER =
      Path.of(System.getProperty("report.chromedriver", "/usr/bin/chromedriver"));

  private static final String MISSING =
      "no "
          + CHROMIUM
          + " or "
          + CHROMEDRIVER
          + " (apt-get install chromium chromium-driver fonts-thai-tlwg)";

  private static ChromeDriver driver;
  private static Path profile;

  @BeforeAll
  static void start() throws IOException {
    if (!browserPresent()) {
      if ("true".equals(System.getenv("CI"))) {
        fail("the browser tests need Chromium in CI: " + MISSING);
      }
      return; // each test is skipped, see skipWithoutBrowser()
    }
    profile = Files.createTempDirectory("report-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1200,1600",
        "--user-data-dir=" + profile);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
  }

  private static boolean browserPresent() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  @BeforeEach
  void skipWithoutBrowser() {
    assumeTrue(driver != null, MISSING);
  }

  @AfterAll
  static void stop() throws IOException {
    if (driver != null) {
      driver.quit();
    }
    if (profile != null) {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** Opens a file, waits for it to load and clears the console log of anything before. */
  private static void open(Path file) {
    driver.manage().logs().get(LogType.BROWSER);
    driver.get(file.toUri().toString());
    assertThat(driver.executeScript("return document.readyState")).isEqualTo("complete");
  }

  private static List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
        .map(LogEntry::toString)
        .toList();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> chartBoxes() {
    return (List<Map<String, Object>>)
        driver.executeScript(
            "return Array.from(document.querySelectorAll('svg.chart')).map(s => {"
                + " const b = s.getBBox(); return {id: s.id, width: b.width, height: b.height}; })");
  }

  /** Takes a screenshot of the whole page (beyond the window) as PNG bytes. */
  private static byte[] screenshot(Path file) throws IOException {
    Number width = (Number) driver.executeScript("return document.documentElement.scrollWidth");
    Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight");
    Map<String, Object> clip = new HashMap<>();
    clip.put("x", 0);
    clip.put("y", 0);
    clip.put("width", width.intValue());
    clip.put("height", Math.min(height.intValue(), 16000));
    clip.put("scale", 1);
    Map<String, Object> shot =
        driver.executeCdpCommand(
            "Page.captureScreenshot",
            Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
    byte[] png = Base64.getDecoder().decode((String) shot.get("data"));
    Files.write(file, png);
    return png;
  }

  /** The share of pixels, 0 to 1, that differ from the most common colour. */
  private static double nonBackgroundShare(byte[] png) throws IOException {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    Map<Integer, Integer> counts = new HashMap<>();
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        counts.merge(image.getRGB(x, y), 1, Integer::sum);
      }
    }
    int total = counts.values().stream().mapToInt(Integer::intValue).sum();
    int most = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    assertThat(counts).as("colours in the screenshot").hasSizeGreaterThan(16);
    return (total - most) / (double) total;
  }

  private static void assertDrawnAndNotBlank(Path page, String shotName, int charts)
      throws IOException {
    open(page);
    List<Map<String, Object>> boxes = chartBoxes();
    assertThat(boxes).hasSize(charts);
    for (Map<String, Object> box : boxes) {
      assertThat(((Number) box.get("width")).doubleValue()).as("width of %s", box).isPositive();
      assertThat(((Number) box.get("height")).doubleValue()).as("height of %s", box).isPositive();
    }
    byte[] png = screenshot(Rendered.outputDirectory().resolve(shotName));
    // Text, tables and charts on white: well over 1 % of the pixels are not the background.
    assertThat(nonBackgroundShare(png)).isGreaterThan(0.01);
    assertThat(consoleErrors()).isEmpty();
  }

  @Test
  void theScorecardReportIsDrawn() throws IOException {
    for (ReportLanguage language : ReportLanguage.values()) {
      String name = "scorecard-" + language.name().toLowerCase(java.util.Locale.ROOT);
      Path page =
          Rendered.write(name + ".html", Rendered.scorecard(Fixtures.cqaReport(), language));
      assertDrawnAndNotBlank(page, name + ".png", 2);
    }
  }

  @Test
  void theRoundReportIsDrawn() throws IOException {
    Path page =
        Rendered.write("round.html", Rendered.cohort(Fixtures.round(), ReportLanguage.BOTH));
    // Three ladders and one award scheme of the CQA set: four charts.
    assertDrawnAndNotBlank(page, "round.png", 4);
  }

  @Test
  void theHistoryReportIsDrawn() throws IOException {
    for (ReportLanguage language : ReportLanguage.values()) {
      String name = "history-" + language.name().toLowerCase(java.util.Locale.ROOT);
      Path page =
          Rendered.write(name + ".html", Rendered.history(YearsFixtures.report(), language));
      // The total, G1 and G2: three trend lines.
      assertDrawnAndNotBlank(page, name + ".png", 3);
    }
  }

  @Test
  void openingEveryNodeOfTheTreeRaisesNoError() {
    Path page =
        Rendered.write(
            "scorecard-open.html", Rendered.scorecard(Fixtures.cqaReport(), ReportLanguage.BOTH));
    open(page);
    Number opened =
        (Number)
            driver.executeScript(
                "const d = document.querySelectorAll('details');"
                    + " d.forEach(x => x.open = true); return d.length;");
    assertThat(opened.intValue())
        .isEqualTo(Fixtures.cqaReport().scorecard().root().stream().count());
    assertThat(consoleErrors()).isEmpty();
  }

  /** Opens a page with the attempts, opens every fold, and checks that nothing of theirs ran. */
  private static void assertNothingRan(Path page) {
    open(page);
    driver.executeScript(
        "document.querySelectorAll('details').forEach(x => x.open = true);"
            + " document.querySelectorAll('*').forEach(x => {"
            + " x.dispatchEvent(new MouseEvent('mouseover', {bubbles: true})); });");
    // Let the toggle events and any timers queued by the page run before looking.
    driver.executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + " requestAnimationFrame(() => setTimeout(done, 100));");
    assertThatNoDialogIsOpen();
    assertThat(driver.executeScript("return typeof window.__xss")).isEqualTo("undefined");
  }

  private static void assertThatNoDialogIsOpen() {
    try {
      String text = driver.switchTo().alert().getText();
      fail("a dialog opened: " + text);
    } catch (NoAlertPresentException expected) {
      // no dialog: as it should be
    }
  }

  @Test
  void theInjectionAttemptsRunNothing() throws IOException {
    String scorecard = Rendered.scorecard(Fixtures.hostileReport(), ReportLanguage.BOTH);
    String round = Rendered.cohort(Fixtures.hostileRound(), ReportLanguage.THAI);
    Path scorecardPage = Rendered.write("xss-scorecard.html", scorecard);
    Path roundPage = Rendered.write("xss-round.html", round);
    assertNothingRan(scorecardPage);
    // Nothing was even tried: a blocked script would show as a CSP error in the console.
    assertThat(consoleErrors()).isEmpty();
    screenshot(Rendered.outputDirectory().resolve("xss-scorecard.png"));
    assertNothingRan(roundPage);
    assertThat(consoleErrors()).isEmpty();
    String years = Rendered.history(YearsFixtures.hostile(), ReportLanguage.BOTH);
    assertNothingRan(Rendered.write("xss-history.html", years));
    assertThat(consoleErrors()).isEmpty();
    // Without the Content-Security-Policy, the escaping alone keeps them inert.
    String policy = "<meta http-equiv=\"Content-Security-Policy\"";
    assertThat(scorecard).contains(policy);
    assertNothingRan(
        Rendered.write("xss-scorecard-no-csp.html", scorecard.replace(policy, "<meta name=\"x\"")));
    assertNothingRan(
        Rendered.write("xss-round-no-csp.html", round.replace(policy, "<meta name=\"x\"")));
    assertNothingRan(
        Rendered.write("xss-history-no-csp.html", years.replace(policy, "<meta name=\"x\"")));
    assertThat(consoleErrors()).isEmpty();
  }

  @Test
  void theChecksSeeWhatTheyLookFor() {
    // A page under the reports' policy with an inline script: the script is blocked, and the
    // console says so; the same page without the policy runs it and the flag is set.
    String policy =
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"
            + " style-src 'unsafe-inline'; img-src data:\">";
    String body = "<p>ทดสอบ</p><script>window.__xss = 1;</script>";
    open(
        Rendered.write(
            "check-blocked.html",
            "<!DOCTYPE html><html lang=\"th\"><head>"
                + policy
                + "</head><body>"
                + body
                + "</body></html>"));
    assertThat(driver.executeScript("return typeof window.__xss")).isEqualTo("undefined");
    assertThat(consoleErrors()).anySatisfy(e -> assertThat(e).contains("Content Security Policy"));
    open(
        Rendered.write(
            "check-runs.html",
            "<!DOCTYPE html><html lang=\"th\"><head></head><body>" + body + "</body></html>"));
    assertThat(driver.executeScript("return typeof window.__xss")).isEqualTo("number");
  }

  @Test
  void theScorecardPrintsOnA4() throws IOException {
    Path page =
        Rendered.write(
            "scorecard-print.html", Rendered.scorecard(Fixtures.cqaReport(), ReportLanguage.BOTH));
    open(page);
    // The page's own @page rule sets the paper: A4 is 210 × 297 mm, 595.28 × 841.89 points.
    Map<String, Object> pdf =
        driver.executeCdpCommand(
            "Page.printToPDF", Map.of("preferCSSPageSize", true, "printBackground", true));
    byte[] bytes = Base64.getDecoder().decode((String) pdf.get("data"));
    Files.write(Rendered.outputDirectory().resolve("scorecard.pdf"), bytes);
    String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
    assertThat(text).startsWith("%PDF-");
    java.util.regex.Matcher box =
        java.util.regex.Pattern.compile("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]").matcher(text);
    assertThat(box.find()).as("a page size in the PDF").isTrue();
    assertThat(Double.parseDouble(box.group(1)))
        .isCloseTo(595.28, org.assertj.core.data.Offset.offset(1.0));
    assertThat(Double.parseDouble(box.group(2)))
        .isCloseTo(841.89, org.assertj.core.data.Offset.offset(1.0));
    assertThat(consoleErrors()).isEmpty();
  }
}
