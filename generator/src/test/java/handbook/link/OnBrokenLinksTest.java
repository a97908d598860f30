package handbook.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.testing.SiteFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code links.on_broken}: broken links and anchors stop the build, or with {@code warning} do not. */
class OnBrokenLinksTest {
  @TempDir Path tmp;

  static final String PAGES =
      """
      -- content/docs/index.md --
      # Start

      See [gone](gone.md), [other](other.md#nowhere) and [here](#nor-here).

      ![missing](img/none.png)
      -- content/docs/other.md --
      # Other

      ## Somewhere
      """;

  private SiteFixture site(String onBroken) throws Exception {
    String yaml = "-- content/site.yaml --\ntitle: T\nlanguage: en\n" + (onBroken == null ? "" : "links:\n  on_broken: " + onBroken + "\n");
    return SiteFixture.of(tmp, yaml + PAGES);
  }

  @Test
  void brokenLinksAreErrorsByDefault() throws Exception {
    SiteFixture.Run r = site(null).run("build");
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("content/docs/index.md:3:12: error[link.unresolved]: no page `gone.md`"), r.err());
    assertTrue(r.err().contains("content/docs/index.md:3:30: error[link.anchor]: no heading `#nowhere` on `docs/other.md`"), r.err());
  }

  @Test
  void withWarningEveryBrokenLinkIsReportedAtItsPositionAndTheSiteIsBuilt() throws Exception {
    SiteFixture site = site("warning");
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("content/docs/index.md:3:12: warning[link.unresolved]: no page `gone.md`"), r.err());
    assertTrue(r.err().contains("content/docs/index.md:3:30: warning[link.anchor]: no heading `#nowhere` on `docs/other.md`"), r.err());
    assertTrue(r.err().contains("content/docs/index.md:3:59: warning[link.anchor]: no heading `#nor-here` on this page"), r.err());
    assertTrue(r.err().contains("content/docs/index.md:5:12: warning[link.unresolved]: no page or file `img/none.png`"), r.err());
    assertFalse(r.err().contains("error["), r.err());
    String html = site.read("docs/index.html");
    assertTrue(html.contains("<a href=\"gone.md\">gone</a>"), "a link to a missing page is kept as written: " + html);
    assertTrue(html.contains("<a href=\"other/#nowhere\">other</a>"), "a missing anchor still goes to its page: " + html);
    assertTrue(html.contains("<a href=\"#nor-here\">here</a>"), html);
  }

  @Test
  void checkFollowsTheSameOption() throws Exception {
    assertEquals(1, site("error").run("check").exit());
    SiteFixture.Run r = site("warning").run("check");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("warning[link.unresolved]"), r.err());
  }

  @Test
  void anUnknownValueIsAnError() throws Exception {
    SiteFixture.Run r = site("warn").run("check");
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("content/site.yaml:4:14: error[config.value]: `on_broken` must be one of error, warning, not `warn`"), r.err());
  }

  @Test
  void unsafeLinksStayErrors() throws Exception {
    SiteFixture site = site("warning");
    site.write("-- content/docs/bad.md --\n# Bad\n\n[x](javascript:alert(1))\n");
    SiteFixture.Run r = site.run("check");
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("error[link.unsafe]"), r.err());
  }
}
