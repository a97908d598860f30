package handbook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.build.Build;
import handbook.build.BuildOptions;
import handbook.build.BuildResult;
import handbook.build.Progress;
import handbook.testing.Browser;
import handbook.testing.SiteFixture;
import handbook.testing.StaticServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Switching versions in the browser: same page where it exists, else that version's home. */
class VersionSwitchBrowserTest {
  @TempDir Path tmp;

  @Test
  void switcherKeepsThePageOrFallsBackToTheHome() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/site.yaml --
            title: T
            versions: {tags: "v*", current: next}
            -- content/docs/a.md --
            ---
            title: Alfa
            ---
            Tekst.
            """);
    try (Git git = Git.init().setDirectory(tmp.toFile()).setInitialBranch("main").call()) {
      git.add().addFilepattern(".").call();
      git.commit().setMessage("v1.0").setSign(false).call();
      git.tag().setName("v1.0").setAnnotated(false).call();
      site.write("-- content/docs/ny.md --\n---\ntitle: Ny side\n---\nBare i v1.1.\n");
      git.add().addFilepattern(".").call();
      git.commit().setMessage("v1.1").setSign(false).call();
      git.tag().setName("v1.1").setAnnotated(false).call();
    }
    BuildResult r = new Build(Build::standardKinds, Progress.NONE).run(new BuildOptions(site.content(), site.site(), SiteFixture.TEMPLATES, true, null));
    assertTrue(r.ok(), r.diagnostics().toString());
    assertTrue(Files.exists(site.site().resolve("v1.1/docs/ny/index.html")));
    try (StaticServer server = new StaticServer(site.site()); Browser browser = Browser.start()) {
      browser.open(server.url("v1.0/docs/a/"));
      // the menu and the notice come from versions.json: wait for them
      WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(10));
      assertTrue(wait.until(d -> d.findElement(By.cssSelector(".version-banner"))).getText().contains("Du leser v1.0"));
      assertEquals("v1.0", browser.driver().findElement(By.cssSelector(".version-current")).getText());
      assertTrue(browser.layoutShiftSum() <= 0.05, "the notice is a bar over the page, nothing moves: " + browser.layoutShifts());
      wait.until(d -> d.findElements(By.cssSelector(".version-switcher a[data-same-page]")).size() == 3);
      browser.driver().findElement(By.cssSelector(".version-switcher summary")).click();
      browser.driver().findElement(By.xpath("//details[contains(@class,'version-switcher')]//a[starts-with(normalize-space(.),'v1.1')]")).click();
      assertEquals(server.url("v1.1/docs/a/"), browser.driver().getCurrentUrl());
      wait.until(d -> d.findElement(By.cssSelector(".version-current")).getText().equals("v1.1"));
      assertTrue(browser.driver().findElements(By.cssSelector(".version-banner")).isEmpty(), "no notice on the latest version");
      assertEquals(List.of(), browser.problems());

      browser.open(server.url("v1.1/docs/ny/"));
      wait.until(d -> d.findElements(By.cssSelector(".version-switcher a[data-same-page]")).size() == 3);
      browser.driver().findElement(By.cssSelector(".version-switcher summary")).click();
      browser.driver().findElement(By.xpath("//details[contains(@class,'version-switcher')]//a[starts-with(normalize-space(.),'v1.0')]")).click();
      assertEquals(server.url("v1.0/"), browser.driver().getCurrentUrl(), "the page does not exist in v1.0: its home");
      assertEquals(List.of(), browser.problems());

      browser.open(server.url(""));
      assertEquals(server.url("latest/"), browser.driver().getCurrentUrl(), "the root sends readers to the latest version");
    }
  }

  @Test
  void aDocusaurusProjectsVersionsAreCalledByTheirLabelsWithTheirBanners() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/docusaurus.config.js --
            export default {title: 'Widgets', presets: [['classic', {docs: {versions: {
              current: {label: 'Canary', path: 'canary'}, '2.0': {label: '2.0.x'}, '1.0': {banner: 'none'}, '0.9': {banner: 'unreleased'},
            }}}]]};
            -- content/docs/intro.md --
            # Intro
            -- content/versioned_docs/version-2.0/intro.md --
            # Intro 2.0
            -- content/versioned_docs/version-1.0/intro.md --
            # Intro 1.0
            -- content/versioned_docs/version-0.9/intro.md --
            # Intro 0.9
            -- content/versions.json --
            ["2.0", "1.0", "0.9"]
            """);
    BuildResult r = new Build(Build::standardKinds, Progress.NONE).run(new BuildOptions(site.content(), site.site(), SiteFixture.TEMPLATES, true, null));
    assertTrue(r.ok(), r.diagnostics().toString());
    try (StaticServer server = new StaticServer(site.site()); Browser browser = Browser.start()) {
      WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(10));
      // the docs being written: by their label, with the notice of an unreleased version naming the latest by its label
      browser.open(server.url("canary/docs/intro/"));
      wait.until(d -> d.findElements(By.cssSelector(".version-switcher a[data-same-page]")).size() == 4);
      assertEquals("Canary", browser.driver().findElement(By.cssSelector(".version-current")).getAttribute("textContent"));
      org.openqa.selenium.WebElement banner = browser.driver().findElement(By.cssSelector(".version-banner"));
      assertTrue(banner.getAttribute("class").contains("version-banner-unreleased"), banner.getAttribute("class"));
      assertTrue(banner.getText().startsWith("You are reading Canary, which is not released yet. The latest release is 2.0.x."), banner.getText());
      assertEquals(
          List.of("Canary", "2.0.x · Latest version", "1.0", "0.9"),
          browser.driver().findElements(By.cssSelector(".version-switcher a[data-same-page]")).stream().map(a -> a.getAttribute("textContent")).toList());
      assertEquals("Canary", browser.driver().findElement(By.cssSelector(".version-switcher a[aria-current]")).getAttribute("textContent"));
      // an older version whose banner is none: no notice
      browser.open(server.url("1.0/docs/intro/"));
      wait.until(d -> d.findElements(By.cssSelector(".version-switcher a[data-same-page]")).size() == 4);
      assertEquals("1.0", browser.driver().findElement(By.cssSelector(".version-current")).getAttribute("textContent"));
      assertTrue(browser.driver().findElements(By.cssSelector(".version-banner")).isEmpty());
      // an older version whose banner says unreleased
      browser.open(server.url("0.9/docs/intro/"));
      wait.until(d -> d.findElements(By.cssSelector(".version-switcher a[data-same-page]")).size() == 4);
      assertTrue(browser.driver().findElement(By.cssSelector(".version-banner")).getAttribute("class").contains("version-banner-unreleased"));
      // the latest, by its label, without a notice
      browser.open(server.url("latest/docs/intro/"));
      wait.until(d -> d.findElements(By.cssSelector(".version-switcher a[data-same-page]")).size() == 4);
      assertEquals("2.0.x", browser.driver().findElement(By.cssSelector(".version-current")).getAttribute("textContent"));
      assertTrue(browser.driver().findElements(By.cssSelector(".version-banner")).isEmpty());
      assertEquals("2.0.x · Latest version", browser.driver().findElement(By.cssSelector(".version-switcher a[aria-current]")).getAttribute("textContent"));
      assertEquals(List.of(), browser.problems());
    }
  }
}
