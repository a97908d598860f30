package handbook.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.testing.SiteFixture;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Raw HTML headings get ids as GitHub gives them, so a README's links to them work; not in another tool's project. */
class RawHeadingIdsTest {
  @TempDir Path tmp;

  static final String PAGE =
      """
      # Eslint

      1. [Technology Sponsors](#technology-sponsors)
      2. [Sponsors](#sponsors) and [the others](#sponsors-1)

      ## Sponsors

      <h3>Technology Sponsors</h3>
      Technology sponsors help.

      <h2 align="center">Sponsors</h2>

      <h3 id="own">Kept</h3>

      <H4 class="x">Upper <em>case</em></H4>

      ```html
      <h3>Shown</h3>
      ```
      """;

  @Test
  void aPagesRawHeadingsGetIdsAsGitHubGivesThem() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, "-- content/docs/eslint.md --\n" + PAGE);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    Document d = Jsoup.parse(site.read("docs/eslint/index.html"));
    assertEquals("technology-sponsors", d.selectFirst("h3:contains(Technology Sponsors)").id());
    // (one count for both kinds of heading, in the page's order)
    assertEquals("sponsors", d.selectFirst("h2:not([align])").id());
    assertEquals("sponsors-1", d.selectFirst("h2[align]").id());
    assertEquals("own", d.selectFirst("h3:contains(Kept)").id());
    assertEquals("upper-case", d.selectFirst("h4.x").id());
    assertTrue(d.select("code").text().contains("<h3>Shown</h3>"), "code stays as written");
    // the table of contents lists them in the page's order, as GitHub's outline does (one with an id of its own by it)
    assertEquals(List.of("Sponsors", "Technology Sponsors", "Sponsors", "Kept"), d.select(".toc-inline a").eachText());
    assertEquals(List.of("#sponsors", "#technology-sponsors", "#sponsors-1", "#own"), d.select(".toc-inline a").eachAttr("href"));
    assertTrue(r.err().lines().noneMatch(l -> l.contains("link.anchor")), r.err());
  }

  @Test
  void anMkDocsProjectsRawHeadingsHaveNone() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, "-- content/mkdocs.yml --\nsite_name: W\n-- content/docs/index.md --\n# W\n-- content/docs/eslint.md --\n" + PAGE);
    SiteFixture.Run r = site.run("build");
    assertEquals(1, r.exit(), r.err());
    assertEquals(
        List.of("content/docs/eslint.md:3:26: error[link.anchor]", "content/docs/eslint.md:4:43: error[link.anchor]"),
        r.err().lines().filter(l -> l.contains("error[")).map(l -> l.substring(0, l.indexOf(']') + 1)).toList());
  }
}
