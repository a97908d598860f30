package handbook.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.content.NaturalOrder;
import handbook.testing.SiteFixture;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real docs written for other tools, built as content/docs, checked as a reader sees them: an
 * MkDocs site's own docs (README folders, {@code !!!} admonitions, attribute lists, raw HTML
 * images written for its output URLs) and Gemini CLI's GitHub docs folder (GitHub alerts, raw
 * HTML images with repository-root paths, JSON beside the pages).
 */
class OtherToolsCorpusTest {
  static final Path MKDOCS = Path.of("src/test/resources/corpus/mkdocs-docs/docs");
  static final Path GEMINI = Path.of("src/test/resources/corpus/gemini-cli-docs/docs");

  @TempDir Path tmp;

  private SiteFixture site(Path corpus, String siteYaml) throws IOException {
    SiteFixture f = SiteFixture.of(tmp, "-- content/site.yaml --\n" + siteYaml);
    copy(corpus, f.content().resolve("docs"));
    return f;
  }

  @Test
  void mkdocsSiteBuildsWithFolderPagesAnchorsAndEveryImage() throws IOException {
    SiteFixture f = site(MKDOCS, "title: MkDocs\nlanguage: en\nlinks:\n  on_broken: warning\n");
    SiteFixture.Run r = f.run("build");
    assertEquals(0, r.exit(), r.err());
    // what is left is true of this build: pages an include or a plugin would fill, a typo, a file not in the copy
    List<String> broken = headlines(r.err(), "warning[link.");
    assertEquals(12, broken.size(), String.join("\n", broken));
    assertTrue(broken.contains("content/docs/about/release-notes.md:124:25: warning[link.unresolved]: no page or file `../user-guide/configuration.md/` (content/docs/user-guide/configuration.md/)"), r.err());
    assertTrue(broken.contains("content/docs/getting-started.md:138:19: warning[link.unresolved]: no page or file `img/favicon.ico` (content/docs/img/favicon.ico)"), r.err());
    // every mkdocstrings block is named, and a template variable in a table of the release notes
    // (`{{ base_url }}` without backticks: text in MkDocs too)
    assertEquals(
        List.of(
            "content/docs/about/release-notes.md:1695:21",
            "content/docs/dev-guide/api.md:5:1",
            "content/docs/dev-guide/plugins.md:276:1",
            "content/docs/dev-guide/themes.md:257:1",
            "content/docs/user-guide/cli.md:3:1"),
        headlines(r.err(), "warning[markdown.marker]").stream().map(l -> l.substring(0, l.indexOf(": warning"))).toList());
    // the includes of pymdownx.snippets: the SVG beside the pages is put in (read from the content
    // folder, as MkDocs reads it from the folder of mkdocs.yml); the repository's CONTRIBUTING.md is not in the copy
    assertEquals(
        List.of("content/docs/about/contributing.md:1:1: warning[markdown.include]: no file `CONTRIBUTING.md` to include: nothing is included"),
        headlines(r.err(), "warning[markdown.include]"));
    String plugins = f.read("docs/dev-guide/plugins/index.html");
    assertTrue(plugins.contains("<svg width=\"527pt\" height=\"1786pt\"") && plugins.contains("<g id=\"graph0\" class=\"graph\""), "the included SVG is in the page");
    assertFalse(plugins.contains("8&lt;--"), "no include marker is shown");

    assertFalse(Files.exists(f.site().resolve("docs/user-guide/README/index.html")), "README is the folder's page, not a child");
    assertEquals("User Guide", title(f.read("docs/user-guide/index.html")));
    assertEquals("Developer Guide", title(f.read("docs/dev-guide/index.html")));
    assertTrue(sidebar(f.read("docs/user-guide/cli/index.html")).contains("User Guide"), "the folder is named by its README's title");

    String theme = f.read("docs/user-guide/choosing-your-theme/index.html");
    assertTrue(theme.contains("id=\"mkdocs-locale\"") && theme.contains("id=\"readthedocs-locale\""), "attribute-list ids are anchors");
    assertTrue(theme.contains("<img src=\"../../img/mkdocs_theme_light_mode.png\""), "raw HTML written for the output URL keeps working");

    for (Path page : pages(f.site().resolve("docs"))) {
      String html = Files.readString(page, StandardCharsets.UTF_8);
      assertNoMarkerShown(page, html, "!!! ", "??? ", "{ #", "{#");
      assertImagesResolve(f.site(), page, html);
      assertSidebarInNaturalOrder(page, html);
    }
  }

  @Test
  void githubDocsFolderBuildsWithAlertsAndEveryImage() throws IOException {
    SiteFixture f = site(GEMINI, "title: Gemini CLI\nlanguage: en\nlinks:\n  root: /\n  on_broken: warning\n");
    SiteFixture.Run r = f.run("build");
    assertEquals(0, r.exit(), r.err());
    // stale anchors and a link to a renamed page, as on GitHub; two images on other hosts, one page's: one warning
    List<String> broken = headlines(r.err(), "warning[link.");
    assertEquals(17, broken.size(), String.join("\n", broken));
    assertEquals(
        List.of("content/docs/changelogs/index.md:776:50"),
        headlines(r.err(), "warning[link.remote-image]").stream().map(l -> l.substring(0, l.indexOf(": warning"))).toList());
    assertTrue(r.err().contains("(1 more image on other hosts, on line 841)"), r.err());
    assertTrue(broken.contains("content/docs/index.md:127:26: warning[link.unresolved]: no page or file `/docs/contributing` (content/docs/contributing)"), r.err());
    // its two .mdx pages (Astro Starlight) are pages, not files; their tabs are content tabs, and
    // their imports (of the tabs alone) are dropped without a word
    List<String> markers = headlines(r.err(), "warning[markdown.");
    assertEquals(List.of(), markers);
    for (String page : List.of("authentication", "installation")) {
      assertFalse(Files.exists(f.site().resolve("docs/get-started/" + page + ".mdx")), page);
      String html = f.read("docs/get-started/" + page + "/index.html");
      assertTrue(html.contains("<div class=\"tabbed-set\">"), page + ": " + html);
      assertFalse(html.contains("<TabItem") || html.contains("<Tabs") || html.contains("@astrojs"), page + ": " + html);
    }
    String installation = f.read("docs/get-started/installation/index.html");
    assertTrue(installation.contains(">npm</label><label for=\"__tabbed_1_2\">Homebrew (macOS/Linux)</label><label for=\"__tabbed_1_3\">MacPorts (macOS)</label><label for=\"__tabbed_1_4\">Anaconda</label>"), installation);
    assertEquals("Gemini CLI installation, execution, and releases", title(f.read("docs/get-started/installation/index.html")));

    int alerts = 0;
    int admonitions = 0;
    for (Path src : markdown(GEMINI)) {
      alerts += count(Pattern.compile("(?m)^\\s*> \\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\\]"), Files.readString(src, StandardCharsets.UTF_8));
    }
    for (Path page : pages(f.site().resolve("docs"))) {
      String html = Files.readString(page, StandardCharsets.UTF_8);
      admonitions += count(Pattern.compile("<div class=\"admonition (note|tip|info|warning|danger)\" role=\"note\">"), html);
      assertNoMarkerShown(page, html, "[!NOTE]", "[!TIP]", "[!IMPORTANT]", "[!WARNING]", "[!CAUTION]");
      assertImagesResolve(f.site(), page, html);
      assertSidebarInNaturalOrder(page, html);
    }
    assertTrue(alerts > 60, "the corpus uses alerts: " + alerts);
    assertEquals(alerts, admonitions, "every GitHub alert is an admonition");

    String themes = f.read("docs/cli/themes/index.html");
    assertTrue(themes.contains("<img src=\"../../assets/theme-dracula-dark.png\" alt=\"Dracula theme\" width=\"600\">"), "a repository-root image path is rewritten for the page");
    assertEquals(Files.readString(GEMINI.resolve("sidebar.json")), Files.readString(f.site().resolve("docs/sidebar.json")), "JSON beside the pages is published as it is");
  }

  // ---------------------------------------------------------------- what a reader sees

  /** No marker stands as text outside code in a page's body. */
  private static void assertNoMarkerShown(Path page, String html, String... markers) {
    Element body = Jsoup.parse(html).selectFirst(".doc-body");
    if (body == null) {
      return;
    }
    body.select("pre, code").remove();
    String text = body.wholeText();
    for (String m : markers) {
      assertFalse(text.contains(m), "`" + m + "` shown as text on " + page);
    }
  }

  /** Every image the page shows is a file of the site. */
  private static void assertImagesResolve(Path site, Path page, String html) {
    Document doc = Jsoup.parse(html);
    for (Element img : doc.select("img[src], video[src], source[src]")) {
      String src = img.attr("src");
      if (src.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") || src.startsWith("//")) {
        continue;
      }
      Path folder = page.getParent();
      String path = URI.create(src.replace(" ", "%20")).getPath();
      Path target = folder.resolve(path).normalize();
      assertTrue(target.startsWith(site) && Files.isRegularFile(target), "image `" + src + "` on " + site.relativize(page) + " is " + target);
    }
  }

  /** Each list of the sidebar without weights is in natural order of its titles. */
  private static void assertSidebarInNaturalOrder(Path page, String html) {
    Collator c = Collator.getInstance(Locale.ENGLISH);
    c.setStrength(Collator.SECONDARY);
    NaturalOrder order = new NaturalOrder(c);
    Element nav = Jsoup.parse(html).selectFirst("nav.sidebar");
    if (nav == null) {
      return;
    }
    for (Element list : nav.select("ul")) {
      List<String> titles = new ArrayList<>();
      for (Element li : list.children()) {
        Element a = li.hasClass("nav-more") ? null : li.selectFirst("> a");
        if (a != null) {
          titles.add(a.text());
        }
      }
      List<String> sorted = new ArrayList<>(titles);
      sorted.sort(order);
      assertEquals(sorted, titles, "sidebar order on " + page);
    }
  }

  private static String title(String html) {
    return Jsoup.parse(html).selectFirst("main h1, main .doc-header h1").ownText().strip();
  }

  private static List<String> sidebar(String html) {
    return Jsoup.parse(html).select("nav.sidebar a").eachText();
  }

  private static List<String> headlines(String err, String kind) {
    return err.lines().filter(l -> l.contains(": " + kind)).toList();
  }

  private static int count(Pattern p, String s) {
    Matcher m = p.matcher(s);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static List<Path> pages(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.getFileName().toString().equals("index.html")).sorted().toList();
    }
  }

  private static List<Path> markdown(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".mdx")).sorted().toList();
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t);
        }
      }
    }
  }
}
