package handbook.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.testing.SiteFixture;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Typographic quotes and dashes where a project's tool writes them: Hugo's and Jekyll's by default, MkDocs' with smarty. */
class TypographySiteTest {
  @TempDir Path tmp;

  private static final String TEXT = "\"Quoted\" -- it's done...\n";
  private static final String CURLED = "\u201cQuoted\u201d \u2013 it\u2019s done\u2026";
  private static final String STRAIGHT = "\"Quoted\" -- it's done...";

  private static String text(SiteFixture site, String page) throws Exception {
    return Jsoup.parse(site.read(page)).selectFirst(".doc-body p").text();
  }

  @Test
  void hugoCurlsThemUnlessItsTypographerIsOff() throws Exception {
    SiteFixture on = SiteFixture.of(tmp.resolve("on"), "-- content/hugo.toml --\ntitle = 'T'\n-- content/content/docs/a.md --\n---\ntitle: A\n---\n" + TEXT);
    assertEquals(0, on.run("build").exit());
    assertEquals(CURLED, text(on, "docs/a/index.html"));
    SiteFixture off =
        SiteFixture.of(tmp.resolve("off"), "-- content/hugo.toml --\ntitle = 'T'\n[markup.goldmark.extensions]\ntypographer = false\n-- content/content/docs/a.md --\n---\ntitle: A\n---\n" + TEXT);
    assertEquals(0, off.run("build").exit());
    assertEquals(STRAIGHT, text(off, "docs/a/index.html"));
    SiteFixture disabled =
        SiteFixture.of(tmp.resolve("disabled"), "-- content/hugo.toml --\ntitle = 'T'\n[markup.goldmark.extensions.typographer]\ndisable = true\n-- content/content/docs/a.md --\n---\ntitle: A\n---\n" + TEXT);
    SiteFixture.Run d = disabled.run("build");
    assertEquals(0, d.exit(), d.err());
    assertEquals(STRAIGHT, text(disabled, "docs/a/index.html"));
    assertTrue(!d.err().contains("warning["), d.err());
    SiteFixture.Run own =
        SiteFixture.of(
                tmp.resolve("own"),
                "-- content/hugo.toml --\ntitle = 'T'\n[markup.goldmark.extensions.typographer]\nleftDoubleQuote = '&laquo;'\n-- content/content/docs/a.md --\n---\ntitle: A\n---\n" + TEXT)
            .run("build");
    assertTrue(own.err().contains("content/hugo.toml:3:1: warning[config.hugo]: the typographer's `leftDoubleQuote` is not read"), own.err());
  }

  @Test
  void jekyllCurlsThemWithKramdown() throws Exception {
    SiteFixture on = SiteFixture.of(tmp.resolve("on"), "-- content/_config.yml --\ntitle: T\n-- content/a.md --\n---\ntitle: A\n---\n" + TEXT);
    assertEquals(0, on.run("build").exit());
    assertEquals(CURLED, text(on, "a/index.html"));
    SiteFixture off = SiteFixture.of(tmp.resolve("off"), "-- content/_config.yml --\ntitle: T\nmarkdown: CommonMarkGhPages\n-- content/a.md --\n---\ntitle: A\n---\n" + TEXT);
    assertEquals(0, off.run("build").exit());
    assertEquals(STRAIGHT, text(off, "a/index.html"));
    SiteFixture.Run own =
        SiteFixture.of(tmp.resolve("own"), "-- content/_config.yml --\ntitle: T\nkramdown:\n  smart_quotes: sbquo,lsquo,bdquo,ldquo\n-- content/a.md --\n---\ntitle: A\n---\n" + TEXT).run("build");
    assertTrue(own.err().contains("content/_config.yml:3:3: warning[config.jekyll]: kramdown's `smart_quotes` is not read"), own.err());
  }

  @Test
  void mkdocsCurlsThemWithSmarty() throws Exception {
    SiteFixture without = SiteFixture.of(tmp.resolve("without"), "-- content/mkdocs.yml --\nsite_name: T\n-- content/docs/index.md --\n# A\n\n" + TEXT);
    assertEquals(0, without.run("build").exit());
    assertEquals(STRAIGHT, text(without, "index.html"));
    SiteFixture smarty =
        SiteFixture.of(
            tmp.resolve("smarty"),
            "-- content/mkdocs.yml --\nsite_name: T\nmarkdown_extensions:\n  - smarty:\n      smart_quotes: false\n      smart_angled_quotes: true\n      substitutions: {}\n-- content/docs/index.md --\n# A\n\n"
                + TEXT.replace("\n", " <<a>>\n").replace("<<a>>", "<< a >>"));
    SiteFixture.Run r = smarty.run("build");
    assertEquals(0, r.exit(), r.err());
    assertEquals("\"Quoted\" \u2013 it's done\u2026 \u00ab a \u00bb", text(smarty, "index.html"));
    assertTrue(r.err().contains("content/mkdocs.yml:6:7: warning[config.mkdocs]: smarty's option `substitutions` is not read here"), r.err());
  }
}
