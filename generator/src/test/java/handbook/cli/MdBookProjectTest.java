package handbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.testing.SiteFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A content folder that is an mdBook project (a {@code book.toml} at its root): the chapters of its
 * {@code src/} at their paths, its {@code SUMMARY.md} the menu, its includes put in and its code
 * blocks read as mdBook reads them.
 */
class MdBookProjectTest {
  @TempDir Path tmp;

  static final String PROJECT =
      """
      -- content/book.toml --
      [book]
      title = "The Ops Book"
      authors = ["Ops"]
      description = "How we run things."
      language = "en"

      [output.html]
      git-repository-url = "https://github.com/example/ops-book"
      edit-url-template = "https://github.com/example/ops-book/edit/main/{path}"

      [output.html.redirect]
      "/old/start.html" = "../introduction.html#why"
      "/setup.html" = "guide/index.html"
      -- content/src/SUMMARY.md --
      # Summary

      [Introduction](introduction.md)

      # User guide

      - [The guide](guide/README.md)
          - [Installing](guide/install.md)
          - [Running](guide/run.md)

      ---

      [Contributors](contributors.md)
      -- content/src/introduction.md --
      # Introduction

      ## Why {#why}

      Start with [installing](guide/install.md), then [run](./guide/run.html#flags) it; the [guide](guide/index.html).

      ![Logo](images/logo.png)
      -- content/src/guide/README.md --
      # The guide

      Read [on](install.md).
      -- content/src/guide/install.md --
      # Installing

      ```rust
      {{#include ../../listings/hello.rs}}
      ```

      ```rust
      {{#include ../../listings/hello.rs:main}}
      ```

      ```rust
      {{#include ../../listings/hello.rs:2:3}}
      ```

      ```rust
      {{#include ../../listings/hello.rs:2}}
      ```

      {{#playground ../../listings/hello.rs editable}}

      ```rust
      {{#rustdoc_include ../../listings/hello.rs:3}}
      ```

      {{#include ../shared/note.md}}

      Write \\{{#include file.rs}} to include a file.
      -- content/src/guide/run.md --
      # Running

      ## Flags

      ```rust,ignore
      # use std::env;
      #[derive(Debug)]
      ## not hidden
      fn main() {
      #     let hidden = 1;
          println!("shown");
      }
      ```

      ```toml,hidelines=!!
      !! hidden = true
      shown = true
      ```
      -- content/src/contributors.md --
      # Contributors

      Thanks.
      -- content/src/shared/note.md --
      > Included **note**.
      -- content/src/unlisted.md --
      # Not in the summary
      -- content/src/images/logo.png --
      png
      -- content/listings/hello.rs --
      // ANCHOR: main
      fn main() {
          println!("hello");
      }
      // ANCHOR_END: main
      """;

  private static Element body(SiteFixture site, String page) throws Exception {
    return Jsoup.parse(site.read(page)).selectFirst(".doc-body");
  }

  @Test
  void itsChaptersAreAtTheirPathsAndItsSummaryIsTheMenu() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, PROJECT);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertFalse(r.err().contains("warning["), r.err());
    Path out = site.site();
    for (String f : List.of("index.html", "guide/index.html", "guide/install/index.html", "guide/run/index.html", "contributors/index.html", "images/logo.png")) {
      assertTrue(Files.exists(out.resolve(f)), f);
    }
    // the summary is the menu, not a page; a chapter it does not list is not published; the book's config and listings neither
    for (String f : List.of("SUMMARY", "SUMMARY.md", "unlisted", "unlisted.html", "book.toml", "listings", "src", "docs", "shared")) {
      assertFalse(Files.exists(out.resolve(f)), f);
    }
    // the first chapter is the home (the root has no README.md), at its address too
    Document home = Jsoup.parse(site.read("index.html"));
    assertEquals("Introduction", home.selectFirst(".doc-body h1").ownText().strip());
    assertEquals("The Ops Book", home.selectFirst(".site-title, header a").text());
    assertEquals(List.of("guide/install/", "guide/run/#flags", "guide/"), home.select(".doc-body p a").eachAttr("href"));
    assertEquals("images/logo.png", home.selectFirst(".doc-body img").attr("src"));
    assertTrue(site.read("introduction.html").contains("url=./"), site.read("introduction.html"));
    // each chapter's mdBook address sends readers to it
    assertTrue(site.read("guide/install.html").contains("url=install/"), site.read("guide/install.html"));
    // the summary's order, titles and numbers (the home is the site's title's link; the chapters before and after the lists have no number)
    Document install = Jsoup.parse(site.read("guide/install/index.html"));
    assertEquals(List.of("1. The guide", "1.1. Installing", "1.2. Running", "Contributors"), install.select("nav.sidebar a").eachText());
    // a part's title over its chapters (no page of its own); the chapters after the lists in no part
    assertEquals(List.of("User guide"), install.select("nav.sidebar li.nav-group > span").eachText());
    assertEquals(List.of("1. The guide", "1.1. Installing", "1.2. Running"), install.select("nav.sidebar li.nav-group a").eachText());
    assertEquals("Installing", install.selectFirst(".doc-body h1").ownText().strip());
    // its edit link names the file in the repository, its repository is linked from the header
    assertEquals("https://github.com/example/ops-book/edit/main/src/guide/install.md", install.selectFirst("a[rel=edit]").attr("href"));
    assertTrue(install.select("header a[href=https://github.com/example/ops-book]").size() > 0, install.select("header").outerHtml());
    // its redirects, to a chapter's address as mdBook writes it
    assertTrue(site.read("old/start.html").contains("url=../#why"), site.read("old/start.html"));
    assertTrue(site.read("setup.html").contains("url=guide/"), site.read("setup.html"));
  }

  @Test
  void itsIncludesAndCodeAreReadAsMdBookReadsThem() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, PROJECT);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    Element install = body(site, "guide/install/index.html");
    List<String> code = install.select("pre code").eachText();
    // the whole file without its anchors' lines, an anchor, lines 2 to 3, line 2, a playground
    assertEquals(
        List.of(
            "fn main() {\n    println!(\"hello\");\n}",
            "fn main() {\n    println!(\"hello\");\n}",
            "fn main() {\n    println!(\"hello\");",
            "fn main() {",
            "fn main() {\n    println!(\"hello\");\n}",
            "println!(\"hello\");"),
        install.select("pre code").eachText().stream().map(t -> t.strip()).toList(),
        code.toString());
    assertTrue(install.select("pre code").get(4).hasClass("language-rust"), install.select("pre").get(4).outerHtml());
    assertEquals("Included note.", install.selectFirst("blockquote").text());
    assertTrue(install.text().contains("Write {{#include file.rs}} to include a file."), install.text());
    Element run = body(site, "guide/run/index.html");
    Element rust = run.select("pre code").get(0);
    assertTrue(rust.hasClass("language-rust"), rust.outerHtml());
    assertEquals("#[derive(Debug)]\n# not hidden\nfn main() {\n    println!(\"shown\");\n}", rust.wholeText().strip());
    Element toml = run.select("pre code").get(1);
    assertTrue(toml.hasClass("language-toml"), toml.outerHtml());
    assertEquals("shown = true", toml.wholeText().strip());
  }

  @Test
  void whatIsNotBuiltHereIsNamed() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/book.toml --
            [book]
            title = "Named"
            src = "pages"
            multilingual = false
            colour = "red"

            [output.html]
            additional-css = ["custom.css"]
            mathjax-support = true
            edit-url-template = "https://example.com/{path}?mode=edit"

            [output.html.code.hidelines]
            python = "~"

            [output.html.redirect]
            "old.html" = "intro.html"
            "/gone.html" = "missing.html"

            [output.pdf]

            [preprocessor.mermaid]
            command = "mdbook-mermaid"
            -- content/pages/SUMMARY.md --
            # Summary

            - [Intro](intro.md)
            <!-- - [Old](old.md) -->
            - [Draft]()
            - [Missing](missing.md)
            -- content/pages/intro.md --
            # Intro

            {{#title A Better Title}}

            Text {{#include x.md}} here, and {{#template t.md}}.

            {{#include nowhere.rs}}
            -- content/pages/404.md --
            # Lost
            -- content/runbooks/restart.md --
            # Restart
            -- content/theme/index.hbs --
            x
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertFalse(r.err().contains("old.md"), "an entry commented out is none\n" + r.err());
    for (String expected :
        List.of(
            "content/book.toml:5:1: warning[config.mdbook]: `book.colour` of `book.toml` is not read here",
            "content/book.toml:13:1: warning[config.mdbook]: `output.html.code.hidelines` is not followed: the lines it would hide in `python` code blocks are shown",
            "content/book.toml:8:1: warning[config.mdbook]: `output.html.additional-css` is not used here",
            "content/book.toml:9:1: warning[config.mdbook]: `mathjax-support` is not followed: MathJax is not loaded, so formulas are shown as written",
            "content/book.toml:10:", "warning[config.mdbook]: `edit-url-template` is not followed: the edit link is made of an address ending in `{path}`",
            "content/book.toml:16:1: warning[config.mdbook]: the redirect `old.html` is not made",
            "content/book.toml:17:1: warning[config.mdbook]: the redirect from `/gone.html` is not made: `/missing.html` is no page of the site",
            "content/book.toml:19:", "warning[config.mdbook]: mdBook's `pdf` output is not made here",
            "content/book.toml:21:", "warning[config.mdbook]: the preprocessor `mermaid` is not run here",
            "content/pages/SUMMARY.md:5:1: warning[docs.nav]: an entry of the table of contents not read here",
            "content/pages/SUMMARY.md:6:1: warning[docs.nav]: the table of contents names no page: `missing.md`",
            "content/pages/intro.md:3:1: warning[markdown.marker]: mdBook's `{{#title}}` is not read: the page's title is its first heading's, and the marker is left out",
            "content/pages/intro.md:5:6: warning[markdown.marker]: mdBook's `{{#include}}` is not read here: it is shown as written",

            "content/pages/intro.md:7:1: warning[markdown.include]: no file `nowhere.rs` to include: nothing is included",
            "content/theme/index.hbs: warning[config.mdbook]: mdBook's theme (`theme/`) is not used here",
            "content/pages/404.md: warning[config.mdbook]: mdBook's page for addresses not found (`404.md`) is not used: the site's own is",
            "content/runbooks/: warning[config.mdbook]: `runbooks/` beside book.toml is not read: an mdBook project publishes its pages' folder alone")) {
      assertTrue(r.err().contains(expected), expected + "\n" + r.err());
    }
    // its pages are those of the folder its src names; the home its first chapter
    assertEquals("Intro", Jsoup.parse(site.read("index.html")).selectFirst(".doc-body h1").ownText().strip());
    assertFalse(Files.exists(site.site().resolve("theme")));
    assertFalse(Jsoup.parse(site.read("index.html")).text().contains("{{#title"));
    // markers mdBook does not read either are shown as written, unnamed
    assertTrue(Jsoup.parse(site.read("index.html")).text().contains("Text {{#include x.md}} here, and {{#template t.md}}."), site.read("index.html"));
    assertFalse(r.err().contains("{{#template}}"), r.err());
  }

  @Test
  void itsChaptersNumbersAreLeftOutWhereItsConfigSaysSo() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, PROJECT.replace("[output.html]\n", "[output.html]\nno-section-label = true\n"));
    assertEquals(0, site.run("build").exit());
    assertEquals(List.of("The guide", "Installing", "Running", "Contributors"), Jsoup.parse(site.read("guide/install/index.html")).select("nav.sidebar a").eachText());
  }

  @Test
  void aBookWhoseSrcIsItsRootPublishesItsChaptersNotItsConfig() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/book.toml --
            [book]
            title = "Flat"
            src = "."
            -- content/SUMMARY.md --
            - [One](README.md)
            - [Two](two.md)
            -- content/README.md --
            # One

            [Two](two.md)
            -- content/two.md --
            # Two
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertEquals(List.of("2. Two"), Jsoup.parse(site.read("two/index.html")).select("nav.sidebar a").eachText());
    assertEquals("two/", Jsoup.parse(site.read("index.html")).selectFirst(".doc-body p a").attr("href"));
    for (String f : List.of("book.toml", "SUMMARY", "SUMMARY.md")) {
      assertFalse(Files.exists(site.site().resolve(f)), f);
    }
  }

  @Test
  void smartPunctuationIsItsConfigs() throws Exception {
    String page = "-- content/src/SUMMARY.md --\n- [A](a.md)\n-- content/src/a.md --\n# A\n\n\"Quoted\" -- and...\n";
    SiteFixture plain = SiteFixture.of(tmp.resolve("plain"), "-- content/book.toml --\n[book]\ntitle = \"A\"\n" + page);
    assertEquals(0, plain.run("build").exit());
    assertEquals("\"Quoted\" -- and...", Jsoup.parse(plain.read("index.html")).selectFirst(".doc-body p").text());
    SiteFixture smart = SiteFixture.of(tmp.resolve("smart"), "-- content/book.toml --\n[book]\ntitle = \"A\"\n[output.html]\nsmart-punctuation = true\n" + page);
    assertEquals(0, smart.run("build").exit());
    assertEquals("\u201cQuoted\u201d \u2013 and\u2026", Jsoup.parse(smart.read("index.html")).selectFirst(".doc-body p").text());
  }

  @Test
  void aSiteYamlBesideItGivesSettingsOverItsConfigs() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/site.yaml --
            title: Ours
            links:
              on_broken: warning
            -- content/book.toml --
            [book]
            title = "Theirs"
            -- content/src/SUMMARY.md --
            - [A](a.md)
            -- content/src/a.md --
            # A

            [Gone](gone.md)
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("content/src/a.md:3:8: warning[link.unresolved]"), r.err());
    Document home = Jsoup.parse(site.read("index.html"));
    assertEquals("A", home.selectFirst(".doc-body h1").ownText().strip());
    assertTrue(home.title().contains("Ours"), home.title());
  }
}
