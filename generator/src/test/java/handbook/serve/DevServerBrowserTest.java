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
  void changeReloadsThePageAndABrokenBuildShowsAnOverlay() throws Exception {
    SiteFixture site =
        SiteFixture.of(tmp, "-- content/docs/index.md --\n---\ntitle: Start\n---\nFørste versjon.\n");
    AtomicReference<BuildResult> last = new AtomicReference<>();
    Build build = new Build(Build::standardKinds, handbook.build.Progress.NONE);
    BuildOptions opts = new BuildOptions(site.content(), site.site(), SiteFixture.TEMPLATES, true, null);
    DevServer server = new DevServer(site.site(), 0, () -> {
      BuildResult r = build.run(opts);
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
      String url = "http://127.0.0.1:" + server.port() + "/docs/";
      browser.open(url);
      assertTrue(browser.driver().findElement(By.tagName("main")).getText().contains("Første versjon."));
      browser.driver().executeScript("window.__marker = 'not reloaded';");
      WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(30));
      // the page is connected to the event stream before we change anything
      wait.until(d -> server.listeners() > 0);

      Files.writeString(site.content().resolve("docs/index.md"), "---\ntitle: Start\n---\nAndre versjon.\n");
      wait.until(d -> d.findElement(By.tagName("main")).getText().contains("Andre versjon."));
      assertEquals(null, browser.driver().executeScript("return window.__marker || null;"), "the page was reloaded");

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
