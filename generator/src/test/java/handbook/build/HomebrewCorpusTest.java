package handbook.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.testing.SiteFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real docs tree nobody here wrote (Homebrew's docs, BSD-2-Clause), built as content/docs. */
class HomebrewCorpusTest {
  static final Path CORPUS = Path.of("src/test/resources/corpus/homebrew-docs/docs");

  @TempDir Path tmp;

  private SiteFixture site(String siteYaml) throws IOException {
    SiteFixture f = SiteFixture.of(tmp, "-- content/site.yaml --\n" + siteYaml);
    copy(CORPUS, f.content().resolve("docs"));
    return f;
  }

  /** Homebrew's docs are a Jekyll site: built as it is, its pages at their addresses (their .html ones redirecting), its site-root links read. */
  @Test
  void asTheJekyllSiteItIs() throws IOException {
    SiteFixture f = SiteFixture.of(tmp, "-- content/_config.yml --\ntitle: Homebrew Documentation\nurl: https://docs.brew.sh\n-- content/site.yaml --\nlinks:\n  fallback: https://docs.brew.sh\n");
    copy(CORPUS, f.content());
    SiteFixture.Run r = f.run("build");
    assertEquals(0, r.exit(), r.err());
    assertTrue(f.read("index.html").contains("<title>Homebrew Documentation</title>"), "the home without a title is named by the site");
    String cookbook = f.read("Formula-Cookbook/index.html");
    assertTrue(cookbook.contains("href=\"https://docs.brew.sh/rubydoc/Formula.html#patch-class_method\""), "a site-root link to what the site lacks: the live site");
    assertTrue(cookbook.contains("href=\"../Acceptable-Formulae/#dependencies-and-full-variants\""));
    assertTrue(f.read("Formula-Cookbook.html").contains("url=Formula-Cookbook/"), "Jekyll's address redirects");
    assertEquals(2, r.err().lines().filter(l -> l.contains("warning[")).count(), r.err());
  }

  @Test
  void siteRootLinksAreEachReportedOnceAtTheirPosition() throws IOException {
    SiteFixture f = site("title: Homebrew\nlanguage: en\n");
    SiteFixture.Run r = f.run("check");
    assertEquals(1, r.exit());
    List<String> headlines = r.err().lines().filter(l -> l.contains(": error[")).toList();
    assertEquals(101, headlines.size(), "site-root link errors");
    assertTrue(headlines.stream().allMatch(l -> l.contains("error[link.site-root]: site-root link `/")), headlines.get(0));
    assertEquals(101, new HashSet<>(headlines.stream().map(l -> l.substring(0, l.indexOf(": error["))).toList()).size(), "each reported once");
    assertTrue(
        headlines.contains(
            "content/docs/Formula-Cookbook.md:536:16: error[link.site-root]: site-root link `/rubydoc/Formula.html#patch-class_method` cannot be checked: links between pages are relative"),
        "the patch link is reported at its column");
  }

  @Test
  void withAFallbackEveryPageIsBuiltAndRelativeLinksResolve() throws IOException {
    SiteFixture f = site("title: Homebrew\nlanguage: en\nlinks:\n  root: docs\n  fallback: https://docs.brew.sh\n");
    SiteFixture.Run r = f.run("build");
    assertEquals(0, r.exit(), r.err());
    List<Path> sources;
    try (Stream<Path> s = Files.walk(CORPUS)) {
      sources = s.filter(p -> p.toString().endsWith(".md")).toList();
    }
    assertEquals(84, sources.size());
    for (Path src : sources) {
      String rel = CORPUS.relativize(src).toString().replaceFirst("\\.md$", "");
      String out = rel.equals("index") ? "docs/index.html" : rel.endsWith("/index") ? "docs/" + rel.replaceFirst("index$", "") + "index.html" : "docs/" + rel + "/index.html";
      assertTrue(Files.exists(f.site().resolve(out)), "page for " + src);
    }
    String cookbook = f.read("docs/Formula-Cookbook/index.html");
    assertTrue(cookbook.contains("href=\"https://docs.brew.sh/rubydoc/Formula.html#patch-class_method\""));
    assertTrue(cookbook.contains("href=\"../Acceptable-Formulae/#dependencies-and-full-variants\""), "a relative .md link became a page link");
    Set<String> images = new HashSet<>();
    try (Stream<Path> s = Files.walk(CORPUS.resolve("assets"))) {
      s.filter(Files::isRegularFile).forEach(p -> images.add("docs/" + CORPUS.relativize(p)));
    }
    for (String img : images) {
      assertTrue(Files.exists(f.site().resolve(img)), img);
    }
    for (Path src : sources) {
      String rel = CORPUS.relativize(src).toString().replaceFirst("\\.md$", "");
      String out = rel.equals("index") ? "docs/index.html" : rel.endsWith("/index") ? "docs/" + rel.replaceFirst("index$", "") + "index.html" : "docs/" + rel + "/index.html";
      String html = f.read(out);
      assertTrue(!html.contains("{:toc}") && !html.contains("{% raw") && !html.contains("{% endraw"), "kramdown and Liquid markers are handled in " + out);
    }
    String faq = f.read("docs/FAQ/index.html");
    assertTrue(faq.contains("<img src=\"../assets/img/docs/sparkle-test-app-software-update.png\" width=\"600\""), "a raw HTML image is rewritten for the page's URL");
    assertTrue(!faq.contains("Table of Contents"), "the placeholder list of {:toc} is gone; the page's own contents take its place");
    assertTrue(f.read("docs/Formula-Cookbook/index.html").contains("<code>{{HOMEBREW_PREFIX}}</code>"), "what {% raw %} protects is shown literally");
    assertTrue(
        r.err().contains(
            "content/docs/Homebrew-Governance-Archives.md:7:1: warning[markdown.marker]: `{% assign governance_pages = site.pages | whe...` is Liquid (Jekyll) template syntax, which is not run here: it is shown as written (6 more markers of other tools, on lines 8, 10, 11, 12)"),
        r.err());
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
