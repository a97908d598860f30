package handbook.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.testing.SiteFixture;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The levels of headings a page's table of contents lists: H2 and H3, or as the page's project and front matter say. */
class TocLevelsTest {
  @TempDir Path tmp;

  private static final String PAGE =
      """
      # Tittel

      ## To

      ### Tre

      #### Fire

      ##### Fem

      ## To igjen

      #### Fire uten tre
      """;

  /** Each entry of a page's table of contents, with those under it in brackets. */
  private static String toc(SiteFixture site, String page) throws Exception {
    Element list = Jsoup.parse(site.read(page)).selectFirst(".toc-inline details > ul");
    return list == null ? "" : shown(list);
  }

  private static String shown(Element list) {
    StringBuilder out = new StringBuilder();
    for (Element li : list.children()) {
      out.append(out.isEmpty() ? "" : ", ").append(li.child(0).text());
      Element under = li.selectFirst("> ul");
      if (under != null) {
        out.append(" [").append(shown(under)).append("]");
      }
    }
    return out.toString();
  }

  @Test
  void aPageListsItsH2sAndH3sByDefault() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, "-- content/site.yaml --\ntitle: T\n-- content/docs/side.md --\n" + PAGE);
    assertEquals(0, site.run("build").exit());
    assertEquals("To [Tre], To igjen", toc(site, "docs/side/index.html"));
  }

  /** Docusaurus' front matter keys, in any project. */
  @Test
  void aPagesFrontMatterSaysWhichLevels() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            "-- content/site.yaml --\ntitle: T\n"
                + "-- content/docs/dyp.md --\n---\ntoc_max_heading_level: 5\n---\n" + PAGE
                + "-- content/docs/grunn.md --\n---\ntoc_min_heading_level: 3\n---\n" + PAGE
                + "-- content/docs/bytt.md --\n---\ntoc_min_heading_level: 4\ntoc_max_heading_level: 3\n---\n" + PAGE
                + "-- content/docs/feil.md --\n---\ntoc_max_heading_level: 7\ntoc_min_heading_level: '4'\n---\n" + PAGE);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertEquals("To [Tre [Fire [Fem]]], To igjen [Fire uten tre]", toc(site, "docs/dyp/index.html"));
    assertEquals("Tre", toc(site, "docs/grunn/index.html"));
    // (a level not read: the other's own, with the most its default or the least)
    assertEquals("Fire, Fire uten tre", toc(site, "docs/feil/index.html"));
    assertEquals("To [Tre], To igjen", toc(site, "docs/bytt/index.html"));
    assertEquals(
        List.of(
            "content/docs/bytt.md:3:24: warning[frontmatter.value]: `toc_max_heading_level` is below `toc_min_heading_level`: the table of contents lists the headings it would without them",
            "content/docs/feil.md:2:24: warning[frontmatter.value]: `toc_max_heading_level` is a level of headings from 2 to 6, found `7`: it is not read"),
        r.err().lines().filter(l -> l.contains("warning[")).toList());
  }

  /** Hugo's markup.tableOfContents and Docusaurus' themeConfig.tableOfContents say which levels every page lists. */
  @Test
  void hugoAndDocusaurusConfigsSayWhichLevels() throws Exception {
    SiteFixture hugo =
        SiteFixture.of(tmp.resolve("hugo"), "-- content/hugo.toml --\ntitle = 'T'\n[markup.tableOfContents]\n  startLevel = 3\n  endLevel = 4\n-- content/content/docs/side.md --\n" + PAGE);
    SiteFixture.Run h = hugo.run("build");
    assertEquals(0, h.exit(), h.err());
    assertEquals("Tre [Fire], Fire uten tre", toc(hugo, "docs/side/index.html"));
    SiteFixture docusaurus =
        SiteFixture.of(
            tmp.resolve("docusaurus"),
            "-- content/docusaurus.config.js --\nmodule.exports = {\n  title: 'T',\n  themeConfig: {tableOfContents: {minHeadingLevel: 2, maxHeadingLevel: 5}},\n};\n-- content/docs/side.md --\n" + PAGE);
    SiteFixture.Run d = docusaurus.run("build");
    assertEquals(0, d.exit(), d.err());
    assertEquals("To [Tre [Fire [Fem]]], To igjen [Fire uten tre]", toc(docusaurus, "docs/side/index.html"));
    // levels that are none are named
    SiteFixture.Run odd =
        SiteFixture.of(tmp.resolve("odd"), "-- content/hugo.toml --\ntitle = 'T'\n[markup.tableOfContents]\n  startLevel = 4\n  endLevel = 3\n-- content/content/docs/side.md --\n" + PAGE).run("build");
    assertTrue(odd.err().contains("content/hugo.toml:4:14: warning[config.hugo]: `markup.tableOfContents.endLevel` is below its `startLevel`: the tables of contents list H2 and H3"), odd.err());
    SiteFixture.Run oddJs =
        SiteFixture.of(tmp.resolve("odd-js"), "-- content/docusaurus.config.js --\nmodule.exports = {\n  title: 'T',\n  themeConfig: {tableOfContents: {maxHeadingLevel: 9}},\n};\n-- content/docs/side.md --\n" + PAGE).run("build");
    assertTrue(oddJs.err().contains("content/docusaurus.config.js:3:52: warning[config.docusaurus]: `tableOfContents.maxHeadingLevel` is a level of headings from 2 to 6: it is not read"), oddJs.err());
    SiteFixture reversed =
        SiteFixture.of(tmp.resolve("reversed-js"), "-- content/docusaurus.config.js --\nmodule.exports = {\n  title: 'T',\n  themeConfig: {tableOfContents: {minHeadingLevel: 4, maxHeadingLevel: 3}},\n};\n-- content/docs/side.md --\n" + PAGE);
    SiteFixture.Run rev = reversed.run("build");
    assertTrue(rev.err().contains("warning[config.docusaurus]: `tableOfContents.maxHeadingLevel` is below its `minHeadingLevel`: the tables of contents list H2 and H3"), rev.err());
    assertEquals("To [Tre], To igjen", toc(reversed, "docs/side/index.html"));
  }

  /** Hugo's themes turn a page's table of contents off: Hextra's toc, Hugo Book's bookToC (its BookToC for every page), Relearn's disableToc. */
  @Test
  void hugoThemesTurnTablesOfContentsOff() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp.resolve("pages"),
            "-- content/hugo.toml --\ntitle = 'T'\n"
                + "-- content/content/docs/hextra.md --\n---\ntoc: false\n---\n" + PAGE
                + "-- content/content/docs/book.md --\n---\nbookToC: false\n---\n" + PAGE
                + "-- content/content/docs/relearn.md --\n---\ndisableToc: true\n---\n" + PAGE
                + "-- content/content/docs/shown.md --\n---\ntoc: true\n---\n" + PAGE);
    assertEquals(0, site.run("build").exit());
    for (String page : List.of("hextra", "book", "relearn")) {
      assertEquals("", toc(site, "docs/" + page + "/index.html"), page);
      assertTrue(!site.read("docs/" + page + "/index.html").contains("toc-inline"), page);
    }
    assertEquals("To [Tre], To igjen", toc(site, "docs/shown/index.html"));
    SiteFixture book =
        SiteFixture.of(
            tmp.resolve("book"),
            "-- content/hugo.toml --\ntitle = 'T'\n[params]\n  BookToC = false\n-- content/content/docs/side.md --\n" + PAGE + "-- content/content/docs/egen.md --\n---\nbookToC: true\n---\n" + PAGE);
    assertEquals(0, book.run("build").exit());
    assertEquals("", toc(book, "docs/side/index.html"));
    assertEquals("To [Tre], To igjen", toc(book, "docs/egen/index.html"));
  }

  /** MkDocs lists every level by default, and those of its toc extension's toc_depth. */
  @Test
  void anMkDocsProjectListsTheLevelsOfItsTocDepth() throws Exception {
    SiteFixture all = SiteFixture.of(tmp.resolve("all"), "-- content/mkdocs.yml --\nsite_name: T\n-- content/docs/index.md --\n" + PAGE);
    assertEquals(0, all.run("build").exit());
    assertEquals("To [Tre [Fire [Fem]]], To igjen [Fire uten tre]", toc(all, "index.html"));
    SiteFixture range = SiteFixture.of(tmp.resolve("range"), "-- content/mkdocs.yml --\nsite_name: T\nmarkdown_extensions:\n  - toc:\n      permalink: true\n      toc_depth: 2-4\n-- content/docs/index.md --\n" + PAGE);
    assertEquals(0, range.run("build").exit());
    assertEquals("To [Tre [Fire]], To igjen [Fire uten tre]", toc(range, "index.html"));
    SiteFixture three = SiteFixture.of(tmp.resolve("three"), "-- content/mkdocs.yml --\nsite_name: T\nmarkdown_extensions:\n  - toc:\n      toc_depth: 3\n-- content/docs/index.md --\n" + PAGE);
    assertEquals(0, three.run("build").exit());
    assertEquals("To [Tre], To igjen", toc(three, "index.html"));
    SiteFixture.Run odd = SiteFixture.of(tmp.resolve("odd"), "-- content/mkdocs.yml --\nsite_name: T\nmarkdown_extensions:\n  - toc:\n      toc_depth: deep\n-- content/docs/index.md --\n" + PAGE).run("build");
    assertTrue(
        odd.err().contains("content/mkdocs.yml:4:18: warning[config.mkdocs]: `toc_depth` is a level of headings (`3`) or a range of them (`2-4`), found `deep`: the tables of contents list every level"),
        odd.err());
  }
}
