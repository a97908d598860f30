package handbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.testing.SiteFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page's inline syntax is read as its project's tool reads it: pymdownx's marks, superscripts,
 * subscripts and keys on MkDocs' pages alone; text between single tildes struck through on
 * GitHub's (Docusaurus', Hugo's) pages, shown as written on Jekyll's and VitePress'.
 */
class OtherToolsInlineTest {
  @TempDir Path tmp;

  private static final String BODY = "Old ~x~ and ~two words~, ~~both~~, ==mark==, ^sup^, ++ctrl+c++ and H~2~O, about ~5 or ~6.\n";

  private static final String GFM = "<p>Old <del>x</del> and <del>two words</del>, <del>both</del>, ==mark==, ^sup^, ++ctrl+c++ and H<del>2</del>O, about ~5 or ~6.</p>";

  private static final String DOUBLE_ONLY = "<p>Old ~x~ and ~two words~, <del>both</del>, ==mark==, ^sup^, ++ctrl+c++ and H~2~O, about ~5 or ~6.</p>";

  private String built(String name, String project, String page) throws Exception {
    SiteFixture site = SiteFixture.of(tmp.resolve(name), project);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().isEmpty() || !r.err().contains("markdown.marker"), r.err());
    return site.read(page);
  }

  @Test
  void githubsToolsStrikeThroughBetweenSingleTildes() throws Exception {
    String docusaurus = built("docusaurus", "-- content/docusaurus.config.js --\nmodule.exports = { title: 'Widgets', url: 'https://example.org', baseUrl: '/' };\n"
        + "-- content/docs/intro.md --\n# Intro\n\n" + BODY, "docs/intro/index.html");
    assertTrue(docusaurus.contains(GFM), docusaurus);
    String hugo = built("hugo", "-- content/hugo.toml --\ntitle = \"Widgets\"\n-- content/content/_index.md --\n---\ntitle: Widgets\n---\n" + BODY, "index.html");
    assertTrue(hugo.contains(GFM), hugo);
  }

  @Test
  void hugosGoldmarkExtrasDrawWhatItsConfigTurnsOn() throws Exception {
    String config =
        "-- content/hugo.toml --\ntitle = \"Widgets\"\n[markup.goldmark.extensions]\nstrikethrough = false\n"
            + "[markup.goldmark.extensions.extras.mark]\nenable = true\n[markup.goldmark.extensions.extras.subscript]\nenable = true\n"
            + "[markup.goldmark.extensions.extras.superscript]\nenable = true\n[markup.goldmark.extensions.extras.delete]\nenable = true\n"
            + "[markup.goldmark.extensions.extras.insert]\nenable = true\n";
    SiteFixture site = SiteFixture.of(tmp.resolve("extras"), config + "-- content/content/_index.md --\n---\ntitle: Widgets\n---\n==mark==, H~2~O, x^2^, ~~gone~~, ++new++ and ^^i^^.\n");
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertTrue(site.read("index.html").contains("<p><mark>mark</mark>, H<sub>2</sub>O, x<sup>2</sup>, <del>gone</del>, ++new++ and ^^i^^.</p>"), site.read("index.html"));
    assertTrue(r.err().contains("content/hugo.toml:12:1: warning[config.hugo]"), r.err());
    assertTrue(r.err().contains("the extras' `insert` is not read: `++x++` is shown as written"), r.err());
  }

  private static final String LINKS = "See www.example.com, https://example.org/a, <https://example.net> and me@example.com; ~~gone~~\nnext line.\n";

  @Test
  void hugosWwwLinksAreHttpsAsGoldmarkMakesThemGitHubsHttp() throws Exception {
    String hugo = built("hugo-links", "-- content/hugo.toml --\ntitle = \"Widgets\"\n-- content/content/_index.md --\n---\ntitle: Widgets\n---\n" + LINKS, "index.html");
    assertTrue(hugo.contains("<p>See <a href=\"https://www.example.com\">www.example.com</a>, <a href=\"https://example.org/a\">https://example.org/a</a>,"), hugo);
    // a page with a footnote is written by flexmark's renderer, not the quick one: the same address
    String footnote = built("hugo-footnote", "-- content/hugo.toml --\ntitle = \"Widgets\"\n-- content/content/_index.md --\n---\ntitle: Widgets\n---\nSee www.example.com[^1].\n\n[^1]: A note.\n", "index.html");
    assertTrue(footnote.contains("<a href=\"https://www.example.com\">www.example.com</a>"), footnote);
    String http = built("hugo-http", "-- content/hugo.toml --\ntitle = \"Widgets\"\n[markup.goldmark.extensions]\nlinkifyProtocol = \"http\"\n-- content/content/_index.md --\n---\ntitle: Widgets\n---\n" + LINKS, "index.html");
    assertTrue(http.contains("<a href=\"http://www.example.com\">www.example.com</a>"), http);
    String docusaurus = built("docusaurus-links", "-- content/docusaurus.config.js --\nmodule.exports = { title: 'Widgets', url: 'https://example.org', baseUrl: '/' };\n"
        + "-- content/docs/intro.md --\n# Intro\n\n" + LINKS, "docs/intro/index.html");
    assertTrue(docusaurus.contains("<a href=\"http://www.example.com\">www.example.com</a>"), docusaurus);
  }

  @Test
  void hugosGoldmarkWithoutLinkifyAndStrikethroughAndWithHardWraps() throws Exception {
    String config =
        "-- content/hugo.yaml --\ntitle: Widgets\nmarkup:\n  goldmark:\n    renderer:\n      hardWraps: true\n    extensions:\n      linkify: false\n      strikethrough: false\n"
            + "      table: false\n      cjk:\n        enable: true\n      linkfy: true\n";
    SiteFixture site = SiteFixture.of(tmp.resolve("goldmark"), config + "-- content/content/_index.md --\n---\ntitle: Widgets\n---\n" + LINKS);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertTrue(
        site.read("index.html").contains("<p>See www.example.com, https://example.org/a, <a href=\"https://example.net\">https://example.net</a> and me@example.com; ~~gone~~<br />\nnext line.</p>"),
        site.read("index.html"));
    assertTrue(r.err().contains("content/hugo.yaml:9:14: warning[config.hugo]: `markup.goldmark.extensions.table: false` is not followed: tables are drawn all the same"), r.err());
    assertTrue(r.err().contains("content/hugo.yaml:10:7: warning[config.hugo]: `markup.goldmark.extensions.cjk` is not read"), r.err());
    assertTrue(r.err().contains("content/hugo.yaml:12:7: warning[config.hugo]: `markup.goldmark.extensions.linkfy` is no extension of Hugo's Goldmark"), r.err());
  }

  @Test
  void jekyllAndVitePressStrikeThroughBetweenDoubleTildesAlone() throws Exception {
    String jekyll = built("jekyll", "-- content/_config.yml --\ntitle: Widgets\n-- content/index.md --\n---\ntitle: Widgets\n---\n" + BODY, "index.html");
    assertTrue(jekyll.contains(DOUBLE_ONLY), jekyll);
    String vitepress = built("vitepress", "-- content/package.json --\n{\"name\": \"w\"}\n-- content/docs/.vitepress/config.mts --\nexport default { title: 'Widgets' }\n"
        + "-- content/docs/index.md --\n# Widgets\n\n" + BODY, "index.html");
    assertTrue(vitepress.contains(DOUBLE_ONLY), vitepress);
  }

  @Test
  void mkDocsPagesKeepPymdownxsSyntax() throws Exception {
    String mkdocs = built("mkdocs", "-- content/mkdocs.yml --\nsite_name: Widgets\n-- content/docs/index.md --\n# Widgets\n\n" + BODY, "index.html");
    assertTrue(mkdocs.contains("<p>Old <sub>x</sub> and ~two words~, <del>both</del>, <mark>mark</mark>, <sup>sup</sup>, <span class=\"keys\">"), mkdocs);
    assertTrue(mkdocs.contains("and H<sub>2</sub>O, about ~5 or ~6.</p>"), mkdocs);
  }

  @Test
  void aTableAfterAParagraphsLinesIsOneWhereItsToolReadsItSo() throws Exception {
    String table = "Options:\n| a | b |\n|---|---|\n| 1 | 2 |\n";
    String text = "<p>Options:\n| a | b |\n|---|---|\n| 1 | 2 |</p>";
    // GitHub's tools, VitePress (markdown-it) and Handbook's own: a paragraph and a table
    String docusaurus = built("t-docusaurus", "-- content/docusaurus.config.js --\nmodule.exports = { title: 'Widgets', url: 'https://example.org', baseUrl: '/' };\n"
        + "-- content/docs/intro.md --\n# Intro\n\n" + table, "docs/intro/index.html");
    assertTrue(docusaurus.contains("<p>Options:</p>\n<table"), docusaurus);
    String vitepress = built("t-vitepress", "-- content/docs/.vitepress/config.mts --\nexport default { title: 'Widgets' }\n-- content/docs/index.md --\n# Widgets\n\n" + table, "index.html");
    assertTrue(vitepress.contains("<p>Options:</p>\n<table"), vitepress);
    String own = built("t-own", "-- content/docs/index.md --\n# Widgets\n\n" + table, "docs/index.html");
    assertTrue(own.contains("<p>Options:</p>\n<table"), own);
    // Python-Markdown (MkDocs) and kramdown (Jekyll): text, as there
    String mkdocs = built("t-mkdocs", "-- content/mkdocs.yml --\nsite_name: Widgets\n-- content/docs/index.md --\n# Widgets\n\n" + table, "index.html");
    assertTrue(mkdocs.contains(text), mkdocs);
    String jekyll = built("t-jekyll", "-- content/_config.yml --\ntitle: Widgets\n-- content/index.md --\n---\ntitle: Widgets\n---\n" + table, "index.html");
    // (kramdown's typographic symbols make its dashes em dashes)
    assertTrue(jekyll.contains(text.replace("---", "\u2014")) && !jekyll.contains("<table"), jekyll);
  }

  @Test
  void aLineWithoutAPipeAfterATablesRowsIsARowWhereItsToolReadsItSo() throws Exception {
    String table = "| a | b |\n|---|---|\n| 1 | 2 |\nthree\n";
    String row = "<tr><td>three</td><td></td></tr>\n</tbody>\n</table>";
    // GFM, and Python-Markdown (MkDocs), which reads a table's whole block
    String own = built("r-own", "-- content/docs/index.md --\n# Widgets\n\n" + table, "docs/index.html");
    assertTrue(own.contains(row), own);
    String mkdocs = built("r-mkdocs", "-- content/mkdocs.yml --\nsite_name: Widgets\n-- content/docs/index.md --\n# Widgets\n\n" + table, "index.html");
    assertTrue(mkdocs.contains(row), mkdocs);
    // kramdown (Jekyll) ends the table there
    String jekyll = built("r-jekyll", "-- content/_config.yml --\ntitle: Widgets\n-- content/index.md --\n---\ntitle: Widgets\n---\n" + table, "index.html");
    assertTrue(jekyll.contains("</table>\n<p>three</p>"), jekyll);
  }
}
