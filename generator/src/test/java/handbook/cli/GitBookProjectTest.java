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
 * A content folder that is a GitBook project (a {@code README.md} and a {@code SUMMARY.md} at its
 * root, or a {@code .gitbook.yaml}): its pages at their paths, its table of contents the menu, its
 * images in {@code .gitbook/assets/}, its blocks read as the engine's own.
 */
class GitBookProjectTest {
  @TempDir Path tmp;

  static final String PROJECT =
      """
      -- content/README.md --
      ---
      description: What this handbook is for.
      ---

      # Introduction

      Start with [installing](getting-started/install.md).

      ![Diagram](.gitbook/assets/diagram.png)
      -- content/SUMMARY.md --
      # Table of contents

      * [Introduction](README.md)
      * [Getting started](getting-started/README.md)
        * [Install](getting-started/install.md)
        * [Set it up](getting-started/configure.md)

      ## Guides

      * [Rollback](guides/rollback.md)
      * [Deploy](guides/deploy.md)
      -- content/getting-started/README.md --
      # Getting started

      Read on.
      -- content/getting-started/install.md --
      # Install

      ![Shot](../.gitbook/assets/diagram.png) Then [configure](configure.md).
      -- content/getting-started/configure.md --
      # Configure
      -- content/guides/rollback.md --
      # Rollback

      {% include "../.gitbook/includes/shared.md" %}
      -- content/guides/deploy.md --
      # Deploy

      {% hint style="warning" %}
      A **warning** hint.
      {% endhint %}

      {% tabs %}
      {% tab title="Linux" %}
      Run `make`.
      {% endtab %}

      {% tab title="Windows" %}
      Run `nmake`.
      {% endtab %}
      {% endtabs %}

      {% code title="deploy.sh" lineNumbers="true" %}
      ```bash
      ./deploy
      ```
      {% endcode %}

      {% content-ref url="rollback.md" %}
      [rollback.md](rollback.md)
      {% endcontent-ref %}

      {% file src="../.gitbook/assets/runbook.pdf" %}
      The runbook
      {% endfile %}

      {% stepper %}
      {% step %}
      ### First
      Do it.
      {% endstep %}
      {% endstepper %}
      -- content/.gitbook/assets/diagram.png --
      png
      -- content/.gitbook/assets/runbook.pdf --
      pdf
      -- content/.gitbook/includes/shared.md --
      A **reusable** block: included, not published.
      """;

  @Test
  void itsPagesAreAtTheirPathsAndItsTableOfContentsIsTheMenu() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, PROJECT);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertFalse(r.err().contains("warning"), r.err());
    Path out = site.site();
    for (String f : List.of("index.html", "getting-started/index.html", "getting-started/install/index.html", "guides/deploy/index.html", ".gitbook/assets/diagram.png", ".gitbook/assets/runbook.pdf")) {
      assertTrue(Files.exists(out.resolve(f)), f);
    }
    for (String f : List.of("SUMMARY", "SUMMARY.md", "README", "docs", ".gitbook/includes", ".gitbook.yaml")) {
      assertFalse(Files.exists(out.resolve(f)), f);
    }
    Document home = Jsoup.parse(site.read("index.html"));
    assertEquals(".gitbook/assets/diagram.png", home.selectFirst(".doc-body img").attr("src"));
    assertEquals("getting-started/install/", home.selectFirst(".doc-body p a").attr("href"));
    Document install = Jsoup.parse(site.read("getting-started/install/index.html"));
    assertEquals("../../.gitbook/assets/diagram.png", install.selectFirst(".doc-body img").attr("src"));
    assertEquals("../configure/", install.selectFirst(".doc-body p a").attr("href"));
    // the table of contents: its order and titles; a heading titles the folder of its group's pages
    assertEquals(List.of("Getting started", "Install", "Set it up", "Guides"), install.select("nav.sidebar a").eachText());
    Document deploy = Jsoup.parse(site.read("guides/deploy/index.html"));
    assertEquals(List.of("Getting started", "Guides", "Rollback", "Deploy"), deploy.select("nav.sidebar a").eachText());
    // reusable content: put in where the page includes it
    assertEquals("A reusable block: included, not published.", Jsoup.parse(site.read("guides/rollback/index.html")).selectFirst(".doc-body p").text());
  }

  @Test
  void aPageWithPagesUnderItHoldsThemInTheMenuAndAHeadingOverPagesIsATitle() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/README.md --
            # Welcome
            -- content/SUMMARY.md --
            # Table of contents

            * [Welcome](README.md)

            ## Basics

            * [Parent](parent.md)
              * [Child](child.md)
              * [Deep](more/deep.md)
            * [Other](other.md)
            -- content/parent.md --
            # Parent
            -- content/child.md --
            # Child
            -- content/other.md --
            # Other
            -- content/more/deep.md --
            # Deep
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertFalse(r.err().contains("warning["), r.err());
    Document child = Jsoup.parse(site.read("child/index.html"));
    // the heading a title over its pages; a page with pages under it leads to itself and holds them, as GitBook shows it
    assertEquals("Basics", child.selectFirst("nav.sidebar li.nav-group > span").text());
    assertEquals(List.of("Parent", "Child", "Deep", "Other"), child.select("nav.sidebar a").eachText());
    assertEquals("../parent/", child.selectFirst("nav.sidebar li.nav-section.open > a").attr("href"));
    assertEquals(List.of("Welcome", "Basics", "Parent"), child.select("nav.breadcrumbs li:not(:last-child)").eachText());
    assertEquals("../parent/", child.selectFirst("a[rel=prev]").attr("href"));
    assertEquals("../more/deep/", child.selectFirst("a[rel=next]").attr("href"));
    // (and its pages closed where the page is not on the way)
    assertEquals(List.of("Parent", "Other"), Jsoup.parse(site.read("other/index.html")).select("nav.sidebar a").eachText());
  }

  @Test
  void itsBlocksAreReadAsTheEnginesOwn() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, PROJECT);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    Element body = Jsoup.parse(site.read("guides/deploy/index.html")).selectFirst(".doc-body");
    assertEquals("warning", body.selectFirst(".admonition.warning strong").text());
    assertEquals(List.of("Linux", "Windows"), body.select(".tabbed-labels label").eachText());
    assertEquals("nmake", body.select(".tabbed-block code").get(1).text());
    Element code = body.selectFirst("pre");
    assertEquals("deploy.sh", code.attr("data-title"));
    assertTrue(code.hasClass("numbered"), code.outerHtml());
    assertEquals("./deploy", code.selectFirst("code").text());
    // a link to a page (content-ref) is a card with the page's title, not GitBook's words for it (its file's name)
    assertEquals(List.of("../rollback/"), body.select("ul.cards > li.card > a.card-link").eachAttr("href"));
    assertEquals("Rollback", body.selectFirst("a.card-link").text());
    assertEquals(List.of("../../.gitbook/assets/runbook.pdf"), body.select("p > a").eachAttr("href"));
    assertEquals("runbook.pdf", body.select("p > a").get(0).text());
    assertEquals("first", body.selectFirst("h3").id());
    assertFalse(body.text().contains("{%"), body.text());
  }

  @Test
  void whatIsNotBuiltHereIsNamed() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/.gitbook.yaml --
            root: ./docs/
            plugins: [x]
            structure:
              readme: intro.md
              summary: toc.md
            redirects:
              old: ./intro.md
              gone: ./new.md
            -- content/docs/intro.md --
            # Intro
            -- content/docs/README.md --
            # Home

            {% embed url="https://www.youtube.com/watch?v=abc" %}

            {% swagger src="api.yaml" path="/x" method="get" %}
            {% endswagger %}

            [Gone](broken-reference)
            -- content/docs/toc.md --
            * [Home](README.md)
            * [Intro](intro.md)

            ## More

            * [Gone](gone.md)
            -- content/src/main.js --
            x
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(1, r.exit(), r.err());
    for (String expected :
        List.of(
            "content/.gitbook.yaml:2:10: warning[config.gitbook]: `plugins` of `.gitbook.yaml` is not read here",
            "content/.gitbook.yaml:4:11: warning[config.gitbook]: `structure.readme` is not followed: the first page is `README.md`, each folder's page its `README.md`",
            "content/.gitbook.yaml:8:3: warning[config.gitbook]: the redirect from `gone.md` is not made: `new.md` is no page of the site",
            "content/docs/toc.md:6:1: warning[docs.nav]: the table of contents names no page: `gone.md`",
            "content/docs/README.md:3:1: warning[markdown.marker]: `{% embed url=\"https://www.youtube.com/watch?v...` is a GitBook block, which is shown as a link to what it embeds",
            "(2 more markers of other tools, on lines 5, 6)",
            "content/docs/README.md:8:8: error[link.unresolved]: no page or file `broken-reference`",
            "warning[config.gitbook]: GitBook shows this project with its broken links: here it is an error")) {
      assertTrue(r.err().contains(expected), expected + "\n" + r.err());
    }
    site.write("-- content/docs/README.md --\n# Home\n");
    SiteFixture.Run fixed = site.run("build");
    assertEquals(0, fixed.exit(), fixed.err());
    // its pages are those of the folder its .gitbook.yaml names, its table of contents the file it names
    assertEquals(List.of("Intro"), Jsoup.parse(site.read("index.html")).select("nav.sidebar a").eachText());
    // (a group of no page is no entry of the menu)
    assertFalse(site.read("index.html").contains("More"), site.read("index.html"));
    assertFalse(Files.exists(site.site().resolve("toc")));
    // its redirects: an old path sends readers to the page
    assertTrue(site.read("old/index.html").contains("url=../intro/"), site.read("old/index.html"));
    assertFalse(Files.exists(site.site().resolve("src")));
  }

  @Test
  void aFolderWithASiteYamlIsHandbooksOwn() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/site.yaml --
            title: Ours
            -- content/README.md --
            # The repository
            -- content/SUMMARY.md --
            * [Home](README.md)
            -- content/docs/index.md --
            # Handbook's own
            -- content/.gitbook/assets/x.png --
            png
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertTrue(Files.exists(site.site().resolve("docs/index.html")), r.err());
    assertFalse(r.err().contains("gitbook"), r.err());
    // GitBook's assets are published in its projects alone
    assertFalse(Files.exists(site.site().resolve(".gitbook")));
  }

  @Test
  void itsPagesAreThoseOfTheFolderItsConfigNames() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/.gitbook.yaml --
            root: ./documentation/
            -- content/documentation/README.md --
            # Home

            ![Logo](.gitbook/assets/logo.png) [Set-up](setup.md)
            -- content/documentation/SUMMARY.md --
            * [Home](README.md)
            * [Set-up](setup.md)
            -- content/documentation/setup.md --
            # Set-up
            -- content/documentation/.gitbook/assets/logo.png --
            png
            -- content/README.md --
            # The repository
            -- content/src/main.js --
            x
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertFalse(r.err().contains("warning"), r.err());
    Document home = Jsoup.parse(site.read("index.html"));
    assertEquals("Home", home.selectFirst("h1").ownText().strip());
    assertEquals(List.of(".gitbook/assets/logo.png"), home.select(".doc-body img").eachAttr("src"));
    assertEquals("setup/", home.selectFirst(".doc-body p a").attr("href"));
    assertTrue(Files.exists(site.site().resolve(".gitbook/assets/logo.png")));
    for (String f : List.of("documentation", "src", "README")) {
      assertFalse(Files.exists(site.site().resolve(f)), f);
    }
  }

  @Test
  void aLinkToAPageIsACardWithThePagesTitleAlsoWhenTheTitleChanges() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp.resolve("gitbook"),
            """
            -- content/SUMMARY.md --
            # Summary

            * [Intro](README.md)
            * [Deploy](guides/deploy.md)
            * [Rollback](guides/rollback.md)
            -- content/README.md --
            # Intro

            {% content-ref url="guides/deploy.md" %}[guides/deploy.md](guides/deploy.md){% endcontent-ref %}

            {% content-ref url="https://example.com/status" %}
            [https://example.com/status](https://example.com/status)
            {% endcontent-ref %}

            {% content-ref url="guides/gone.md" %}
            [gone.md](guides/gone.md)
            {% endcontent-ref %}
            -- content/guides/deploy.md --
            # Deploy

            {% content-ref url="rollback.md" %}
            [rollback.md](rollback.md)
            {% endcontent-ref %}

            {% hint style="info" %}
            Back to the start:

            {% content-ref url="../README.md" %}
            [README.md](../README.md)
            {% endcontent-ref %}
            {% endhint %}
            -- content/guides/rollback.md --
            # Rollback
            """);
    Path cache = tmp.resolve("cache");
    SiteFixture.Run r = site.run("build", "--cache", cache.toString());
    assertEquals(1, r.exit(), r.err());
    // a card that names no page is a broken link at its block
    assertTrue(r.err().contains("content/README.md:9:1: error[link.unresolved]: no page `guides/gone.md`"), r.err());
    site.write("-- content/README.md --\n# Intro\n\n{% content-ref url=\"guides/deploy.md\" %}[guides/deploy.md](guides/deploy.md){% endcontent-ref %}\n\n"
        + "{% content-ref url=\"https://example.com/status\" %}\n[https://example.com/status](https://example.com/status)\n{% endcontent-ref %}\n");
    r = site.run("build", "--cache", cache.toString());
    assertEquals(0, r.exit(), r.err());
    Element home = Jsoup.parse(site.read("index.html")).selectFirst(".doc-body");
    assertEquals(List.of("guides/deploy/", "https://example.com/status"), home.select("ul.cards > li.card > a.card-link").eachAttr("href"));
    assertEquals(List.of("Deploy", "https://example.com/status"), home.select("ul.cards > li.card > a.card-link").eachText());
    assertFalse(home.text().contains("deploy.md"), home.outerHtml());
    Element deploy = Jsoup.parse(site.read("guides/deploy/index.html")).selectFirst(".doc-body");
    assertEquals("Rollback", deploy.selectFirst("a.card-link").text());
    // (one in a block of its own stays in it)
    assertEquals(List.of("Intro"), deploy.select(".admonition ul.cards a.card-link").eachText());
    assertEquals(List.of("../../"), deploy.select(".admonition ul.cards a.card-link").eachAttr("href"));
    assertFalse(deploy.text().contains("README.md"), deploy.outerHtml());
    // the page's title changed: the card that links it shows the new one, as a clean build does
    site.write("-- content/guides/rollback.md --\n# Rolling back\n");
    r = site.run("build", "--cache", cache.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals("Rolling back", Jsoup.parse(site.read("guides/deploy/index.html")).selectFirst(".doc-body a.card-link").text());
    var incremental = SiteFixture.siteFiles(site.site());
    site.run("build");
    SiteFixture.assertSameFiles(SiteFixture.siteFiles(site.site()), incremental, "a build with the cache and one without");
  }
}
