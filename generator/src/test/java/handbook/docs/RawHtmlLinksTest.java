package handbook.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.testing.SiteFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Addresses in raw HTML are checked and rewritten like Markdown links; disallowed tags cannot swallow a page. */
class RawHtmlLinksTest {
  @TempDir Path tmp;

  static final String SITE =
      """
      -- content/site.yaml --
      title: T
      language: en
      -- content/docs/guide.md --
      # Guide

      <p align="center">
        <img src="assets/logo.png" alt="Logo" width=120>
      </p>

      See <a href="setup.md#install">setup</a> and <img src=assets/logo.png>.
      -- content/docs/setup.md --
      # Setup

      ## Install
      -- content/docs/assets/logo.png --
      PNG
      """;

  @Test
  void rawHtmlAddressesAreRewrittenForThePagesUrl() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, SITE);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    String html = site.read("docs/guide/index.html");
    assertTrue(html.contains("<img src=\"../assets/logo.png\" alt=\"Logo\" width=120>"), html);
    assertTrue(html.contains("See <a href=\"../setup/#install\">setup</a> and <img src=\"../assets/logo.png\">."), html);
  }

  /** A picture's sources for one scheme, as GitHub's READMEs draw a logo: each address of a {@code srcset} is read and rewritten; one of another host is named and emptied. */
  @Test
  void theAddressesOfASrcsetAreRewrittenAndOnesOnOtherHostsEmptied() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, SITE);
    site.write(
        """
        -- content/docs/logo.md --
        # Logo

        <picture>
          <source media="(prefers-color-scheme: dark)" srcset="assets/logo.png 1x, assets/logo.png?v=2 2x">
          <source media="(min-width: 900px)" srcset="https://example.com/wide.png">
          <img src="assets/logo.png" srcset="assets/logo.png, assets/logo.png 2x" alt="Logo">
        </picture>

        <video src="https://example.com/v.mp4" poster="https://example.com/p.png"><source src="https://example.com/v.webm"></video>
        <img src="assets/logo.png" srcset="https://example.com/big.png 2x">
        """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    String html = site.read("docs/logo/index.html");
    assertTrue(
        html.contains(
            "<picture>\n  <source media=\"(prefers-color-scheme: dark)\" srcset=\"../assets/logo.png 1x, ../assets/logo.png?v=2 2x\">\n  <source media=\"(min-width: 900px)\" srcset=\"\">\n"
                + "  <img src=\"../assets/logo.png\" srcset=\"../assets/logo.png, ../assets/logo.png 2x\" alt=\"Logo\">\n</picture>"),
        html);
    // (the picture's source there offers nothing: the picture shows its image)
    assertTrue(r.err().contains("content/docs/logo.md:5:"), "the remote source is named: " + r.err());
    // a video's addresses there, and an image's srcset there: emptied (named too), nothing loaded from elsewhere
    assertTrue(html.contains("<video src=\"\" poster=\"\"><source src=\"\"></video>\n<img src=\"../assets/logo.png\" srcset=\" 2x\">"), html);
    assertTrue(r.err().contains("(4 more images on other hosts, on lines 9, 9, 9, 10)"), r.err());
    site.write("-- content/docs/logo.md --\n# Logo\n\n<picture><source srcset=\"assets/nope.png 2x\"><img src=\"assets/logo.png\"></picture>\n");
    SiteFixture.Run broken = site.run("check");
    assertEquals(1, broken.exit());
    assertTrue(broken.err().contains("content/docs/logo.md:3:26: error[link.unresolved]: no page or file `assets/nope.png`"), broken.err());
  }

  @Test
  void brokenRawHtmlAddressesAreReportedAtTheirPosition() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, SITE);
    site.write("-- content/docs/broken.md --\n# Broken\n\n<div>\n<img alt=\"x\" src=\"assets/logo.svg\">\n</div>\n\nAnd <a href=\"setup.md#nowhere\">this</a>.\n");
    SiteFixture.Run r = site.run("check");
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("content/docs/broken.md:4:19: error[link.unresolved]: no page or file `assets/logo.svg`"), r.err());
    assertTrue(r.err().contains("did you mean `assets/logo.png`?"), r.err());
    assertTrue(r.err().contains("content/docs/broken.md:7:14: error[link.anchor]: no heading `#nowhere` on `docs/setup.md`"), r.err());
  }

  @Test
  void aStrayStyleTagDoesNotSwallowTheRestOfThePage() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/docs/index.md --
            # Styled

            <style>
            p { color: red }

            Text after the style.

            <textarea>
            """);
    assertEquals(0, site.run("build").exit());
    String html = site.read("docs/index.html");
    assertTrue(html.contains("&lt;style>\np { color: red }"), html);
    assertTrue(html.contains("\nText after the style.\n"), "the rest is shown, as raw HTML the style began: " + html);
    assertTrue(html.contains("&lt;textarea>"), html);
    assertTrue(!html.contains("<style") && !html.contains("<textarea"), html);
    assertTrue(html.contains("<footer class=\"site-footer\">"), html);
  }
}
