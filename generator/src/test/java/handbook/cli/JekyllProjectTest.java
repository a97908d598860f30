package handbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.testing.SiteFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A content folder that is a Jekyll project, as just-the-docs' template writes one: its
 * {@code _config.yml} names the site, its pages are where they are, placed in the menu by their
 * {@code parent}, their old {@code .html} addresses redirect, Liquid's links are links, and
 * Jekyll's own files are not published.
 */
class JekyllProjectTest {
  @TempDir Path tmp;

  static final String PROJECT =
      """
      -- content/_config.yml --
      title: Just the Docs Template
      description: A starter template for a Jekyll site using the Just the Docs theme!
      theme: just-the-docs
      url: https://just-the-docs.github.io
      baseurl: /just-the-docs-template
      logo: "/assets/images/logo.svg"
      favicon_ico: "/favicon.ico"
      footer_content: "Copyright &copy; 2024 The Team."
      gh_edit_link: true
      gh_edit_repository: "https://github.com/just-the-docs/just-the-docs-template"
      gh_edit_branch: "main"
      gh_edit_view_mode: "tree"
      exclude:
        - README.md
        - docs/tests/
        - "*.log"
        - "draft*/"
      -- content/index.md --
      ---
      title: Home
      layout: home
      nav_order: 1
      ---

      See [UI components](docs/ui/) and [the config](docs/config.html).

      [Get started now](#getting-started){: .btn .btn-primary .fs-5 .mb-4 }

      ## Getting started
      -- content/README.md --
      # The template's readme
      -- content/about.md --
      ---
      title: About
      permalink: /about/
      nav_order: 2
      ---

      Back [home](index.md) or to the [typography](/docs/ui/typography/).
      -- content/docs/config.md --
      ---
      title: Configuration
      nav_order: 3
      ---

      See [typography]({% link docs/ui/typography.md %}), [the UI]({{ site.baseurl }}/docs/ui/), [about]({{ "/about/" | relative_url }}) and [buttons](/docs/ui/buttons.html).

      ```liquid
      {% link docs/nowhere.md %} {{ site.baseurl }}
      ```
      -- content/docs/ui/index.md --
      ---
      title: UI Components
      nav_order: 4
      has_children: true
      ---
      -- content/docs/ui/typography.md --
      ---
      title: Typography
      parent: UI Components
      nav_order: 1
      permalink: /docs/ui/typography/
      ---
      -- content/docs/ui/buttons.md --
      ---
      title: Buttons
      parent: UI Components
      nav_order: 2
      search_exclude: true
      ---
      -- content/docs/ui/deep.md --
      ---
      title: Deeper
      parent: Typography
      grand_parent: UI Components
      ---
      -- content/docs/ui/hidden.md --
      ---
      title: Hidden
      parent: UI Components
      nav_exclude: true
      ---
      -- content/docs/ui/lost.md --
      ---
      title: Lost
      parent: Nowhere
      ---
      -- content/docs/tests/t.md --
      # A test page, excluded
      -- content/assets/images/logo.svg --
      <svg xmlns="http://www.w3.org/2000/svg"/>
      -- content/favicon.ico --
      ico
      -- content/_includes/head_custom.html --
      <meta name="x">
      -- content/_site/index.html --
      <html>an old build</html>
      -- content/build.log --
      an excluded file
      -- content/drafts-2024/idea.md --
      # In a folder a glob excludes
      -- content/Gemfile --
      source "https://rubygems.org"
      -- content/vendor/bundle/gems/x.md --
      # a gem's readme
      """;

  @Test
  void itsConfigNamesTheSiteAndItsPagesArePlacedByTheirParents() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, PROJECT);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    for (String published : List.of("index.html", "about/index.html", "docs/config/index.html", "docs/ui/index.html", "docs/ui/typography/index.html", "docs/ui/buttons/index.html",
        "assets/images/logo.svg", "favicon.ico")) {
      assertTrue(Files.exists(site.site().resolve(published)), published);
    }
    for (String not : List.of("README.md", "readme", "docs/tests", "build.log", "_includes", "_site", "Gemfile", "vendor", "_config.yml", "docs/ui/typography.html", "drafts-2024")) {
      assertFalse(Files.exists(site.site().resolve(not)), not);
    }
    // Jekyll's addresses of its pages (x.html) redirect to them
    assertTrue(site.read("docs/config.html").contains("<meta http-equiv=\"refresh\" content=\"0; url=config/\">"), site.read("docs/config.html"));
    String buttons = site.read("docs/ui/buttons/index.html");
    assertTrue(buttons.contains("<title>Buttons · Just the Docs Template</title>"), buttons);
    assertTrue(buttons.contains("<html lang=\"en\">"));
    assertTrue(buttons.contains("<link rel=\"canonical\" href=\"https://just-the-docs.github.io/just-the-docs-template/docs/ui/buttons/\">"), buttons);
    assertTrue(buttons.contains("<link rel=\"icon\" href=\"../../../favicon.ico\">"), buttons);
    assertTrue(buttons.contains("src=\"../../../assets/images/logo.svg\""), "the logo");
    assertTrue(buttons.contains("<p class=\"copyright\">Copyright © 2024 The Team.</p>"), buttons);
    assertTrue(buttons.contains("href=\"https://github.com/just-the-docs/just-the-docs-template/tree/main/docs/ui/buttons.md\" rel=\"edit\""), buttons);
    // the whole menu, by parent and nav_order; nav_exclude leaves a page out
    assertEquals(List.of("About", "Configuration", "UI Components", "Typography", "Buttons", "Lost"), sidebar(buttons));
    assertTrue(site.read("docs/ui/typography/index.html").contains("<a href=\"../deep/\">Deeper</a>"), "grand_parent: the Typography under UI Components");
    assertTrue(Files.exists(site.site().resolve("docs/ui/hidden/index.html")), "nav_exclude: published, out of the menu");
    String search = site.read("search-index.json");
    assertTrue(search.contains("docs/ui/hidden/") && !search.contains("docs/ui/buttons/"), "search_exclude: out of the search alone: " + search);
    assertTrue(
        site.read("docs/config/index.html").contains("See <a href=\"../ui/typography/\">typography</a>, <a href=\"../ui/\">the UI</a>, <a href=\"../../about/\">about</a> and <a href=\"../ui/buttons/\">buttons</a>."),
        "Liquid's link, baseurl and relative_url, and a page's .html address: " + site.read("docs/config/index.html"));
    assertTrue(site.read("docs/config/index.html").contains("{% link docs/nowhere.md %} {{ site.baseurl }}"), "code is code");
    assertTrue(site.read("index.html").contains("<a href=\"docs/config/\">the config</a>"));
    // just-the-docs' buttons are drawn as buttons
    assertTrue(site.read("index.html").contains("<a href=\"#getting-started\" class=\"btn btn-primary fs-5 mb-4\">Get started now</a>"), site.read("index.html"));
    assertTrue(site.read(site.asset("handbook.css")).contains(".doc a.btn-primary"), "the theme draws them");
    assertEquals(
        List.of("content/docs/ui/lost.md:3:9: warning[frontmatter.parent]: `parent: Nowhere` names no page's title: the page is at the menu's top"),
        r.err().lines().filter(l -> l.contains("warning[")).toList());
  }

  /** The config's {@code defaults} give the pages of their scopes their values, under each page's own, as Jekyll merges them. */
  @Test
  void theConfigsDefaultsAreGivenToThePagesOfTheirScopes() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/_config.yml --
            title: Docs
            permalink: pretty
            defaults:
              - scope: {path: ""}
                values: {layout: default, description: Om alt.}
              - scope: {path: docs, type: pages}
                values: {description: Om docs.}
              - scope: {path: /docs/old/}
                values: {published: false}
              - scope: {path: "docs/*/api"}
                values: {title: API-et, nav_order: 1}
              - values: {nav_exclude: true}
                scope: {path: docs/hidden.md}
              - scope: [docs]
                values: {title: Nope}
              - scope: {path: about.md}
                values: {nav_order: many}
            -- content/index.md --
            ---
            title: Hjem
            ---
            See [a](docs/a.md), [b](docs/b.md) and [the API](docs/v1/api/index.md).
            -- content/docs/a.md --
            ---
            title: A
            ---
            -- content/docs/b.md --
            ---
            title: B
            description: Egen.
            ---
            -- content/docs/v1/index.md --
            ---
            title: Versjon 1
            ---
            -- content/docs/v1/zz.md --
            ---
            title: Zz
            nav_order: 2
            ---
            -- content/docs/v1/api/index.md --
            Ingen front matter.
            -- content/docs/old/gammel.md --
            ---
            title: Gammel
            ---
            -- content/docs/hidden.md --
            ---
            title: Skjult
            ---
            -- content/about.md --
            ---
            title: Om
            ---
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertEquals(
        List.of(
            "content/_config.yml:14:12: warning[config.jekyll]: this entry of `defaults` is not followed: it takes a map `values` and a map `scope` (`path`, `type`)",
            "content/_config.yml:17:25: warning[frontmatter.value]: `nav_order` is not a whole number, found a string: the page is ordered by its title"),
        r.err().lines().filter(l -> l.contains("warning[")).toList());
    assertTrue(r.err().contains("17 |     values: {nav_order: many}"), "a defaulted value's message shows the config's line: " + r.err());
    // the longer scope over the shorter, the page's own over both
    assertTrue(site.read("docs/a/index.html").contains("<meta name=\"description\" content=\"Om docs.\">"), site.read("docs/a/index.html"));
    assertTrue(site.read("docs/b/index.html").contains("<meta name=\"description\" content=\"Egen.\">"));
    assertTrue(site.read("about/index.html").contains("<meta name=\"description\" content=\"Om alt.\">"));
    // a glob's scope: a page without front matter given a title and its place first
    String v1 = site.read("docs/v1/index.html");
    assertTrue(v1.contains("href=\"api/\">API-et</a>") && v1.indexOf(">API-et</a>") < v1.indexOf(">Zz</a>"), v1);
    assertTrue(site.read("docs/v1/api/index.html").contains("<title>API-et · Docs</title>"));
    assertFalse(Files.exists(site.site().resolve("docs/old/gammel")), "published: false");
    assertTrue(Files.exists(site.site().resolve("docs/hidden/index.html")));
    assertFalse(site.read("index.html").contains(">Skjult<"), "nav_exclude: out of the menu");
    // a link to a page the defaults leave out says why
    Files.writeString(site.content().resolve("about.md"), "---\ntitle: Om\n---\nSee [old](docs/old/gammel.md).\n");
    SiteFixture.Run broken = site.run("build");
    assertEquals(1, broken.exit(), broken.err());
    assertTrue(broken.err().contains("error[link.unresolved]: the page `docs/old/gammel.md` is not published: it is a draft, as its front matter or the config's `defaults` say"), broken.err());
  }

  @Test
  void prettyPermalinksLeaveNoOldAddresses() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, PROJECT.replace("theme: just-the-docs\n", "theme: just-the-docs\npermalink: pretty\n"));
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertFalse(Files.exists(site.site().resolve("docs/config.html")));
    assertTrue(Files.exists(site.site().resolve("docs/config/index.html")));
  }

  /** A page's own permalink may be a pattern of Jekyll's page placeholders, as a folder's defaults give it. */
  @Test
  void aPagesPermalinkPatternIsFilledIn() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/_config.yml --
            title: Mønstre
            defaults:
              - scope: {path: guides}
                values: {permalink: '/learn/:path/:basename/'}
            -- content/index.md --
            ---
            title: Hjem
            ---
            See [setup](guides/setup.md), [old](old.md) and [odd](odd.md).
            -- content/guides/setup.md --
            ---
            title: Setup
            ---
            -- content/old.md --
            ---
            title: Old
            permalink: /archive/:basename:output_ext
            ---
            -- content/odd.md --
            ---
            title: Odd
            permalink: /:categories/:basename/
            ---
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertTrue(Files.exists(site.site().resolve("learn/guides/setup/index.html")), "`:path` the page's folder, `:basename` its name");
    assertTrue(site.read("index.html").contains("href=\"learn/guides/setup/\""), site.read("index.html"));
    // its .html address, as Jekyll published it, redirects to it
    assertTrue(Files.exists(site.site().resolve("archive/old/index.html")));
    assertTrue(site.read("archive/old.html").contains("url=old/"), site.read("archive/old.html"));
    // a placeholder Jekyll has for posts only: named, the page at its path's address
    assertTrue(Files.exists(site.site().resolve("odd/index.html")));
    assertEquals(
        List.of("content/odd.md:3:12: warning[frontmatter.url]: `permalink` is followed where it names a folder of this site (`/a/b/`), not `/:categories/:basename/`: the page is published at the URL of its path"),
        r.err().lines().filter(l -> l.contains("warning[")).toList());
  }

  /** just-the-docs' last_edit_timestamp shows a page's last change: its front matter's last_modified_date, else its history's. */
  @Test
  void lastEditTimestampShowsAPagesLastChange() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/_config.yml --
            title: Endret
            last_edit_timestamp: true
            -- content/index.md --
            ---
            title: Hjem
            last_modified_date: 2024-02-03T10:00:00+01:00
            ---
            -- content/other.md --
            ---
            title: Annen
            last_modified_at: 2023-12-24
            ---
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertTrue(site.read("index.html").contains("<time datetime=\"2024-02-03\">3 February 2024</time>"), site.read("index.html"));
    assertTrue(site.read("other/index.html").contains("<time datetime=\"2023-12-24\">"), site.read("other/index.html"));
    // (outside git, the setting that asked for the others' days is named)
    assertTrue(r.err().contains("content/_config.yml: warning[git.history]: `last_edit_timestamp` is set, but the content is not in a git repository"), r.err());
  }

  /** As GitHub Pages publishes a repository's docs: a README is its folder's page where no index.md is; its posts are built. */
  @Test
  void aReadmeIsItsFoldersPageWithoutAnIndex() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/_config.yml --
            title: Pages
            -- content/README.md --
            # The project

            See [the guide](guide/).
            -- content/guide/README.md --
            # Guide

            Back [home](../README.md).
            -- content/guide/setup.md --
            ---
            title: Setup
            parent: Guide
            ---
            -- content/_posts/2024-01-01-hello.md --
            ---
            title: Hello
            ---
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertTrue(site.read("index.html").contains("<a href=\"guide/\">the guide</a>"), site.read("index.html"));
    assertTrue(site.read("guide/index.html").contains("<a href=\"../\">home</a>"), site.read("guide/index.html"));
    assertFalse(Files.exists(site.site().resolve("README.html")), "the home has no old address");
    assertTrue(Files.exists(site.site().resolve("guide/setup.html")));
    // its blog: a post at Jekyll's address, listed on the home page
    assertTrue(Files.exists(site.site().resolve("2024/01/01/hello/index.html")));
    assertTrue(site.read("index.html").contains("<a href=\"2024/01/01/hello/\">Hello</a>"), site.read("index.html"));
    assertEquals(List.of(), r.err().lines().filter(l -> l.contains("warning[")).toList());
  }

  /** A collection with {@code output: true} is published at its permalink's folder; one without is not, as Jekyll has it. */
  @Test
  void collectionsThatArePublishedArePages() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/_config.yml --
            title: Tool
            collections:
              docs:
                output: true
              guides:
                output: true
                permalink: /learn/:path/
              team:
                output: false
              odd:
                output: true
                permalink: /:collection/:name
            -- content/index.md --
            # Tool

            Read [the setup](_docs/setup.md), [its old address](/docs/setup.html), [the start](/learn/start/) and [the install](docs/install/).
            -- content/_docs/index.md --
            ---
            title: Docs
            ---
            -- content/_docs/setup.md --
            ---
            title: Setup
            parent: Docs
            ---
            ![diagram](img/flow.svg)
            -- content/_docs/install/index.md --
            ---
            title: Install
            parent: Docs
            ---
            -- content/_docs/img/flow.svg --
            <svg xmlns="http://www.w3.org/2000/svg"/>
            -- content/_docs/_partial.md --
            # A partial, no page
            -- content/_guides/start.md --
            # Start
            -- content/_team/kari.md --
            # Kari
            -- content/_odd/x.md --
            # X
            -- content/_includes/note.md --
            A note.
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    for (String page : List.of("docs/index.html", "docs/setup/index.html", "docs/install/index.html", "learn/start/index.html", "odd/x/index.html")) {
      assertTrue(Files.exists(site.site().resolve(page)), page);
    }
    assertTrue(Files.exists(site.site().resolve("docs/img/flow.svg")), "a collection's files are published with it");
    assertTrue(site.read("docs/setup.html").contains("url=setup/"), "Jekyll's address of a collection's page redirects");
    assertFalse(Files.exists(site.site().resolve("learn/start.html")), "a permalink ending in / has no .html address");
    for (String not : List.of("team", "_team", "_docs", "docs/_partial", "_includes", "includes")) {
      assertFalse(Files.exists(site.site().resolve(not)), not);
    }
    assertTrue(
        site.read("index.html").contains("Read <a href=\"docs/setup/\">the setup</a>, <a href=\"docs/setup/\">its old address</a>, <a href=\"learn/start/\">the start</a> and <a href=\"docs/install/\">the install</a>."),
        site.read("index.html"));
    assertTrue(site.read("docs/setup/index.html").contains("src=\"../img/flow.svg\""), site.read("docs/setup/index.html"));
    assertTrue(site.read("docs/index.html").contains("<a href=\"setup/\">Setup</a>"), "placed under its parent");
    assertEquals(
        List.of("content/_config.yml:12:16: warning[config.jekyll]: the collection `odd`'s `permalink: /:collection/:name` is not followed: its pages are at `/odd/:path/`"),
        r.err().lines().filter(l -> l.contains("warning[")).toList());
  }

  @Test
  void aLoopOfParentsIsBrokenAndNamed() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/_config.yml --
            title: Loops
            -- content/index.md --
            # Home
            -- content/a.md --
            ---
            title: A
            parent: B
            ---
            -- content/b.md --
            ---
            title: B
            parent: A
            ---
            -- content/c.md --
            ---
            title: C
            parent: C
            ---
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertEquals(List.of("A", "B", "C"), sidebar(site.read("b/index.html")), "A at the top, B under it; C, its own parent, at the top");
    assertEquals(
        List.of(
            "content/a.md:3:9: warning[frontmatter.parent]: `parent: B` makes a loop of parents: the page is at the menu's top",
            "content/c.md:3:9: warning[frontmatter.parent]: `parent: C` is the page's own title: the page is at the menu's top"),
        r.err().lines().filter(l -> l.contains("warning[")).toList());
  }

  @Test
  void liquidIncludesOfMarkdownArePutIn() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/_config.yml --
            title: Includes
            -- content/index.md --
            # Home
            -- content/docs/a.md --
            ---
            title: A
            ---
            Before.

            {% include note.md %}

            {% include_relative _parts/part.md %}

            {% include image.html url="x.png" %}

            ```
            {% include note.md %}
            ```
            -- content/_includes/note.md --
            A **shared** note, with [a link](/docs/b.md).
            -- content/docs/_parts/part.md --
            The part beside the page.
            -- content/docs/b.md --
            # B
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    String a = site.read("docs/a/index.html");
    assertTrue(a.contains("<p>A <strong>shared</strong> note, with <a href=\"../b/\">a link</a>.</p>"), "_includes/note.md put in, its link checked: " + a);
    assertTrue(a.contains("<p>The part beside the page.</p>"), "include_relative: from the page's folder: " + a);
    assertTrue(a.contains("<code>{% include note.md %}\n</code>"), "code is code");
    assertFalse(Files.exists(site.site().resolve("_includes")), "Jekyll's own");
    assertEquals(
        List.of("content/docs/a.md:10:1: warning[markdown.marker]: `{% include image.html url=\"x.png\" %}` is Liquid (Jekyll) template syntax, which is not run here: it is shown as written"),
        r.err().lines().filter(l -> l.contains("warning[")).toList());
  }

  @Test
  void aSiteYamlBesideWinsWhereBothSetAValue() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp, "-- content/_config.yml --\ntitle: Fra Jekyll\nlang: nb\n-- content/site.yaml --\ntitle: Handboka\nlinks:\n  on_broken: warning\n-- content/docs/a.md --\n# A\n\n[Borte](borte.md)\n-- content/about.md --\n# About\n");
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertTrue(site.read("index.html").contains("<title>Handboka</title>"), site.read("index.html"));
    assertTrue(site.read("index.html").contains("<html lang=\"nb\">"), "the rest is Jekyll's");
    assertTrue(Files.exists(site.site().resolve("about/index.html")), "still a Jekyll project: its pages where they are");
    assertTrue(r.err().contains("content/docs/a.md:3:9: warning[link.unresolved]"), r.err());
  }

  /**
   * just-the-docs' page of contents as its documentation writes it: the title and the list's
   * heading kept out of the page's contents by {@code {: .no_toc }}, kramdown's TOC marker, a
   * heading's id from its list (links name it; its text's id is none, as in kramdown), a table's
   * classes.
   */
  @Test
  void blockAttributeListsArePutOnTheirBlocks() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/_config.yml --
            title: Lists
            -- content/index.md --
            # Home
            -- content/docs/nav.md --
            ---
            title: Navigation Structure
            ---
            # Navigation Structure
            {: .no_toc }

            ## Table of contents
            {: .no_toc .text-delta }

            1. TOC
            {:toc}

            ## Main navigation
            {: #main-nav }

            See [the options](#options) and [the main navigation](#main-nav).

            ## Options

            | Key | Value |
            |---|---|
            | a | b |
            {: .striped }
            -- content/docs/other.md --
            # Other

            [Navigation](nav.md#main-navigation)
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(1, r.exit(), r.err());
    // (the heading's id is its list's: a link to the id of its text is broken, as on Jekyll's site)
    assertEquals(List.of("content/docs/other.md:3:14: error[link.anchor]"), r.err().lines().filter(l -> l.contains("error[")).map(l -> l.substring(0, l.indexOf(']') + 1)).toList(), r.err());
    Files.writeString(site.root().resolve("content/docs/other.md"), "# Other\n\n[Navigation](nav.md#main-nav)\n");
    r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    org.jsoup.nodes.Document nav = org.jsoup.Jsoup.parse(site.read("docs/nav/index.html"));
    assertEquals(List.of("Main navigation", "Options"), nav.select("nav.toc-inline a").eachText(), "the contents without the headings kept out");
    assertEquals("main-nav", nav.select("h2:contains(Main navigation)").attr("id"));
    assertEquals("no_toc text-delta", nav.select("h2:contains(Table of contents)").attr("class"));
    assertEquals("table striped", nav.select("table").attr("class"));
    assertTrue(nav.select("p:contains({:)").isEmpty(), "no list shown: " + nav.select("article"));
    assertTrue(site.read("docs/other/index.html").contains("<a href=\"../nav/#main-nav\">Navigation</a>"), site.read("docs/other/index.html"));
    assertEquals(List.of(), r.err().lines().filter(l -> l.contains("warning[")).toList());
  }

  /** The entries of a page's sidebar, in order. */
  private static List<String> sidebar(String page) {
    return org.jsoup.Jsoup.parse(page).select("nav.sidebar li > a").eachText();
  }
}
