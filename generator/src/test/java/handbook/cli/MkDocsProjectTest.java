package handbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.testing.SiteFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A content folder that is an MkDocs project: its {@code mkdocs.yml} names, orders and links the site. */
class MkDocsProjectTest {
  @TempDir Path tmp;

  private static final String PAGES =
      """
      -- content/docs/index.md --
      # Widgets
      -- content/docs/install.md --
      # Installing widgets
      -- content/docs/about.md --
      # About
      -- content/docs/guide/intro.md --
      # Intro
      -- content/docs/guide/use.md --
      # Use
      -- content/docs/reference/api.md --
      # API
      """;

  @Test
  void itsNameNavAndEditLinksAreTheSite() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/mkdocs.yml --
            site_name: Widget Docs
            site_description: How to run widgets.
            site_url: https://docs.example.org/
            repo_url: https://github.com/example/widgets
            theme:
              name: material
              features: [navigation.tabs]
              logo: img/logo.svg
            copyright: Copyright &copy; 2026 <a href="https://example.org">Widget Co</a>
            nav:
              - Home: index.md
              - Install: install.md
              - Guide:
                - guide/intro.md
                - Using it: guide/use.md
              - Reference: reference/
              - Changelog: https://example.org/changes
            markdown_extensions:
              - admonition
              - pymdownx.emoji:
                  emoji_index: !!python/name:material.extensions.emoji.twemoji
              - pymdownx.progressbar
            plugins:
              - search
              - material/tags
              - mkdocstrings
            extra:
              version: !ENV [VERSION, dev]
            extra_javascript: [x.js]
            -- content/docs/img/logo.svg --
            <svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"></svg>
            -- content/README.md --
            # Widgets (the repository's README)
            -- content/src/widget.py --
            print("widget")
            -- content/CHANGELOG.md --
            ## Version 1.0
            -- content/docs/changes.md --
            # Changes

            --8<-- "CHANGELOG.md"
            """
                + PAGES);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    // the docs folder is the site, as MkDocs publishes it
    String install = site.read("install/index.html");
    assertFalse(Files.exists(site.site().resolve("docs")), "no docs/ in the site's addresses");
    assertTrue(install.contains("<title>Installing widgets · Widget Docs</title>"), install);
    assertTrue(install.contains("<html lang=\"en\""), "in English, as MkDocs by default");
    assertTrue(install.contains("<img class=\"site-logo site-logo-own\" src=\"../img/logo.svg\" alt=\"\" height=\"28\">"), "the theme's logo");
    assertTrue(Files.exists(site.site().resolve("img/logo.svg")), "the docs folder's files at the root too");
    assertTrue(install.contains("<p class=\"copyright\">Copyright © 2026 Widget Co</p>"), "copyright as text");
    assertTrue(install.contains("href=\"https://github.com/example/widgets/edit/master/docs/install.md\""), "GitHub's edit_uri by default");
    // the home is the docs folder's page, MkDocs' home; the pager starts there
    String home = site.read("index.html");
    assertTrue(home.contains("How to run widgets."), "site_description");
    assertTrue(home.contains("<h1 id=\"widgets\">Widgets "), home);
    assertTrue(home.contains("<a rel=\"next\" href=\"install/\">"), home);
    assertFalse(home.contains("rel=\"prev\""), home);
    assertTrue(install.contains("<li><a href=\"../\">Widgets</a></li>"), "the breadcrumbs start at the home");
    assertTrue(site.read("sitemap.xml").contains("<loc>https://docs.example.org/install/</loc>"), "site_url");
    // navigation.tabs: the nav's sections are tabs, in its order and with its titles; its link elsewhere too
    assertEquals(List.of("Install", "Guide", "Reference", "Changelog"), tabs(install));
    assertTrue(install.contains("<li><a href=\"https://example.org/changes\">Changelog</a></li>"), install);
    assertEquals(List.of("Intro", "Using it"), sidebar(site.read("guide/intro/index.html")));
    // the pages it leaves out are out of the menu, as in MkDocs, but searched
    assertEquals(List.of("Install", "Guide", "Reference", "Changelog"), tabs(site.read("about/index.html")));
    assertTrue(site.read("sitemap.xml").contains("<loc>https://docs.example.org/about/</loc>"));
    assertTrue(site.read("search-index.json").contains("\"about/\""), "searched");
    assertFalse(Files.exists(site.site().resolve("mkdocs.yml")), "the config is not published");
    // as MkDocs, the docs folder is published, not the project's other files; includes read them
    assertFalse(Files.exists(site.site().resolve("README.md")));
    assertFalse(Files.exists(site.site().resolve("src")));
    assertFalse(Files.exists(site.site().resolve("CHANGELOG.md")));
    assertTrue(site.read("changes/index.html").contains("<h2 id=\"version-10\">Version 1.0"), "the include is read");
    assertEquals(
        List.of(
            "content/mkdocs.yml:9:12: warning[config.mkdocs]: the links in `copyright` are shown as their text",
            "content/mkdocs.yml:22:5: warning[config.mkdocs]: the Markdown extension `pymdownx.progressbar` is not known here: pages are read without it",
            "content/mkdocs.yml:26:5: warning[config.mkdocs]: the MkDocs plugin `mkdocstrings` is not run here: the site is built without it",
            "content/mkdocs.yml:29:1: warning[config.mkdocs]: `extra_javascript` of mkdocs.yml is not read here"),
        r.err().lines().filter(l -> l.contains("warning[")).toList());
  }

  @Test
  void materialsCodeAnnotationsAreReadWhereTheThemeTurnsThemOn() throws Exception {
    String page =
        """
        -- content/docs/index.md --
        # Config

        ``` yaml
        theme:
          name: material # (1)!
        ```

        1.  The theme, see [install](install.md).

        !!! tip annotate inline end "Also"

            In text (1).

        1.  A note.
        -- content/docs/install.md --
        # Install

        Run it[^1] now.

        [^1]: Later.
        """;
    SiteFixture site = SiteFixture.of(tmp.resolve("on"), "-- content/mkdocs.yml --\nsite_name: A\ntheme:\n  name: material\n  features:\n    - navigation.tabs\n    - content.code.annotate\n" + page);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    String home = site.read("index.html");
    assertTrue(home.contains("<code class=\"language-yaml\">theme:\n  name: material\n</code><span class=\"code-notes\"><span></span>\n<span><a class=\"annotation\" href=\"#annotation-1-1\""), home);
    assertTrue(home.contains("<ol class=\"annotations\">\n<li id=\"annotation-1-1\">The theme, see <a href=\"install/\">install</a>.</li>"), "the note's link resolved: " + home);
    assertTrue(home.contains("<div class=\"admonition tip annotate inline end\" role=\"note\"><p class=\"admonition-title\">Also</p>\n<p>In text <a class=\"annotation\" href=\"#annotation-2-1\""), home);
    assertFalse(r.err().contains("warning"), r.err());
    // a page described by its first paragraph: without the markers of notes and footnotes
    assertTrue(home.contains("<meta name=\"description\" content=\"In text.\">"), home);
    assertTrue(site.read("install/index.html").contains("<meta name=\"description\" content=\"Run it now.\">"), site.read("install/index.html"));
    // MkDocs' own theme (or Material without the feature) shows the code as written
    SiteFixture plain = SiteFixture.of(tmp.resolve("off"), "-- content/mkdocs.yml --\nsite_name: A\ntheme:\n  name: material\n" + page);
    assertEquals(0, plain.run("build").exit());
    String off = plain.read("index.html");
    assertTrue(off.contains("  name: material # (1)!\n</code></pre>") && !off.contains("code-notes"), off);
    assertTrue(off.contains("href=\"#annotation-1-1\""), "an annotated admonition needs no feature: " + off);
  }

  @Test
  void siteYamlWinsAndTheNavIsTheMenuWhereverItsPagesAre() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/site.yaml --
            title: Fra site.yaml
            edit_url: https://git.example.org/hb/edit/main/content/
            -- content/mkdocs.yml --
            site_name: Widget Docs
            repo_url: https://github.com/example/widgets
            edit_uri: edit/main/website/docs/
            nav:
              - Setup:
                - install.md
                - guide/use.md
              - Intro first: guide/intro.md
              - gone.md
              - reference/api.md
              - 42
            """
                + PAGES);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    String install = site.read("install/index.html");
    assertTrue(install.contains("<title>Installing widgets · Fra site.yaml</title>"), install);
    assertTrue(install.contains("href=\"https://git.example.org/hb/edit/main/content/docs/install.md\""), install);
    // the nav is the menu wherever its pages are: a section over pages of several folders is a
    // group (its title over them, no page of its own), a page of a folder listed at the top is there
    String use = site.read("guide/use/index.html");
    assertEquals(List.of("Setup", "Intro first", "API"), tabs(use));
    assertTrue(use.contains("<a href=\"../../install/\" aria-current=\"true\">Setup</a>"), use);
    assertEquals(List.of("Installing widgets", "Use"), sidebar(use));
    assertTrue(use.contains("<li><span>Setup</span></li>"), use);
    // previous and next follow the nav, the group in none of them
    assertTrue(use.contains("<a rel=\"prev\" href=\"../../install/\">"), use);
    String intro = site.read("guide/intro/index.html");
    assertEquals(List.of(), sidebar(intro));
    // pages and folders the nav leaves out are out of the menu, as in MkDocs
    assertFalse(site.read("about/index.html").contains(">About</a></li>"));
    assertEquals(
        List.of(
            "content/mkdocs.yml:9:5: warning[docs.nav]: `gone.md` in the nav names no page in `docs/`",
            "content/mkdocs.yml:11:5: warning[docs.nav]: an entry of the nav not read here: the pages it names are ordered with the others"),
        r.err().lines().filter(l -> l.contains("warning[")).toList());
  }

  @Test
  void aSectionOpenedByAFoldersIndexIsThatFoldersSection() throws Exception {
    // Material's own nav: a tab over pages of the root, a section whose index is a folder's with a page of the root under it
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/mkdocs.yml --
            site_name: M
            theme:
              name: material
              features: [navigation.tabs, navigation.indexes]
            nav:
              - Home: index.md
              - Getting started:
                - Installation: getting-started.md
                - Changelog:
                  - changelog/index.md
                  - How to upgrade: upgrade.md
                - Contributing:
                  - contributing/index.md
                  - Reporting a bug: contributing/bug.md
                  - Asking a question: https://example.org/discussions
              - Setup:
                - setup/index.md
                - Colors: setup/colors.md
            -- content/docs/index.md --
            # Home
            -- content/docs/getting-started.md --
            # Installation guide
            -- content/docs/changelog/index.md --
            # Release notes
            -- content/docs/upgrade.md --
            # Upgrading
            -- content/docs/contributing/index.md --
            # Contributing
            -- content/docs/contributing/bug.md --
            # Bugs
            -- content/docs/setup/index.md --
            # Setup
            -- content/docs/setup/colors.md --
            # Colors
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertFalse(r.err().contains("warning["), r.err());
    String upgrade = site.read("upgrade/index.html");
    assertEquals(List.of("Getting started", "Setup"), tabs(upgrade));
    assertEquals(List.of("Installation", "Changelog", "How to upgrade", "Contributing"), sidebar(upgrade));
    assertTrue(upgrade.contains("<li class=\"nav-section open\"><a href=\"../changelog/\">Changelog</a>"), upgrade);
    assertTrue(upgrade.contains("<li><span>Getting started</span></li><li><a href=\"../changelog/\">Changelog</a></li>"), upgrade);
    assertEquals(List.of("Installation", "Changelog", "Contributing", "Reporting a bug", "Asking a question"), sidebar(site.read("contributing/bug/index.html")));
  }

  @Test
  void literateNavFilesOrderTheirFolders() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/mkdocs.yml --
            site_name: Lit
            plugins:
              - literate-nav:
                  nav_file: README.md
            nav:
              - Guide: guide/
              - start.md
              - Script: javascript:alert
            -- content/docs/start.md --
            # Start
            -- content/docs/guide/README.md --
            # Guide

            Some text with a list that is not the nav:

            - just a point

            The pages:

            - [Second first](b.md)
            - [A](a.md)
            - Deeper
                - [C](sub/c.md)
            - [Elsewhere](https://example.org)
            -- content/docs/guide/a.md --
            # A page
            -- content/docs/guide/b.md --
            # B page
            -- content/docs/guide/sub/c.md --
            # C page
            -- content/docs/guide/hidden.md --
            # Hidden
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    String c = site.read("guide/sub/c/index.html");
    assertEquals(List.of("Guide", "Start"), tabs(c));
    assertEquals(List.of("Second first", "A", "Deeper", "C", "Elsewhere"), sidebar(c));
    assertTrue(c.contains("<li><a href=\"https://example.org\">Elsewhere</a></li>"), c);
    assertFalse(c.contains("javascript:"), c);
    assertEquals(
        List.of("content/mkdocs.yml:8:5: warning[docs.nav]: a link in the nav that is no web address is not shown: the menu's links lead to other sites"),
        r.err().lines().filter(l -> l.contains("warning[")).toList());
  }

  @Test
  void snippetsAppendToEveryPageAndReadFromTheirBasePaths() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/mkdocs.yml --
            site_name: Snippets
            markdown_extensions:
              - abbr
              - pymdownx.snippets:
                  base_path: [parts, .]
                  auto_append:
                    - includes/abbreviations.md
                    - includes/missing.md
            -- content/includes/abbreviations.md --
            *[HTML]: Hyper Text Markup Language
            -- content/docs/guide/a.md --
            # A

            HTML pages.

            --8<-- "snippets/note.md"
            -- content/parts/snippets/note.md --
            A shared note.
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    String a = site.read("guide/a/index.html");
    assertTrue(a.contains("<abbr title=\"Hyper Text Markup Language\">HTML</abbr> pages."), a);
    assertTrue(a.contains("A shared note."), "read from a base path");
    assertFalse(Files.exists(site.site().resolve("includes")), "an appended file is a part of the pages");
    assertFalse(Files.exists(site.site().resolve("parts")));
    assertEquals(
        List.of("content/mkdocs.yml:8:11: warning[config.mkdocs]: no file `includes/missing.md` to append to every page: nothing is appended"),
        r.err().lines().filter(l -> l.contains("warning[")).toList());
  }

  @Test
  void theDocsFolderIsTheSitesRoot() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/mkdocs.yml --
            site_name: Widgets
            theme:
              name: material
            nav: [index.md, install.md, {Guide: [guide/use.md]}]
            -- content/index.md --
            # Not MkDocs' page
            -- content/docs/index.md --
            # Home

            ![Logo](img/a.svg) [Install](/install/), [the guide](/guide/use/#how)
            -- content/docs/install.md --
            # Install
            -- content/docs/img/a.svg --
            <svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"></svg>
            -- content/docs/guide/use.md --
            # Use

            ## How

            ![Logo](../img/a.svg)

            <img src="../../img/a.svg" alt="as MkDocs' raw HTML, from the page's address">
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    String home = site.read("index.html");
    assertTrue(home.contains("<h1 id=\"home\">Home "), home);
    assertFalse(home.contains("MkDocs' page"), "the project's own index.md is not MkDocs' site");
    assertTrue(home.contains("src=\"img/a.svg\""), home);
    assertTrue(Files.exists(site.site().resolve("img/a.svg")));
    // site-root links are to the docs folder, as in MkDocs' site
    assertTrue(home.contains("href=\"install/\""), home);
    assertTrue(home.contains("href=\"guide/use/#how\""), home);
    String use = site.read("guide/use/index.html");
    assertEquals(2, use.split("src=\"../../img/a.svg\"", -1).length - 1, use);
    // Material without navigation.tabs: the whole menu is in the sidebar
    assertEquals(List.of(), tabs(use));
    assertEquals(List.of("Install", "Guide", "Use"), sidebar(use));
    assertEquals(List.of("Install", "Guide"), sidebar(home));
    assertFalse(Files.exists(site.site().resolve("docs")));
    // the project's robots.txt is the site's; a file at an address the site writes itself is named
    Files.writeString(site.content().resolve("docs/robots.txt"), "User-agent: *\nDisallow: /drafts/\n");
    Files.writeString(site.content().resolve("docs/sitemap.xml"), "<urlset/>\n");
    r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertEquals("User-agent: *\nDisallow: /drafts/\n", site.read("robots.txt"));
    assertTrue(site.read("sitemap.xml").contains("<loc>"), "the site's sitemap");
    assertEquals(
        List.of("content/docs/sitemap.xml: warning[source.taken]: `docs/sitemap.xml` is not published: the site writes its own `sitemap.xml`"),
        r.err().lines().filter(l -> l.contains("warning[")).toList());
  }

  @Test
  void withoutANavThePagesAreInMkDocsOrder() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/mkdocs.yml --
            site_name: Widgets
            -- content/docs/index.md --
            # Home
            -- content/docs/zeta.md --
            # A zeta
            -- content/docs/about.md --
            # Z about
            -- content/docs/guide/b.md --
            # A second
            -- content/docs/guide/a.md --
            # B first
            -- content/docs/api/x.md --
            # X
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    // a folder's files by name, then its folders by name, as MkDocs without a nav
    String a = site.read("guide/a/index.html");
    assertEquals(List.of("Z about", "A zeta", "Api", "Guide"), tabs(a));
    assertEquals(List.of("B first", "A second"), sidebar(a));
    assertTrue(site.read("zeta/index.html").contains("<a rel=\"next\" href=\"../api/\">"), "the pager in the same order");
  }

  @Test
  void theExcludeSearchPluginsPagesAreNotSearched() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/mkdocs.yml --
            site_name: Widgets
            plugins:
              - search
              - exclude-search:
                  exclude:
                    - changelog.md
                    - internal/*
                    - api/v?.md
                    - guide.md#setup
                  ignore:
                    - internal/public.md
                  exclude_unreferenced: true
            -- content/docs/index.md --
            # Home
            -- content/docs/changelog.md --
            # Changelog zebra
            -- content/docs/guide.md --
            # Guide zebra

            ## Setup
            -- content/docs/internal/notes.md --
            # Notes zebra
            -- content/docs/internal/deep/more.md --
            # More zebra
            -- content/docs/internal/public.md --
            # Public zebra
            -- content/docs/api/v1.md --
            # V1 zebra
            -- content/docs/api/v10.md --
            # V10 zebra
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    String index = site.read("search-index.json");
    // fnmatch's * reaches into folders, ? is one character; ignore takes a page back
    for (String gone : List.of("changelog/", "internal/notes/", "internal/deep/more/", "api/v1/")) {
      assertFalse(index.contains("\"" + gone), gone + " " + index);
    }
    for (String kept : List.of("guide/", "internal/public/", "api/v10/")) {
      assertTrue(index.contains("\"" + kept), kept + " " + index);
    }
    assertTrue(Files.exists(site.site().resolve("changelog/index.html")), "still published");
    assertEquals(
        List.of(
            "content/mkdocs.yml:9:11: warning[config.mkdocs]: exclude-search's entry of a heading (`guide.md#setup`) is not followed: its page is searched whole",
            "content/mkdocs.yml:12:29: warning[config.mkdocs]: exclude-search's `exclude_unreferenced` is not followed: the pages outside the nav are searched"),
        r.err().lines().filter(l -> l.contains("warning[")).toList());
  }

  @Test
  void theRedirectsPluginsMapsAreMade() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/mkdocs.yml --
            site_name: Widgets
            plugins:
              - search
              - redirects:
                  redirect_maps:
                    old.md: install.md
                    guide/old.md: guide/use.md#how
                    gone.md: https://example.org/gone
                    install.md: guide/use.md
                    x.md: nothing.md
                    y.html: install.md
            -- content/docs/index.md --
            # Home
            -- content/docs/install.md --
            # Install
            -- content/docs/guide/use.md --
            # Use

            ## How
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertTrue(site.read("old/index.html").contains("<meta http-equiv=\"refresh\" content=\"0; url=../install/\">"), site.read("old/index.html"));
    assertTrue(site.read("guide/old/index.html").contains("<meta http-equiv=\"refresh\" content=\"0; url=../use/#how\">"), site.read("guide/old/index.html"));
    String gone = site.read("gone/index.html");
    assertTrue(gone.contains("<meta http-equiv=\"refresh\" content=\"0; url=https://example.org/gone\">"), gone);
    assertTrue(gone.contains("<link rel=\"canonical\" href=\"https://example.org/gone\">"), gone);
    assertTrue(site.read("install/index.html").contains("<h1 id=\"install\">Install"), "the page stays where it is");
    assertFalse(site.read("sitemap.xml").contains("old/"), "not in the sitemap");
    assertEquals(
        List.of(
            "content/mkdocs.yml:9:9: warning[config.mkdocs]: the redirect from `install.md` is not made: a page is at its address `/install/`",
            "content/mkdocs.yml:10:9: warning[config.mkdocs]: the redirect from `x.md` is not made: `nothing.md` is no page of the site",
            "content/mkdocs.yml:11:9: warning[config.mkdocs]: the redirect `y.html` is not made: redirect_maps maps a page's path (`old.md`) to another page's path or an address"),
        r.err().lines().filter(l -> l.contains("warning[")).toList());
  }

  @Test
  void whatItsConfigLeavesOutIsNotPublished() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/mkdocs.yml --
            site_name: Ut
            exclude_docs: |
              *.py
              /notes/
            draft_docs: |
              drafts/
            -- content/docs/a.md --
            # A
            -- content/docs/hooks.py --
            print()
            -- content/docs/notes/n.md --
            # N
            -- content/docs/drafts/d.md --
            # D
            -- content/docs/templates/main.html --
            <p>
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertTrue(Files.exists(site.site().resolve("a/index.html")));
    for (String gone : List.of("hooks.py", "notes", "drafts", "templates")) {
      assertFalse(Files.exists(site.site().resolve(gone)), gone);
    }
    // a link to a page left out is a broken link, as in MkDocs
    Files.writeString(site.content().resolve("docs/a.md"), "# A\n\nSee [N](notes/n.md).\n");
    r = site.run("build");
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().contains("content/docs/a.md:3:9: error[link.unresolved]: the page `notes/n.md` is not published: the config's `exclude_docs` or `draft_docs` leaves it out, as MkDocs does"), r.err());
    // MkDocs would build it: how to build first and fix later is told once
    assertTrue(r.err().contains("content: warning[config.mkdocs]: MkDocs builds this project with its broken links, naming them: here it is an error\n"
        + "   = hint: to build first and fix later, write `links: {on_broken: warning}` in a `site.yaml` in the content folder"), r.err());
    Files.writeString(site.content().resolve("site.yaml"), "links:\n  on_broken: warning\n");
    r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("content/docs/a.md:3:9: warning[link.unresolved]: the page `notes/n.md` is not published") && !r.err().contains("MkDocs builds this project"), r.err());
  }

  /** With strict, MkDocs fails on a link to no page (and, where validation says so, on a broken anchor): no word that it would build. */
  @Test
  void aStrictProjectsBrokenLinksFailAsInMkDocs() throws Exception {
    String pages = "-- content/docs/index.md --\n# Hjem\n\nSee [gone](gone.md) and [b](b.md#nowhere).\n-- content/docs/b.md --\n# B\n";
    java.util.function.Function<String, String> built =
        config -> {
          SiteFixture.Run r;
          try {
            r = SiteFixture.of(tmp.resolve(Integer.toHexString(config.hashCode())), "-- content/mkdocs.yml --\nsite_name: S\n" + config + pages).run("build");
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
          assertEquals(1, r.exit(), r.err());
          return r.err().lines().filter(l -> l.contains("warning[config.mkdocs]")).findFirst().orElse("");
        };
    assertEquals("content: warning[config.mkdocs]: MkDocs builds this project with its broken links, naming them: here they are errors (2)", built.apply(""));
    // strict: MkDocs fails on the link to no page, not on the anchor (by default only told)
    assertEquals("content: warning[config.mkdocs]: MkDocs builds this project with its broken links, naming them: here it is an error", built.apply("strict: true\n"));
    assertEquals("", built.apply("strict: true\nvalidation:\n  links:\n    anchors: warn\n"));
    assertEquals("", built.apply("strict: true\nvalidation:\n  anchors: warn\n"));
    assertEquals("content: warning[config.mkdocs]: MkDocs builds this project with its broken links, naming them: here they are errors (2)", built.apply("strict: true\nvalidation:\n  not_found: info\n"));
  }

  @Test
  void theFoldersOfHandbooksOtherKindsBesideItAreNotReadWithoutASiteYaml() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/mkdocs.yml --
            site_name: Prosjekt
            -- content/docs/index.md --
            # Prosjekt

            Se [notatene](notes.md).
            -- content/docs/notes.md --
            # Notater
            -- content/runbooks/README.md --
            # Our runbooks

            Notes, not runbooks.
            -- content/course/notes.md --
            # Course notes
            -- content/api/settings.yaml --
            debug: true
            -- content/api/__init__.py --
            pass
            -- content/src/app.py --
            pass
            """);
    SiteFixture.Run r = site.run("build");
    // MkDocs publishes docs/ alone: the project's runbooks/, course/ and api/ are its own, named once
    assertEquals(0, r.exit(), r.err());
    assertTrue(Files.exists(site.site().resolve("notes/index.html")));
    for (String gone : List.of("runbooks", "course/notes", "api/settings.yaml", "api/__init__.py", "src")) {
      assertFalse(Files.exists(site.site().resolve(gone)), gone);
    }
    List<String> warnings = r.err().lines().filter(l -> l.contains("warning[")).toList();
    assertEquals(
        List.of("content/api/: warning[config.mkdocs]: `api/` (and `course/`, `runbooks/`) beside mkdocs.yml are not read: an MkDocs project publishes its docs folder alone"),
        warnings,
        r.err());
    // with Handbook's own site.yaml beside it, they are Handbook's kinds again
    Files.writeString(site.content().resolve("site.yaml"), "title: Prosjekt\n");
    r = site.run("build");
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().contains("content/runbooks/README.md: error[runbook.incomplete]"), r.err());
    assertFalse(r.err().contains("warning[config.mkdocs]"), r.err());
  }

  @Test
  void materialsTagsListingIsDrawnWhereItsMarkerIsAndOnItsTagsFile() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/mkdocs.yml --
            site_name: Merker
            theme: {name: material}
            plugins:
              - search
              - tags:
                  tags_file: tags.md
            -- content/docs/index.md --
            # Merker
            -- content/docs/guide/install.md --
            ---
            tags: [Setup, HTTP]
            ---
            # Install

            The [HTTP pages](../tags.md#tag:http), [the setup pages](../setup.md#tag:setup) and [the others](../other.md#tag:http).
            -- content/docs/guide/configure.md --
            ---
            tags: [Setup]
            ---
            # Configure
            -- content/docs/tags.md --
            # Tags

            Every tag.
            -- content/docs/setup.md --
            # Setup pages

            <!-- material/tags { include: [setup], shadow: true } -->

            - a list
              <!-- material/tags -->
            -- content/docs/other.md --
            # Other pages

            <!-- material/tags { exclude: [setup] } -->
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    // the tags_file: its listing at its end; it is the page of every tag, the tags' own pages under it
    String tags = site.read("tags/index.html");
    assertTrue(tags.contains("<p>Every tag.</p>\n<div class=\"tags-listing\">\n<h2 id=\"tag:http\">HTTP</h2>\n<ul>\n<li><a href=\"../guide/install/\">Install</a></li>\n</ul>\n"
        + "<h2 id=\"tag:setup\">Setup</h2>\n<ul>\n<li><a href=\"../guide/configure/\">Configure</a></li>\n<li><a href=\"../guide/install/\">Install</a></li>\n</ul>\n</div>"), tags);
    assertTrue(site.read("tags/setup/index.html").contains("<h1>Setup</h1>"));
    // the listing's headings are in the page's table of contents, as Material shows them
    assertTrue(tags.contains("<li><a href=\"#tag:http\">HTTP</a>") && tags.contains("<li><a href=\"#tag:setup\">Setup</a>"), tags);
    assertTrue(site.read("guide/install/index.html").contains("<a class=\"tag\" href=\"../../tags/setup/\">Setup</a>"));
    // a listing at its marker, of the tags it includes
    String setup = site.read("setup/index.html");
    assertTrue(setup.contains("<h2 id=\"tag:setup\">Setup</h2>") && !setup.contains("tag:http"), setup);
    assertTrue(site.read("guide/install/index.html").contains("<a href=\"../../tags/#tag:http\">HTTP pages</a>, <a href=\"../../setup/#tag:setup\">the setup pages</a>"), "links to a listing's tags");
    String other = site.read("other/index.html");
    assertTrue(other.contains("<h2 id=\"tag:http\">HTTP</h2>") && !other.contains("tag:setup"), "the tags it does not exclude: " + other);
    List<String> warnings = r.err().lines().filter(l -> l.contains("warning[")).toList();
    assertEquals(
        List.of(
            "content/docs/setup.md:3:1: warning[directive.tags]: the tags listing's option `shadow` is not applied here (`include` and `exclude` are)",
            "content/docs/setup.md:6:3: warning[markdown.marker]: `<!-- material/tags -->` is MkDocs Material's tags listing, which is drawn only on a line of its own at the page's top level (not in a paragraph, list or quote): it is left out"),
        warnings,
        r.err());
    // a tag a listing leaves out has no heading there to link to
    Files.writeString(site.content().resolve("docs/guide/configure.md"), "---\ntags: [Setup]\n---\n# Configure\n\n[No](../other.md#tag:setup).\n");
    r = site.run("build");
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("content/docs/guide/configure.md:6:6: error[link.anchor]: no heading `#tag:setup` on `docs/other.md`"), r.err());
    Files.writeString(site.content().resolve("docs/guide/configure.md"), "---\ntags: [Setup]\n---\n# Configure\n");
    // (the tags_file's listing goes with the tags plugin's settings below)
    Files.writeString(site.content().resolve("docs/guide/install.md"), "---\ntags: [Setup, HTTP]\n---\n# Install\n");
    // extra_css: the docs folder's stylesheets on every page, one on another host or not there named
    Files.createDirectories(site.content().resolve("docs/css"));
    Files.writeString(site.content().resolve("docs/css/extra.css"), ".x { color: red; }\n");
    Files.writeString(site.content().resolve("mkdocs.yml"), "site_name: Merker\nextra_css:\n  - css/extra.css\n  - https://unpkg.com/x.css\n  - mangler.css\n");
    r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertTrue(site.read("guide/install/index.html").contains("<link rel=\"stylesheet\" href=\"../../css/extra.css\">"));
    assertTrue(r.err().contains("content/mkdocs.yml:4:5: warning[config.mkdocs]: the stylesheet `https://unpkg.com/x.css` of `extra_css` is on another host"), r.err());
    assertTrue(r.err().contains("content/mkdocs.yml:5:5: warning[config.mkdocs]: `extra_css` names no file of the docs folder: `mangler.css`"), r.err());
    assertFalse(r.err().contains("`extra_css` of mkdocs.yml is not read"), r.err());
    // a tags_file that names no page is named
    Files.writeString(site.content().resolve("mkdocs.yml"), "site_name: Merker\nplugins:\n  - tags:\n      tags_file: merker.md\n");
    r = site.run("build");
    assertTrue(r.err().contains("content/mkdocs.yml:4:18: warning[config.mkdocs]: the tags plugin's `tags_file` names no page in the docs folder: `merker.md`"), r.err());
    assertFalse(site.read("tags/index.html").contains("tags-listing"));
  }

  @Test
  void awesomePagesRestInTheNavKeepsTheOthersInTheMenu() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, "-- content/mkdocs.yml --\nnav:\n  - Install: install.md\n  - ...\n  - Guide: guide/\n" + PAGES);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    // MkDocs' own theme: the sections are tabs
    String use = site.read("guide/use/index.html");
    assertEquals(List.of("Install", "About", "Reference", "Guide"), tabs(use));
    assertEquals(List.of("Intro", "Use"), sidebar(use));
    assertEquals(List.of(), r.err().lines().filter(l -> l.contains("warning[")).toList());
  }

  @Test
  void whatItCannotTakeIsNamed() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/mkdocs.yml --
            site_url: docs.example.org
            docs_dir: ../documentation
            use_directory_urls: false
            repo_url: https://github.com/o/r
            edit_uri: blob/main/documentation/
            theme:
              name: material
              logo: assets/logo.png
            -- content/mkdocs.yaml --
            site_name: Not read
            -- content/docs/a.md --
            # A
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertTrue(site.read("a/index.html").contains("<title>A · Handbook</title>"), "mkdocs.yaml is not read");
    assertEquals(
        List.of(
            "content/mkdocs.yaml: warning[config.mkdocs]: `mkdocs.yml` is the project's config: this one is not read",
            "content/mkdocs.yml:1:11: warning[config.mkdocs]: `site_url` is not an absolute http(s) URL: the site is built without it",
            "content/mkdocs.yml:2:11: warning[config.mkdocs]: `docs_dir: ../documentation`: not a folder inside the project's: the pages are read from the `docs/` folder beside mkdocs.yml",
            "content/mkdocs.yml:3:21: warning[config.mkdocs]: `use_directory_urls: false`: pages are published at folder URLs here (`page/`, not `page.html`)",
            "content/mkdocs.yml:5:11: warning[config.mkdocs]: the edit address `https://github.com/o/r/blob/main/documentation/` is not of a `docs/` folder: pages get no edit links",
            "content/mkdocs.yml:8:9: warning[config.mkdocs]: the theme's `logo` names no image in the docs folder: `assets/logo.png`: the theme's own is shown"),
        r.err().lines().filter(l -> l.contains("warning[")).toList());
  }

  @Test
  void theEditAddressIsTheFolderAroundDocs() throws Exception {
    assertEquals("https://gitlab.com/g/p/-/edit/main/site/", editUrl("repo_url: https://gitlab.com/g/p\nedit_uri: -/edit/main/site/docs/\n"));
    assertEquals("https://bitbucket.org/t/r/src/default/", editUrl("repo_url: https://bitbucket.org/t/r/\n"));
    assertEquals("https://example.org/edit/", editUrl("edit_uri: https://example.org/edit/docs\n"));
    assertEquals("", editUrl("repo_url: https://github.com/o/r\nedit_uri: ''\n"), "edit_uri '' turns edit links off");
    assertEquals("", editUrl("repo_url: https://git.example.org/o/r\n"), "no default for other hosts");
    assertEquals("", editUrl("repo_url: https://github.com/o/r\nedit_uri: blob/main/documentation/\n"));
  }

  @Test
  void theThemesLanguageIsTheSites() throws Exception {
    // the pages say the language they are written in; the site's own words are Norwegian or English
    String nbNo = page("theme:\n  name: mkdocs\n  locale: nb_NO\n");
    assertTrue(nbNo.contains("<html lang=\"nb-NO\"") && nbNo.contains("Søk"), nbNo);
    String nn = page("theme:\n  name: material\n  language: nn\n");
    assertTrue(nn.contains("<html lang=\"nn\"") && nn.contains("Søk"), nn);
    String de = page("theme:\n  name: material\n  language: de\n");
    assertTrue(de.contains("<html lang=\"de\"") && de.contains("Search"), de);
    assertTrue(page("site_name: X\n").contains("<html lang=\"en\""));
  }

  @Test
  void materialsPaletteGivesTheSiteItsColour() throws Exception {
    java.util.function.Function<String, String> colour = html -> {
      Matcher m = Pattern.compile("assets/accent-([0-9a-f]{6})\\.css").matcher(html);
      return m.find() ? m.group(1) : null;
    };
    assertEquals("4051b5", colour.apply(page("theme:\n  name: material\n")), "indigo, Material's default");
    assertEquals("009485", colour.apply(page("theme:\n  name: material\n  palette:\n    primary: teal\n")));
    assertEquals("546d78", colour.apply(page("theme:\n  name: material\n  palette:\n    - scheme: default\n      primary: Blue-Grey\n    - scheme: slate\n      primary: black\n")),
        "the first scheme's");
    assertEquals(null, colour.apply(page("theme:\n  name: mkdocs\n")), "MkDocs' own theme: the theme's colour");
    Path dir = Files.createTempDirectory(tmp, "p");
    SiteFixture site = SiteFixture.of(dir, "-- content/mkdocs.yml --\ntheme:\n  name: material\n  palette:\n    primary: custom\n-- content/docs/a.md --\n# A\n");
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertTrue(
        r.err().contains("content/mkdocs.yml:4:14: warning[config.mkdocs]: the palette's primary colour `custom` is set by no stylesheet of `extra_css` (`--md-primary-fg-color`): the theme's own colour is shown"),
        r.err());
    assertEquals(null, colour.apply(site.read("a/index.html")));
    // custom: the colour Material's own variable takes in the site's stylesheet
    Files.writeString(site.content().resolve("mkdocs.yml"), "theme:\n  name: material\n  palette:\n    primary: custom\nextra_css: [css/extra.css]\n");
    Files.createDirectories(site.content().resolve("docs/css"));
    Files.writeString(site.content().resolve("docs/css/extra.css"), ":root {\n  --md-primary-fg-color: #7B1FA2;\n  --md-primary-fg-color--light: #ce93d8;\n}\n");
    r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertFalse(r.err().contains("warning["), r.err());
    assertEquals("7b1fa2", colour.apply(site.read("a/index.html")));
    assertTrue(site.read("a/index.html").indexOf("accent-7b1fa2.css") < site.read("a/index.html").indexOf("css/extra.css"), "the colour's stylesheet before the site's own");
  }

  /** The edit address of a one-page MkDocs project with this config. */
  private String editUrl(String config) throws Exception {
    Matcher m = Pattern.compile("href=\"([^\"]*)a\\.md\"").matcher(page(config));
    return m.find() ? m.group(1).replaceAll("docs/$", "") : "";
  }

  /** The page of a one-page MkDocs project with this config. */
  private String page(String config) throws Exception {
    Path dir = Files.createTempDirectory(tmp, "p");
    SiteFixture site = SiteFixture.of(dir, "-- content/mkdocs.yml --\n" + config + "-- content/docs/a.md --\n# A\n");
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertEquals(config.contains("language: de"), r.err().contains("warning[config.mkdocs]: the theme's language `de` is not one of this site's (nb, en)"), r.err());
    return site.read("a/index.html");
  }

  /** The titles of the sidebar's links, in order. */
  private static List<String> sidebar(String html) {
    return links(html, "<nav class=\"sidebar\"");
  }

  /** The titles of the tabs' links, in order. */
  private static List<String> tabs(String html) {
    return links(html, "<nav class=\"tabs\"");
  }

  /** The texts of the links in the element that starts with {@code start}; none when there is none. */
  private static List<String> links(String html, String start) {
    int at = html.indexOf(start);
    if (at < 0) {
      return List.of();
    }
    String nav = html.substring(at, html.indexOf("</nav>", at));
    List<String> titles = new ArrayList<>();
    Matcher m = Pattern.compile("<a [^>]*>([^<]+)</a>").matcher(nav);
    while (m.find()) {
      titles.add(m.group(1).strip());
    }
    return titles;
  }

  /** Heading ids as MkDocs' toc extension makes them, which its pages' links are written to; GitHub's where its slugify is pymdownx.slugs'. */
  @Test
  void headingIdsAreTheTocExtensionsByDefault() throws Exception {
    String page = "-- content/docs/index.md --\n# Home\n\n## Install - Linux\n\n## Übersicht der Größe\n\n## Install - Linux\n\nSee [a](#install-linux), [b](#ubersicht-der-groe) and [c](#install-linux_1).\n";
    SiteFixture site = SiteFixture.of(tmp.resolve("toc"), "-- content/mkdocs.yml --\nsite_name: A\n" + page);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    String html = site.read("index.html");
    assertTrue(html.contains("<h2 id=\"install-linux\">") && html.contains("<h2 id=\"ubersicht-der-groe\">") && html.contains("<h2 id=\"install-linux_1\">"), html);
    String uslugify = page.replace("(#install-linux)", "(#install---linux)").replace("(#ubersicht-der-groe)", "(#übersicht-der-größe)").replace("(#install-linux_1)", "(#install---linux-1)");
    SiteFixture github = SiteFixture.of(tmp.resolve("gh"), "-- content/mkdocs.yml --\nsite_name: A\nmarkdown_extensions:\n  - toc:\n      slugify: !!python/name:pymdownx.slugs.uslugify\n" + uslugify);
    SiteFixture.Run g = github.run("build");
    assertEquals(0, g.exit(), g.err());
    assertTrue(github.read("index.html").contains("<h2 id=\"übersicht-der-größe\">"), github.read("index.html"));
    // the toc extension's slugify_unicode: its own ids, letters beyond ASCII kept
    String unicode = page.replace("(#ubersicht-der-groe)", "(#übersicht-der-größe)");
    SiteFixture ownUnicode =
        SiteFixture.of(tmp.resolve("uni"), "-- content/mkdocs.yml --\nsite_name: A\nmarkdown_extensions:\n  - toc:\n      slugify: !!python/name:markdown.extensions.toc.slugify_unicode\n" + unicode);
    SiteFixture.Run u = ownUnicode.run("build");
    assertEquals(0, u.exit(), u.err());
    String uhtml = ownUnicode.read("index.html");
    assertTrue(uhtml.contains("<h2 id=\"install-linux\">") && uhtml.contains("<h2 id=\"übersicht-der-größe\">") && uhtml.contains("<h2 id=\"install-linux_1\">"), uhtml);
    // and its slugify named as such: the default
    SiteFixture named = SiteFixture.of(tmp.resolve("named"), "-- content/mkdocs.yml --\nsite_name: A\nmarkdown_extensions:\n  - toc:\n      slugify: !!python/name:markdown.extensions.toc.slugify ''\n" + page);
    SiteFixture.Run d = named.run("build");
    assertEquals(0, d.exit(), d.err());
  }
}
