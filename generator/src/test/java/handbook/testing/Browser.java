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

  /** Records every layout shift not caused by input, with the elements that moved. */
  static final String LAYOUT_SHIFTS =
      "window.__shifts=[];try{new PerformanceObserver(l=>{for(const e of l.getEntries()){if(e.hadRecentInput)continue;"
          + "window.__shifts.push({value:e.value,at:Math.round(e.startTime),sources:(e.sources||[]).map(s=>{const n=s.node;"
          + "if(!n||!n.tagName)return String(n&&n.nodeName);return n.tagName.toLowerCase()+(n.id?'#'+n.id:'')"
          + "+(n.className&&n.className.baseVal===undefined&&n.className?'.'+String(n.className).trim().split(/\\s+/).join('.'):'')"
          + "+' '+Math.round(s.previousRect.y)+'>'+Math.round(s.currentRect.y)})})}}).observe({type:'layout-shift',buffered:true})}catch(e){}";

  private final ChromeDriver driver;
  /** The browser's fresh profile, deleted when it closes (a few MB each). */
  private final Path profile;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
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
    Path profile = Files.createTempDirectory("handbook-chromium");
    o.addArguments(
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--window-size=1280,900", "--user-data-dir=" + profile);
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
                + "window.__csp.push(e.violatedDirective+' '+(e.blockedURI||'')));"
                + LAYOUT_SHIFTS));
    return new Browser(d, profile);
  }

  public ChromeDriver driver() {
    return driver;
  }

  public void open(String url) {
    driver.get(url);
  }

  /** Sets the viewport (CSS pixels); a phone-sized one is emulated as a mobile device. */
  public void viewport(int width, int height) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
  }

  /**
   * Emulates a media type ({@code screen}, {@code print}, or empty for the default) and a
   * {@code prefers-color-scheme} ({@code light} or {@code dark}).
   */
  public void media(String type, String colorScheme) {
    driver.executeCdpCommand(
        "Emulation.setEmulatedMedia",
        Map.of("media", type, "features", List.of(Map.of("name", "prefers-color-scheme", "value", colorScheme))));
  }

  /** What axe finds against WCAG 2.1 A and AA on the open page: each rule broken, how often, and its first element. */
  public List<String> axeViolations() {
    com.deque.html.axecore.results.Results r =
        new com.deque.html.axecore.selenium.AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
    List<String> v = new java.util.ArrayList<>();
    for (com.deque.html.axecore.results.Rule rule : r.getViolations()) {
      v.add(rule.getId() + " (" + rule.getNodes().size() + "): " + rule.getNodes().get(0).getHtml());
    }
    return v;
  }

  /** Layout shifts since the page was opened, as {@code value: element previousY>currentY, ...}. */
  @SuppressWarnings("unchecked")
  public List<String> layoutShifts() {
    List<String> out = new ArrayList<>();
    for (Object o : (List<Object>) driver.executeScript("return window.__shifts || []")) {
      Map<String, Object> m = (Map<String, Object>) o;
      out.add(String.format(java.util.Locale.ROOT, "%.4f at %sms: %s", ((Number) m.get("value")).doubleValue(), m.get("at"), m.get("sources")));
    }
    return out;
  }

  /** The sum of the layout shifts since the page was opened (the page's CLS, without windows). */
  public double layoutShiftSum() {
    Object v = driver.executeScript("return (window.__shifts || []).reduce((a, e) => a + e.value, 0)");
    return ((Number) v).doubleValue();
  }

  /** Waits until the page has loaded and painted twice after that. */
  public void settle() {
    driver.executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "const after = () => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50)));"
            + "if (document.readyState === 'complete') after(); else addEventListener('load', after);");
  }

  /** The PNG of the viewport. */
  public byte[] screenshot() {
    return driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
  }

  /** Console errors and CSP violations since the last call (reading drains the log). */
  @SuppressWarnings("unchecked")
  public List<String> problems() throws InterruptedException {
    return problems(300);
  }

  /** Console errors and CSP violations, after waiting for late ones (reading drains the log). */
  @SuppressWarnings("unchecked")
  public List<String> problems(long waitMillis) throws InterruptedException {
    Thread.sleep(waitMillis);
    List<String> out = new ArrayList<>();
    for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
      // the browser's own pages' errors (chrome://, as its tooltips' script may log) are not the site's
      if (e.getMessage().startsWith("chrome://")) {
        continue;
      }
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

  /** Closes a test class's browser and server, those that were started ({@code @AfterAll}). */
  public static void close(Browser browser, SiteServer server) {
    try {
      if (browser != null) {
        browser.close();
      }
    } finally {
      if (server != null) {
        server.close();
      }
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      delete(profile);
    }
  }

  /** Deletes a folder and what is in it, as far as it can (the browser may still be writing to it). */
  private static void delete(Path folder) {
    try (java.util.stream.Stream<Path> all = Files.walk(folder)) {
      all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (java.io.IOException | java.io.UncheckedIOException e) {
      // left for the system's cleaning of temporary files
    }
  }
}
