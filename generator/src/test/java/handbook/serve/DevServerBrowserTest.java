package handbook.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.build.Build;
import handbook.build.BuildOptions;
import handbook.build.BuildResult;
import handbook.testing.Browser;
import handbook.testing.SiteFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The preview server: a change rebuilds and reloads the open page; a broken build shows an overlay. */
class DevServerBrowserTest {
  @TempDir Path tmp;

  @Test
  void changeReloadsOnlyTheTabsItAffectsAndABrokenBuildShowsAnOverlay() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            "-- content/docs/index.md --\n---\ntitle: Start\n---\nFørste versjon.\n"
                + "-- content/docs/annen.md --\n---\ntitle: Annen\n---\nEn annen side.\n");
    AtomicReference<BuildResult> last = new AtomicReference<>();
    Build build = new Build(Build::standardKinds, handbook.build.Progress.NONE);
    handbook.build.WarmState warm = new handbook.build.WarmState();
    BuildOptions opts = new BuildOptions(site.content(), site.site(), SiteFixture.TEMPLATES, true, null);
    DevServer server = new DevServer(site.site(), 0, changed -> {
      warm.changed(changed);
      BuildResult r = build.run(opts, warm);
      last.set(r);
      return r;
    }, List.of(site.content(), SiteFixture.TEMPLATES));
    server.start();
    Thread watcher = new Thread(() -> {
      try {
        server.watchForever();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    watcher.setDaemon(true);
    watcher.start();
    try (Browser browser = Browser.start()) {
      var driver = browser.driver();
      String url = "http://127.0.0.1:" + server.port() + "/docs/";
      browser.open(url);
      assertTrue(driver.findElement(By.tagName("main")).getText().contains("Første versjon."));
      driver.executeScript("window.__marker = 'not reloaded';");
      String first = driver.getWindowHandle();
      driver.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
      browser.open("http://127.0.0.1:" + server.port() + "/docs/annen/");
      driver.executeScript("window.__marker = 'not reloaded';");
      String second = driver.getWindowHandle();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
      wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
      // both pages are connected to the event stream before we change anything
      wait.until(d -> server.listeners() > 1);

      // a body edit changes that page alone: only its tab reloads
      Files.writeString(site.content().resolve("docs/index.md"), "---\ntitle: Start\n---\nAndre versjon.\n");
      driver.switchTo().window(first);
      wait.until(d -> d.findElement(By.tagName("main")).getText().contains("Andre versjon."));
      assertEquals(null, driver.executeScript("return window.__marker || null;"), "the page was reloaded");
      driver.switchTo().window(second);
      assertEquals("not reloaded", driver.executeScript("return window.__marker || null;"), "a tab whose page did not change stays");
      driver.switchTo().window(first);

      Files.writeString(site.content().resolve("docs/index.md"), "---\ntitle: Start\n---\nSe [mangler](mangler.md).\n");
      wait.until(d -> !d.findElements(By.id("handbook-build-errors")).isEmpty());
      String overlay = browser.driver().findElement(By.id("handbook-build-errors")).getText();
      assertTrue(overlay.contains("error[link.unresolved]: no page `mangler.md`"), overlay);
      assertTrue(browser.driver().findElement(By.tagName("main")).getText().contains("Andre versjon."), "the last good site is still served");
      assertTrue(Files.readString(site.site().resolve("docs/index.html")).contains("Andre versjon."));
      assertEquals(1, last.get().errors());
    } finally {
      watcher.interrupt();
      server.stop();
    }
  }
}
