package handbook.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import handbook.testing.Browser;
import handbook.testing.SiteFixture;
import handbook.testing.SiteServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * Docusaurus' starter project as built here, in headless Chromium (under the CSP where nginx is
 * installed): its docs, its blog's page and a post, with the navbar's and the footer's links, have
 * no WCAG 2.1 A/AA violation axe finds, in the light and the dark scheme, and load nothing the
 * page refuses.
 */
class DocusaurusBrowserTest {
  @TempDir static Path tmp;
  static SiteServer server;
  static Browser browser;

  @BeforeAll
  static void buildAndServe() throws Exception {
    SiteFixture site = SiteFixture.of(tmp.resolve("project"), "");
    IncrementalBuildTest.copy(DocusaurusStarterTest.STARTER, site.content());
    // its four posts in two pages, to read the links between them
    Path config = site.content().resolve("docusaurus.config.js");
    Files.writeString(config, Files.readString(config).replace("showReadingTime: true,", "showReadingTime: true,\n          postsPerPage: 2,"));
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    browser = Browser.start();
    server = SiteServer.of(site.site());
  }

  @AfterAll
  static void stop() {
    Browser.close(browser, server);
  }

  @Test
  void theDocsAndTheBlogReadWellInBothSchemes() throws Exception {
    for (String scheme : List.of("light", "dark")) {
      browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
      for (String page : List.of("docs/intro/", "blog/", "blog/page/2/", "blog/welcome/", "blog/long-blog-post/")) {
        browser.open(server.url(page));
        assertEquals(List.of(), browser.axeViolations(), "axe on /" + page + " in the " + scheme + " scheme");
        assertEquals(List.of(), browser.problems(), "on /" + page);
      }
    }
    browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
    // the navbar's blog link goes to the blog's page, its first post to the post
    browser.open(server.url("docs/intro/"));
    browser.driver().findElement(By.linkText("Blog")).click();
    assertEquals(server.url("blog/"), browser.driver().getCurrentUrl());
    browser.driver().findElement(By.cssSelector(".blog-post-title a")).click();
    assertEquals(server.url("blog/welcome/"), browser.driver().getCurrentUrl());
    assertEquals("26 August 2021", browser.driver().findElement(By.cssSelector(".byline time")).getText());
    // the blog's older posts are a link away, and back
    browser.open(server.url("blog/"));
    browser.driver().findElement(By.linkText("Older posts")).click();
    assertEquals(server.url("blog/page/2/"), browser.driver().getCurrentUrl());
    assertEquals(2, browser.driver().findElements(By.cssSelector(".blog-post")).size());
    browser.driver().findElement(By.linkText("Newer posts")).click();
    assertEquals(server.url("blog/"), browser.driver().getCurrentUrl());
  }
}
