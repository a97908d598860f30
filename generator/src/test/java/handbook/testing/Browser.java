package handbook.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Debian Chromium driven by Selenium, with the driver path set explicitly (no Selenium
 * Manager, no network). Records console errors and CSP violations of every page.
 */
public final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private final ChromeDriver driver;

  private Browser(ChromeDriver driver) {
    this.driver = driver;
  }

  /**
   * Starts a browser, or skips the test when Chromium is not installed (fails instead when
   * HANDBOOK_REQUIRE_BROWSER is set, as in CI).
   */
  public static Browser start() throws Exception {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    if (!present && System.getenv("HANDBOOK_REQUIRE_BROWSER") != null) {
      throw new IllegalStateException("chromium and chromium-driver are required (HANDBOOK_REQUIRE_BROWSER is set)");
    }
    Assumptions.assumeTrue(present, "chromium and chromium-driver are not installed");
    ChromeOptions o = new ChromeOptions();
    o.setBinary(CHROMIUM.toString());
    o.addArguments(
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--window-size=1280,900", "--user-data-dir=" + Files.createTempDirectory("handbook-chromium"));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    o.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService svc =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER.toString())).usingAnyFreePort().build();
    ChromeDriver d = new ChromeDriver(svc, o);
    d.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    d.executeCdpCommand(
        "Page.addScriptToEvaluateOnNewDocument",
        Map.of(
            "source",
            "window.__csp=[];document.addEventListener('securitypolicyviolation',e=>"
                + "window.__csp.push(e.violatedDirective+' '+(e.blockedURI||'')));"));
    return new Browser(d);
  }

  public ChromeDriver driver() {
    return driver;
  }

  public void open(String url) {
    driver.get(url);
  }

  /** Console errors and CSP violations since the last call (reading drains the log). */
  @SuppressWarnings("unchecked")
  public List<String> problems() throws InterruptedException {
    Thread.sleep(300);
    List<String> out = new ArrayList<>();
    for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() >= Level.SEVERE.intValue() || e.getMessage().contains("Content Security Policy")) {
        out.add("console: " + e.getMessage());
      }
    }
    Object csp = driver.executeScript("return window.__csp || []");
    for (Object v : (List<Object>) csp) {
      out.add("csp: " + v);
    }
    return out;
  }

  @Override
  public void close() {
    driver.quit();
  }
}
