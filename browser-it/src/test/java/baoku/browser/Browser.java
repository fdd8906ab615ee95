package baoku.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium under Selenium, as the tests use it: never a downloaded browser or
 * driver. Waits for what it is asked to find, and saves screenshots by step name.
 */
final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of(System.getProperty("baoku.chromium", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER =
      Path.of(System.getProperty("baoku.chromedriver", "/usr/bin/chromedriver"));
  private static final Duration WAIT = Duration.ofSeconds(15);

  private final ChromeDriver driver;
  private final Path screenshots;
  private final Path profile;

  private Browser(ChromeDriver driver, Path screenshots, Path profile) {
    this.driver = driver;
    this.screenshots = screenshots;
    this.profile = profile;
  }

  /**
   * Skips where Chromium is not installed, except in CI ({@code CI} set), where a missing browser
   * is a failure: apt-get install chromium chromium-driver fonts-wqy-zenhei.
   */
  static void requireChromium() {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    String hint =
        "needs "
            + CHROMIUM
            + " and "
            + CHROMEDRIVER
            + " (apt-get install chromium chromium-driver fonts-wqy-zenhei)";
    if (System.getenv("CI") != null) {
      assertThat(present).as(hint).isTrue();
    }
    Assumptions.assumeTrue(present, hint);
  }

  static Browser open(Path screenshots) {
    try {
      Files.createDirectories(screenshots);
      Path profile = Files.createTempDirectory("baoku-chromium-");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM.toFile());
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--lang=zh-CN",
          "--window-size=1200,900",
          "--user-data-dir=" + profile);
      ChromeDriverService service =
          new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
      return new Browser(driver, screenshots, profile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void open(String url) {
    driver.get(url);
  }

  String title() {
    return driver.getTitle();
  }

  String url() {
    return driver.getCurrentUrl();
  }

  WebElement find(String css) {
    return new WebDriverWait(driver, WAIT)
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  List<WebElement> findAll(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  /** Clicks and waits for the page it leads to. */
  void click(By what) {
    WebElement link =
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(what));
    link.click();
    new WebDriverWait(driver, WAIT).until(ExpectedConditions.stalenessOf(link));
  }

  /** Moves the pointer over {@code element}, as a reader's mouse would. */
  void hover(WebElement element) {
    new org.openqa.selenium.interactions.Actions(driver).moveToElement(element).perform();
  }

  /** A computed style of {@code element}, e.g. a zone's outline colour while hovered. */
  String style(WebElement element, String property) {
    return element.getCssValue(property);
  }

  void back() {
    driver.navigate().back();
  }

  /** The number of hits a search page reports. */
  long total() {
    return Long.parseLong(find(".total").getText().strip());
  }

  @SuppressWarnings("unchecked")
  <T> T script(String source) {
    return (T) ((JavascriptExecutor) driver).executeScript(source);
  }

  /**
   * The serious and critical accessibility violations axe-core finds on the open page, each as its
   * rule and the first elements at fault; axe is put into the page from its WebJar.
   */
  @SuppressWarnings("unchecked")
  List<String> accessibilityViolations() {
    if (!Boolean.TRUE.equals(script("return typeof axe !== 'undefined';"))) {
      script(axeSource());
    }
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    Object found =
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + " axe.run(document, {resultTypes: ['violations']}).then(r => done("
                    + " r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
                    + " .map(v => v.id + ' (' + v.impact + '): '"
                    + " + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))));");
    return (List<String>) found;
  }

  private static String axeSource() {
    String path = System.getProperty("baoku.axe");
    try (java.io.InputStream in = path == null ? null : Browser.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("axe-core not on the class path: " + path);
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Duration loadTime() {
    Number ms =
        script(
            "const t = performance.getEntriesByType('navigation')[0];"
                + " return t.loadEventEnd - t.startTime;");
    return Duration.ofMillis(ms.longValue());
  }

  void resize(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
  }

  void screenshot(String step) {
    try {
      Files.write(screenshots.resolve(step + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteQuietly(profile);
    }
  }

  private static void deleteQuietly(Path dir) {
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A temp folder left behind does no harm.
    }
  }
}
