package handbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.config.HugoConfig;
import handbook.testing.SiteFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A content folder that is a Hugo project: its config names the site, its {@code content/} is the
 * site's pages at the addresses Hugo gives them, its {@code static/} is at the root, and what is
 * not done here is named.
 */
class HugoProjectTest {
  @TempDir Path tmp;

  /** A project as Docsy's example writes one: TOML config with Docsy's params, sections, a leaf bundle, a draft. */
  static final String PROJECT =
      """
      -- content/hugo.toml --
      baseURL = "https://example.org/"
      title = "Goldydocs"
      languageCode = "en-us"
      enableGitInfo = true
      copyright = "The <b>Docsy</b> Authors"

      [params]
      description = "A sample site for the Docsy Hugo theme"
      github_repo = "https://github.com/google/docsy-example/"
      github_branch = "main"

      [markup.goldmark.renderer]
      unsafe = true

      [[menu.main]]
      name = "Docs"
      url = "/docs/"
      -- content/content/_index.md --
      ---
      title: Goldydocs
      ---

      Welcome. Read the [docs](docs/) or [about us](about.md).
      -- content/content/docs/_index.md --
      ---
      title: Documentation
      linkTitle: Docs
      weight: 20
      ---

      See [installation]({{< ref "getting-started/Installation.md" >}}), [the concepts]({{< relref "/docs/concepts" >}}) and [the overview]({{< ref "docs/overview.md" >}}).
      -- content/content/docs/getting-started/_index.md --
      +++
      title = "Getting Started"
      weight = 2
      +++

      Start [here](Installation.md).
      -- content/content/docs/getting-started/Installation.md --
      ---
      title: Installation
      weight: 1
      ---

      ![Logo](/images/logo.png)

      Back to [the overview](../overview.md), or [the same](/docs/overview/).
      -- content/content/docs/overview.md --
      ---
      title: Overview
      weight: 1
      ---

      An overview. See the [bundle](../tasks/bundle/), [ideas](/docs/ideas/) and [the docs](index.md).
      -- content/content/docs/concepts.md --
      ---
      title: Concepts
      slug: ideas
      weight: 3
      ---

      Concepts.
      -- content/content/docs/tasks/bundle/index.md --
      ---
      title: A bundle
      ---

      ![Diagram](diagram.png)
      -- content/content/docs/tasks/bundle/diagram.png --
      png
      -- content/content/docs/tasks/alpha.md --
      ---
      title: Alpha
      menu:
        main:
          weight: 1
      ---
      -- content/content/docs/tasks/hidden.md --
      ---
      title: Hidden
      toc_hide: true
      ---
      -- content/content/docs/tasks/hidden-too.md --
      ---
      title: Hidden too
      params:
        toc_hide: true
      ---
      -- content/content/docs/tasks/unlisted.md --
      ---
      title: Unlisted
      build:
        list: never
      ---
      -- content/content/community/_index.html --
      ---
      title: Community
      ---
      <p>{{< blocks/cover >}}</p>
      -- content/content/about.md --
      ---
      title: About
      url: /about-us/
      ---

      About us.
      -- content/content/docs/draft.md --
      ---
      title: Not yet
      draft: true
      ---
      -- content/content/docs/shared/index.md --
      ---
      headless: true
      ---
      -- content/content/docs/hidden.md --
      +++
      title = "Hidden"
      [build]
      render = "never"
      +++
      -- content/static/images/logo.png --
      png
      -- content/static/favicon.ico --
      ico
      -- content/layouts/shortcodes/x.html --
      <b>{{ .Inner }}</b>
      -- content/themes/docsy/README.md --
      # Docsy
      -- content/public/index.html --
      <html>an old build</html>
      -- content/README.md --
      # The project
      """;

  @Test
  void itsConfigNamesTheSiteAndItsContentIsTheSite() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, PROJECT);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    for (String published : List.of("index.html", "docs/index.html", "docs/getting-started/index.html", "docs/getting-started/installation/index.html", "docs/ideas/index.html",
        "docs/tasks/bundle/index.html", "docs/tasks/bundle/diagram.png", "about-us/index.html", "images/logo.png", "favicon.ico")) {
      assertTrue(Files.exists(site.site().resolve(published)), published);
    }
    for (String not : List.of("content", "static", "layouts", "themes", "public", "README.md", "hugo.toml", "docs/draft", "docs/shared", "docs/hidden", "docs/concepts", "about", "docs/getting-started/Installation")) {
      assertFalse(Files.exists(site.site().resolve(not)), not);
    }
    String docs = site.read("docs/index.html");
    assertTrue(docs.contains("<title>Documentation · Goldydocs</title>"), docs);
    assertTrue(docs.contains("<html lang=\"en-US\">"), "languageCode en-us: the pages' language");
    assertTrue(docs.contains("<link rel=\"canonical\" href=\"https://example.org/docs/\">"), docs);
    assertTrue(docs.contains("<link rel=\"icon\" href=\"../favicon.ico\">"), docs);
    assertTrue(docs.contains("The Docsy Authors"), "the copyright's text");
    assertTrue(docs.contains("href=\"https://github.com/google/docsy-example/edit/main/content/docs/_index.md\""), "Docsy's edit link: " + docs);
    // ref and relref: from the page's folder, from the content folder, and by a page's url
    assertTrue(
        docs.contains("See <a href=\"getting-started/installation/\">installation</a>, <a href=\"ideas/\">the concepts</a> and <a href=\"overview/\">the overview</a>."), docs);
    String install = site.read("docs/getting-started/installation/index.html");
    assertTrue(install.contains("<img src=\"../../../images/logo.png\" alt=\"Logo\" />"), "a site-root link to a static file: " + install);
    assertTrue(install.contains("<a href=\"../../overview/\">the overview</a>, or <a href=\"../../overview/\">the same</a>"), install);
    assertTrue(site.read("docs/tasks/bundle/index.html").contains("<img src=\"diagram.png\" alt=\"Diagram\" />"), "a leaf bundle's resource beside its page");
    assertTrue(site.read("docs/overview/index.html").contains("<a href=\"../\">the docs</a>"), "a section's index.md is its _index.md");
    assertEquals(List.of("Overview", "Getting Started", "Concepts", "Tasks", "Alpha", "A bundle"), sidebar(site.read("docs/tasks/alpha/index.html")), "Docsy's toc_hide (also under params) and Hugo's build: {list: never}: out of the menu; a main menu's weight places a page");
    assertTrue(Files.exists(site.site().resolve("docs/tasks/hidden/index.html")) && Files.exists(site.site().resolve("docs/tasks/unlisted/index.html")), "and published (a page Hugo lists nowhere too)");
    assertTrue(site.read("index.html").contains("<a href=\"about-us/\">about us</a>"), "a page's url is its address");
    // Hugo's order: weight, then the pages without one by title
    assertEquals(List.of("Overview", "Getting Started", "Concepts", "Tasks"), sidebar(docs));
    assertFalse(Files.exists(site.site().resolve("community")), "a page in HTML");
    assertEquals(
        List.of(
            "content/content/community/_index.html: warning[config.hugo]: a page written in HTML is not read here, and not published",
            "content/hugo.toml: warning[git.history]: `enableGitInfo` is set, but the content is not in a git repository: pages show only the days their front matter gives"),
        r.err().lines().filter(l -> l.contains("warning[")).toList());
  }

  /** A split config in YAML: {@code config/_default/} with its params file (Hugo Book's edit params); keys that publish otherwise are named. */
  static final String SPLIT =
      """
      -- content/config/_default/hugo.yaml --
      baseurl: https://docs.example.no/handbok/
      Title: Handboka
      defaultContentLanguage: nb
      uglyURLs: true
      permalinks:
        docs: /:sections/:slug/
      contentDir: content
      languages:
        nb:
          weight: 1
        en:
          weight: 2
      -- content/config/_default/params.yaml --
      description: Alt om drift
      BookRepo: https://github.com/example/handbok
      BookEditPath: edit/main/site
      BookLogo: /logo.svg
      -- content/static/logo.svg --
      <svg xmlns="http://www.w3.org/2000/svg"/>
      -- content/content/docs/drift.md --
      ---
      title: Drift
      url: /drift.html
      ---

      Om drift. Se [oversikten](oversikt.md).
      -- content/content/docs/_index.nb.md --
      ---
      title: Dokumentasjon
      ---
      -- content/content/docs/oversikt.nb.md --
      ---
      title: Oversikt
      ---
      -- content/content/docs/drift.en.md --
      ---
      title: Operations
      ---
      """;

  @Test
  void aSplitConfigIsReadAndWhatIsNotFollowedIsNamed() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, SPLIT);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    String home = site.read("index.html");
    assertTrue(home.contains("<html lang=\"nb\">"), "defaultContentLanguage nb");
    assertTrue(home.contains("<title>Handboka</title>"), "Title, in any case: " + home);
    assertTrue(home.contains("<meta name=\"description\" content=\"Alt om drift\">"), "the params file's description: " + home);
    assertTrue(home.contains("<link rel=\"canonical\" href=\"https://docs.example.no/handbok/\">"), "baseurl, in any case");
    String page = site.read("docs/drift/index.html");
    assertTrue(page.contains("href=\"https://github.com/example/handbok/edit/main/site/content/docs/drift.md\""), "Hugo Book's edit link: " + page);
    assertTrue(page.contains("src=\"../../logo.svg\""), "Hugo Book's logo: " + page);
    // pages translated by their file names: the default language's (nb) are the site's
    assertTrue(site.read("docs/index.html").contains("<title>Dokumentasjon · Handboka</title>"), "_index.nb.md is the section's page");
    assertTrue(page.contains("<a href=\"../oversikt/\">oversikten</a>"), "oversikt.nb.md is at oversikt/, and a link to oversikt.md finds it: " + page);
    assertFalse(Files.exists(site.site().resolve("docs/drift.en")), "another language's page is not published as the default one's");
    // the other language in its folder: its pages those its file names say are its
    // (at its permalink: its slug is its title's)
    Document en = Jsoup.parse(site.read("en/docs/operations/index.html"));
    assertEquals("en", en.selectFirst("html").attr("lang"));
    assertEquals("Operations", en.selectFirst("h1").text());
    assertFalse(Files.exists(site.site().resolve("en/docs/oversikt/index.html")), "a page of the default language alone is not in the other's");
    assertTrue(en.select("p.untranslated").isEmpty(), "a Hugo language has its own pages alone: none says it is untranslated");
    // the language menu leads to a page's translation (by its file), else to the language's home
    assertEquals(List.of("Norsk bokmål", "English"), Jsoup.parse(page).select(".language-switcher li a").eachText());
    assertEquals(List.of("../../docs/drift/", "../../en/docs/operations/"), Jsoup.parse(page).select(".language-switcher li a").eachAttr("href"));
    assertEquals(List.of("../../../docs/drift/", "../../../en/docs/operations/"), en.select(".language-switcher li a").eachAttr("href"));
    assertEquals(List.of("../../docs/oversikt/", "../../en/"), Jsoup.parse(site.read("docs/oversikt/index.html")).select(".language-switcher li a").eachAttr("href"));
    assertEquals(List.of("../docs/", "../en/docs/"), Jsoup.parse(site.read("docs/index.html")).select(".language-switcher li a").eachAttr("href"), "a section's list");
    assertEquals(
        List.of(
            "content/config/_default/hugo.yaml:4:11: warning[config.hugo]: `uglyURLs`: pages are published here at `x/`, not `x.html`",
            "content/content/docs/drift.md:3:6: warning[frontmatter.url]: `url` is followed where it names a folder of this site (`/a/b/`), not `/drift.html`: the page is published at the URL of its section's `permalinks` pattern"),
        r.err().lines().filter(l -> l.contains("warning[")).toList());
    assertTrue(r.err().contains(" 4 | uglyURLs: true"), "the config's line is shown: " + r.err());

    // a site.yaml beside the config wins where both set a value
    site.write(
        """
        -- content/site.yaml --
        title: Driftshandboka
        """);
    r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertTrue(site.read("index.html").contains("<title>Driftshandboka</title>"), site.read("index.html"));
    assertTrue(site.read("index.html").contains("<html lang=\"nb\">"), "the rest is Hugo's");
    assertTrue(Files.exists(site.site().resolve("docs/drift/index.html")));
  }

  /** A config folder of a file per key, by language and by environment, as Hugo's documentation sites split theirs. */
  static final String FOLDER =
      """
      -- content/config/_default/hugo.toml --
      title = "Handboka"
      baseURL = "/"
      defaultContentLanguage = "nb"
      -- content/config/_default/menus.nb.toml --
      [[main]]
      name = "Kode"
      url = "https://github.com/example/handbok"
      -- content/config/_default/menus/menus.en.toml --
      [[main]]
      name = "Code"
      url = "https://github.com/example/handbook"
      -- content/config/_default/params.toml --
      description = "Alt om drift"
      github_repo = "https://github.com/example/handbok"
      -- content/config/production/hugo.toml --
      baseurl = "https://docs.example.no/"
      uglyURLs = true
      -- content/config/production/params.toml --
      github_branch = "produksjon"
      -- content/config/staging/hugo.toml --
      baseURL = "https://staging.example.no/"
      -- content/config/development/hugo.toml --
      baseURL = "http://localhost:1313/"
      -- content/content/_index.md --
      ---
      title: Hjem
      ---
      -- content/content/docs/drift.md --
      ---
      title: Drift
      ---

      Om drift.
      """;

  @Test
  void theConfigFoldersFilesAreMergedAsHugoMergesThem() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, FOLDER);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    Document home = Jsoup.parse(site.read("index.html"));
    // a file per key (menus, params), the default language's file read and another's named
    assertEquals(List.of("Kode https://github.com/example/handbok"), home.select("nav.header-links a").stream().map(a -> a.text() + " " + a.attr("href")).toList());
    assertEquals("Alt om drift", home.select("meta[name=description]").attr("content"));
    // production's settings over the default's, keys in any case, maps merged key by key
    assertEquals("https://docs.example.no/", home.select("link[rel=canonical]").attr("href"));
    assertTrue(site.read("docs/drift/index.html").contains("href=\"https://github.com/example/handbok/edit/produksjon/content/docs/drift.md\""), site.read("docs/drift/index.html"));
    assertEquals(
        List.of(
            "content/config/_default/menus/menus.en.toml: warning[config.hugo]: `config/_default/menus/menus.en.toml` is the `en` language's: it is not read, the site is built in the default language `nb`",
            "content/config/production/hugo.toml:2:12: warning[config.hugo]: `uglyURLs`: pages are published here at `x/`, not `x.html`"),
        r.err().lines().filter(l -> l.contains("warning[")).toList());
    assertTrue(r.err().contains(" 2 | uglyURLs = true"), "the line of the file it is in: " + r.err());

    // HUGO_ENVIRONMENT names another environment's folder, as it does for Hugo
    Path out = tmp.resolve("staging");
    handbook.build.BuildResult staging = site.buildAt(out, Map.of("HUGO_ENVIRONMENT", "staging"));
    assertTrue(staging.ok());
    assertTrue(Files.readString(out.resolve("index.html")).contains("<link rel=\"canonical\" href=\"https://staging.example.no/\">"));
    assertTrue(Files.readString(out.resolve("docs/drift/index.html")).contains("/edit/main/content/docs/drift.md"), "production's params are not read");

    // serve reads the development environment's folder, as `hugo server` does, unless one is named
    assertEquals(Map.of("HUGO_ENVIRONMENT", "development", "PATH", "/bin"), HugoConfig.previewed(Map.of("PATH", "/bin")));
    assertEquals(Map.of("HUGO_ENV", "staging"), HugoConfig.previewed(Map.of("HUGO_ENV", "staging")));
    Path preview = tmp.resolve("preview");
    handbook.build.BuildResult served = site.buildAt(preview, HugoConfig.previewed(Map.of()));
    assertTrue(served.ok());
    assertTrue(Files.readString(preview.resolve("index.html")).contains("<link rel=\"canonical\" href=\"http://localhost:1313/\">"));

    // HUGO_ variables set keys over the config's, the character after HUGO parting them
    Path env = tmp.resolve("env");
    handbook.build.BuildResult variables = site.buildAt(env, Map.of("HUGO_TITLE", "Fra miljøet", "HUGO_PARAMS_DESCRIPTION", "Satt i CI", "HUGOxPARAMSxGITHUB_REPO", "https://github.com/example/miljo", "HUGO_BASEURL", "ftp://docs.example.no/", "HUGO_", "x", "HUGO_PARAMS", "not a map", "HUGO_TITLE_X", "under a text"));
    assertTrue(variables.ok());
    Document envHome = Jsoup.parse(Files.readString(env.resolve("index.html")));
    assertEquals("Fra miljøet", envHome.title());
    assertEquals("Satt i CI", envHome.select("meta[name=description]").attr("content"));
    assertTrue(Files.readString(env.resolve("docs/drift/index.html")).contains("href=\"https://github.com/example/miljo/edit/produksjon/content/docs/drift.md\""), "a key with the parting character in it");
    assertEquals(
        List.of("$HUGO_BASEURL: warning[config.hugo]: `baseURL` is not an absolute http(s) URL: the site is built without it"),
        variables.diagnostics().stream().map(handbook.diag.Diagnostic::headline).filter(d -> d.contains("baseURL")).toList());
  }

  /** A project whose pages are elsewhere, mounted at {@code content} ({@code [[module.mounts]]}): Hugo reads them, and no other. */
  @Test
  void theMountedFolderOfPagesIsTheSite() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/hugo.toml --
            title = "Docs"
            [[module.mounts]]
            source = "assets"
            target = "assets"
            [[module.mounts]]
            source = "content/no"
            target = "content"
            lang = "no"
            [[module.mounts]]
            source = "docs"
            target = "content"
            excludeFiles = "drafts/*"
            [[module.mounts]]
            source = "notes"
            target = "content/notes"
            [[module.mounts]]
            source = "images"
            target = "static/images"
            -- content/docs/_index.md --
            ---
            title: Home
            ---
            See [the guide](guide/).
            -- content/docs/guide/_index.md --
            ---
            title: Guide
            ---
            -- content/content/old.md --
            ---
            title: Old
            ---
            -- content/notes/a.md --
            ---
            title: A note
            ---
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertTrue(site.read("index.html").contains("<a href=\"guide/\">the guide</a>"), site.read("index.html"));
    assertTrue(Files.exists(site.site().resolve("guide/index.html")));
    for (String not : List.of("old", "notes", "docs", "content")) {
      assertFalse(Files.exists(site.site().resolve(not)), not);
    }
    assertEquals(
        List.of(
            "content/content/old.md: warning[config.hugo]: the pages outside `docs/`, the config's folder of pages (`contentDir`, `module.mounts`), are not published (1 page)",
            "content/hugo.toml:6:10: warning[config.hugo]: the mount of `content/no` is the `no` language's pages: they are not published, the site is built in `en`",
            "content/hugo.toml:12:16: warning[config.hugo]: the mount's `excludeFiles` is not followed: every page of `docs` is read",
            "content/hugo.toml:14:10: warning[config.hugo]: the mount of `notes` at `content/notes` is not followed: the pages are read from `docs`",
            "content/hugo.toml:17:10: warning[config.hugo]: the mount of `images` at `static/images` is not followed: the static files are read from `static/`"),
        r.err().lines().filter(l -> l.contains("warning[")).toList());
  }

  /** Hugo leaves out a page to be published after the build's time and one expired, unless its config says to build them. */
  @Test
  void datedPagesArePublishedAsHugoPublishesThem() throws Exception {
    String pages =
        """
        -- content/content/posts/tomorrow.md --
        ---
        title: Tomorrow
        date: 2026-11-21
        ---
        -- content/content/posts/tonight.md --
        ---
        title: Tonight
        date: 2026-11-20T22:00:00+01:00
        ---
        -- content/content/posts/morning.md --
        ---
        title: Morning
        date: 2026-11-20T08:00:00
        ---
        -- content/content/posts/lunch.md --
        ---
        title: Lunch
        date: 2026-11-20T12:30:00
        ---
        -- content/content/posts/scheduled.md --
        ---
        title: Scheduled
        date: 2026-01-01
        publishDate: 2026-12-01
        ---
        -- content/content/posts/expired.md --
        ---
        title: Expired
        expiryDate: 2026-11-20
        ---
        -- content/content/posts/valid.md --
        +++
        title = "Valid"
        expirydate = 2026-11-21T08:00:00Z
        +++
        """;
    java.util.function.Function<SiteFixture, java.util.Set<String>> built =
        s -> {
          Path out = s.root().resolve("out");
          handbook.build.BuildResult r = s.buildAt(out, Map.of());
          assertTrue(r.ok(), r.diagnostics().toString());
          try (var files = Files.list(out.resolve("posts"))) {
            return files.map(f -> f.getFileName().toString()).filter(f -> !f.equals("index.html")).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        };
    SiteFixture site = SiteFixture.of(tmp.resolve("default"), "-- content/hugo.toml --\ntitle = \"Blogg\"\n" + pages);
    assertEquals(java.util.Set.of("morning", "valid"), built.apply(site));
    assertFalse(Files.readString(site.root().resolve("out/posts/index.html")).contains("Tomorrow"), "nor listed");
    // a time without an offset is in the config's time zone (Oslo's 12:30 is 11:30 UTC)
    SiteFixture oslo = SiteFixture.of(tmp.resolve("oslo"), "-- content/hugo.toml --\ntitle = \"Blogg\"\ntimeZone = \"Europe/Oslo\"\n" + pages);
    assertEquals(java.util.Set.of("lunch", "morning", "valid"), built.apply(oslo));
    SiteFixture.Run nowhere = SiteFixture.of(tmp.resolve("nowhere"), "-- content/hugo.toml --\ntitle = \"Blogg\"\ntimeZone = \"Nowhere/Land\"\n" + pages).run("check");
    assertTrue(nowhere.err().contains("content/hugo.toml:2:12: warning[config.hugo]: `timeZone: Nowhere/Land` is no time zone: dates without an offset are in UTC"), nowhere.err());
    String draft = "-- content/content/posts/draft.md --\n---\ntitle: Draft\ndraft: true\n---\n";
    SiteFixture all = SiteFixture.of(tmp.resolve("all"), "-- content/hugo.toml --\ntitle = \"Blogg\"\nbuildFuture = true\nbuildExpired = true\nbuildDrafts = true\n" + draft + pages);
    assertEquals(java.util.Set.of("draft", "expired", "lunch", "morning", "scheduled", "tomorrow", "tonight", "valid"), built.apply(all));
    SiteFixture.Run drafts = all.run("check");
    assertFalse(drafts.err().contains("warning["), drafts.err());
    // buildDrafts in the development environment's config, as hugo server reads it (and serve here)
    SiteFixture dev = SiteFixture.of(tmp.resolve("dev"), "-- content/hugo.toml --\ntitle = \"Blogg\"\n-- content/config/development/hugo.toml --\nbuildDrafts = true\n" + draft + pages);
    assertFalse(built.apply(dev).contains("draft"), "not in a build");
    Path devOut = dev.root().resolve("dev-out");
    assertTrue(dev.buildAt(devOut, handbook.config.HugoConfig.previewed(Map.of())).ok());
    assertTrue(Files.exists(devOut.resolve("posts/draft/index.html")), "in a preview");

    // a link to a page left out says why
    SiteFixture linked =
        SiteFixture.of(
            tmp.resolve("linked"),
            "-- content/hugo.toml --\ntitle = \"Blogg\"\n-- content/content/_index.md --\n---\ntitle: Hjem\n---\nSee [tomorrow](posts/tomorrow.md), [expired](posts/expired.md) and [the draft](posts/draft.md).\n"
                + "-- content/content/posts/draft.md --\n---\ntitle: Draft\ndraft: true\n---\n" + pages);
    handbook.build.BuildResult r = linked.buildAt(linked.root().resolve("out"), Map.of());
    assertEquals(
        List.of(
            "content: warning[config.hugo]: Hugo builds this project without checking its links: here they are errors (3)",
            "content/content/_index.md:4:16: error[link.unresolved]: the page `posts/tomorrow.md` is not published: it is dated after the build (`date: 2026-11-21`), as Hugo builds without `buildFuture`",
            "content/content/_index.md:4:46: error[link.unresolved]: the page `posts/expired.md` is not published: it expired before the build (`expiryDate: 2026-11-20`), as Hugo builds without `buildExpired`",
            "content/content/_index.md:4:80: error[link.unresolved]: the page `posts/draft.md` is not published: it is a draft, as its front matter says"),
        r.diagnostics().stream().map(handbook.diag.Diagnostic::headline).toList());
    assertEquals("link to it once it is published, or leave the link out", r.diagnostics().stream().filter(d -> d.isError()).findFirst().orElseThrow().hint());
  }

  /**
   * The config's {@code [frontmatter]} says where pages' dates come from, as Hugo reads it: a
   * Jekyll-style name ({@code :filename}) dates a post and gives it its slug; publishing follows the
   * dates it gives.
   */
  @Test
  void frontMatterDatesComeFromWhereTheConfigSays() throws Exception {
    String pages =
        """
        -- content/content/posts/2024-05-06-launch-day.md --
        ---
        title: Launch
        ---
        Launched.
        -- content/content/posts/2025-01-02_later/index.md --
        ---
        title: Later
        ---
        -- content/content/posts/2024-07-01-own.md --
        ---
        title: Own slug
        slug: mine
        ---
        -- content/content/posts/2030-01-01-future.md --
        ---
        title: Future
        ---
        -- content/content/posts/undated.md --
        ---
        title: Undated
        pubdate: 2023-03-03
        ---
        """;
    SiteFixture site =
        SiteFixture.of(
            tmp.resolve("named"),
            "-- content/hugo.toml --\ntitle = \"Blogg\"\n[frontmatter]\ndate = [':filename', ':default']\n[permalinks]\nposts = '/:year/:month/:slug/'\n" + pages);
    Path out = site.root().resolve("out");
    handbook.build.BuildResult r = site.buildAt(out, Map.of());
    assertTrue(r.ok(), r.diagnostics().toString());
    assertEquals(List.of(), r.diagnostics().stream().map(handbook.diag.Diagnostic::headline).toList());
    // dated and named by their files' names (a bundle by its folder's); an own slug wins; a pubdate dates a page too
    for (String page : List.of("2024/05/launch-day", "2025/01/later", "2024/07/mine", "2023/03/undated")) {
      assertTrue(Files.exists(out.resolve(page + "/index.html")), page);
    }
    // dated after the build by its name: not published, as Hugo builds
    assertFalse(Files.exists(out.resolve("2030/01/future/index.html")));
    // the newest first in the menu, by the dates the names give
    Document posts = Jsoup.parse(Files.readString(out.resolve("posts/index.html")));
    assertEquals(List.of("Later", "Own slug", "Launch", "Undated"), posts.select(".section-index a").eachText());

    // without [frontmatter], Hugo's own: undated pages at the zero day, their names their slugs
    SiteFixture plain = SiteFixture.of(tmp.resolve("plain"), "-- content/hugo.toml --\ntitle = \"Blogg\"\n[permalinks]\nposts = '/:year/:slugorfilename/'\n" + pages);
    Path plainOut = plain.root().resolve("out");
    assertTrue(plain.buildAt(plainOut, Map.of()).ok());
    assertTrue(Files.exists(plainOut.resolve("1/2024-05-06-launch-day/index.html")));
    assertTrue(Files.exists(plainOut.resolve("1/2030-01-01-future/index.html")), "published: nothing dates it");
    assertTrue(Files.exists(plainOut.resolve("2023/undated/index.html")));

    // what is not read here is named at its line
    SiteFixture.Run named =
        SiteFixture.of(
                tmp.resolve("unread"),
                "-- content/hugo.toml --\ntitle = \"Blogg\"\n[frontmatter]\ndate = ['date', ':fileModTime']\nlastmod = [':git', 'lastmod']\nexpirydate = ':nothing'\nupdated = ['x']\n" + pages)
            .run("check");
    assertEquals(
        List.of(
            "content/hugo.toml:3:8: warning[config.hugo]: `:fileModTime` in `frontmatter.date` is not read: a page's dates come from its front matter and file name here",
            "content/hugo.toml:5:14: warning[config.hugo]: `:nothing` in `frontmatter.expirydate` is no source of dates Hugo knows: it is not read",
            "content/hugo.toml:6:11: warning[config.hugo]: `frontmatter.updated` is no date Hugo reads: it is not read"),
        named.err().lines().filter(l -> l.contains("warning[")).toList());
  }

  /** The config's and the sections' {@code cascade} give the pages under them their values, as Hugo gives them. */
  @Test
  void aCascadeGivesThePagesUnderItTheirValues() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/hugo.toml --
            title = "Docs"
            [[cascade]]
              description = "Fra konfigurasjonen."
              [cascade.target]
                path = "/docs/**"
            [[cascade]]
              toc_hide = true
              [cascade.target]
                path = "/docs/**"
                environment = "staging"
            -- content/content/_index.md --
            ---
            title: Hjem
            ---
            See [a](/docs/a/), [b](/docs/ny/b/), [c](/docs/ny/c/) and [skjult](/docs/skjult/).
            -- content/content/docs/_index.md --
            ---
            title: Docs
            cascade:
              - params:
                  description: Fra Docs.
                _target:
                  path: "/docs/ny/**"
              - draft: true
                _target:
                  path: "/docs/old/**"
              - toc_hide: true
                type: docs
                _target:
                  kind: page
                  path: "/docs/skjult"
            ---
            -- content/content/docs/a.md --
            ---
            title: A
            ---
            -- content/content/docs/ny/b.md --
            ---
            title: B
            ---
            -- content/content/docs/ny/c.md --
            ---
            title: C
            description: Egen.
            ---
            -- content/content/docs/old/gammel.md --
            ---
            title: Gammel
            ---
            -- content/content/docs/skjult.md --
            ---
            title: Skjult
            ---
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertEquals(List.of(), r.err().lines().filter(l -> l.contains("warning[")).toList());
    assertTrue(site.read("docs/a/index.html").contains("<meta name=\"description\" content=\"Fra konfigurasjonen.\">"), "the config's");
    assertTrue(site.read("docs/ny/b/index.html").contains("<meta name=\"description\" content=\"Fra Docs.\">"), "the closer section's over the config's");
    assertTrue(site.read("docs/ny/c/index.html").contains("<meta name=\"description\" content=\"Egen.\">"), "the page's own over both");
    assertFalse(Files.exists(site.site().resolve("docs/old/gammel")), "a draft by its section's cascade");
    assertTrue(Files.exists(site.site().resolve("docs/skjult/index.html")), "out of the menu, still published");
    assertFalse(site.read("docs/a/index.html").contains(">Skjult<"), "toc_hide by a cascade for one page");
    assertTrue(site.read("docs/ny/c/index.html").contains(">B<"), "another environment's cascade is not given");
    // a link to a page a cascade leaves out says why
    Files.writeString(site.content().resolve("content/docs/a.md"), "---\ntitle: A\n---\nSee [old](old/gammel.md).\n");
    SiteFixture.Run broken = site.run("build");
    assertEquals(1, broken.exit(), broken.err());
    assertTrue(broken.err().contains("is not published: it is a draft, as its front matter or a `cascade` says"), broken.err());
  }

  /** Docsy's sites set their title, params and menus per language: the default language's are the site's. */
  @Test
  void theDefaultLanguagesSettingsAreTheSites() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/hugo.yaml --
            title: Docs
            defaultContentLanguage: nb
            menu:
              main:
                - name: Root
                  url: https://root.example/
            params:
              description: Root
              github_repo: https://github.com/example/docs
            languages:
              nb:
                languageName: Norsk
                title: Dokumentasjon
                params:
                  description: Alt om drift
                menus:
                  main:
                    - name: Kode
                      url: https://github.com/example/docs
              en:
                languageName: English
                title: Documentation
                params:
                  description: All about operations
            -- content/content/docs/drift.md --
            ---
            title: Drift
            ---
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    Document home = Jsoup.parse(site.read("index.html"));
    assertEquals("Dokumentasjon", home.title());
    assertEquals("nb", home.select("html").attr("lang"));
    assertEquals("Alt om drift", home.select("meta[name=description]").attr("content"));
    // the language's menu (menus) in place of the config's (menu); params merged key by key
    assertEquals(List.of("Kode https://github.com/example/docs"), home.select("nav.header-links a").stream().map(a -> a.text() + " " + a.attr("href")).toList());
    assertTrue(site.read("docs/drift/index.html").contains("href=\"https://github.com/example/docs/edit/main/content/docs/drift.md\""), site.read("docs/drift/index.html"));
    assertEquals(List.of(), r.err().lines().filter(l -> l.contains("warning[")).toList());
    // the other language: its title, params and menus over the config's; the default language's pages are not its
    Document en = Jsoup.parse(site.read("en/index.html"));
    assertEquals("Documentation", en.title());
    assertEquals("en", en.select("html").attr("lang"));
    assertEquals("All about operations", en.select("meta[name=description]").attr("content"));
    assertEquals(List.of("Root https://root.example/"), en.select("nav.header-links a").stream().map(a -> a.text() + " " + a.attr("href")).toList());
    assertEquals(List.of("Norsk", "English"), en.select(".language-switcher li a").eachText());
    assertFalse(Files.exists(site.site().resolve("en/docs/drift/index.html")));
  }

  /** Its languages in the order of their weights, each as its settings say; one disabled is not built; a translation found by its translationKey. */
  @Test
  void itsLanguagesAreBuiltInTheirOrderAsTheirSettingsSay() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/hugo.yaml --
            title: Docs
            defaultContentLanguage: en
            disableLanguages: [de]
            languages:
              en:
                weight: 1
              ar:
                weight: 3
                languageDirection: rtl
                languageName: العربية
              fr:
                weight: 2
                languageCode: fr-CA
              de:
                weight: 4
              nb:
                disabled: true
            -- content/content/docs/setup.md --
            ---
            title: Setup
            translationKey: setup
            ---
            -- content/content/docs/installation.fr.md --
            ---
            title: Installation
            translationKey: setup
            ---
            -- content/content/docs/setup.ar.md --
            ---
            title: الإعداد
            ---
            -- content/content/docs/einrichtung.de.md --
            ---
            title: Einrichtung
            ---
            -- content/content/docs/oppsett.nb.md --
            ---
            title: Oppsett
            ---
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertEquals(List.of(), r.err().lines().filter(l -> l.contains("warning[")).toList());
    Document en = Jsoup.parse(site.read("docs/setup/index.html"));
    assertEquals(List.of("English", "Français", "العربية"), en.select(".language-switcher li a").eachText());
    assertEquals(List.of("../../docs/setup/", "../../fr/docs/installation/", "../../ar/docs/setup/"), en.select(".language-switcher li a").eachAttr("href"));
    assertEquals(List.of("en", "fr-CA", "ar"), en.select(".language-switcher li a").eachAttr("hreflang"));
    assertEquals("fr-CA", Jsoup.parse(site.read("fr/docs/installation/index.html")).selectFirst("html").attr("lang"));
    assertEquals("rtl", Jsoup.parse(site.read("ar/docs/setup/index.html")).selectFirst("html").attr("dir"));
    for (String not : List.of("de", "nb", "docs/einrichtung", "docs/oppsett")) {
      assertFalse(Files.exists(site.site().resolve(not)), not);
    }
  }

  /** Docsy's example keeps its pages in {@code content/en/}, the default language's {@code contentDir}. */
  @Test
  void theDefaultLanguagesContentDirIsTheSite() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/hugo.yaml --
            title: Goldydocs
            defaultContentLanguage: en
            languages:
              en:
                languageName: English
                contentDir: content/en
              "no":
                languageName: Norsk
                contentDir: content/no
            -- content/content/en/_index.md --
            ---
            title: Home
            ---
            See [the docs](docs/).
            -- content/content/en/docs/_index.md --
            ---
            title: Docs
            ---
            ![Arch](arch.png)
            -- content/content/en/docs/arch.png --
            png
            -- content/content/no/_index.md --
            ---
            title: Hjem
            ---
            -- content/content/no/docs/bilde.png --
            png
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertTrue(site.read("index.html").contains("<a href=\"docs/\">the docs</a>"), site.read("index.html"));
    assertTrue(site.read("docs/index.html").contains("<img src=\"arch.png\" alt=\"Arch\" />"));
    assertTrue(Files.exists(site.site().resolve("docs/arch.png")));
    for (String not : List.of("en", "content", "docs/bilde.png")) {
      assertFalse(Files.exists(site.site().resolve(not)), not);
    }
    assertEquals(List.of(), r.err().lines().filter(l -> l.contains("warning[")).toList());
    // the other language's pages, from its own folder, in its folder of the site
    Document no = Jsoup.parse(site.read("no/index.html"));
    assertEquals("no", no.selectFirst("html").attr("lang"));
    assertEquals("Hjem", no.selectFirst("h1").text());
    assertTrue(Files.exists(site.site().resolve("no/docs/bilde.png")));
    assertFalse(Files.exists(site.site().resolve("no/docs/arch.png")), "the default language's files are not the other's");
    assertEquals(List.of("English", "Norsk"), no.select(".language-switcher li a").eachText());
    assertEquals(List.of("../", "../no/"), no.select(".language-switcher li a").eachAttr("href"));
  }

  /** Hugo Book's example keeps each language's pages in a folder of its own beside the config (content.en/, content.zh/). */
  @Test
  void aContentDirBesideTheConfigIsTheSite() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/hugo.toml --
            title = "Hugo Book"
            defaultContentLanguage = "en"
            [languages.en]
            languageName = "English"
            contentDir = "content.en"
            [languages.zh]
            languageName = "Chinese"
            contentDir = "content.zh"
            -- content/content.en/_index.md --
            ---
            title: Introduction
            ---
            Read [the docs](docs/example/).
            -- content/content.en/docs/example/_index.md --
            ---
            title: Example
            ---
            -- content/content.zh/_index.md --
            ---
            title: 介绍
            ---
            -- content/README.md --
            # The theme's readme
            -- content/layouts/partials/docs/inject/head.html --
            <!-- -->
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertTrue(site.read("index.html").contains("<a href=\"docs/example/\">the docs</a>"), site.read("index.html"));
    for (String not : List.of("content.zh", "README", "readme", "layouts", "README.md")) {
      assertFalse(Files.exists(site.site().resolve(not)), not);
    }
    assertEquals(List.of(), r.err().lines().filter(l -> l.contains("warning[")).toList());
    assertEquals("介绍", Jsoup.parse(site.read("zh/index.html")).selectFirst("h1").text());
    assertEquals("zh", Jsoup.parse(site.read("zh/index.html")).selectFirst("html").attr("lang"));
  }

  /** The older config.toml is other tools' name too: without a content/ folder beside it, the folder is no Hugo project. */
  @Test
  void itsPermalinksPlaceTheSectionsPages() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/hugo.toml --
            title = 'Blogg'
            [permalinks]
              posts = '/:year/:month/:slug/'
              Guides = '/learn/:sections[1:]/:filename/'
              days = '/:weekdayname/:yearday/:monthname/:day/:weekday/'
              notes = '/n/:title.html'
              misc = '/:section/:sectionslug/'
              '/' = '/top/:slug/'
              up = '/a/../../:slug/'
              'misc/deep' = '/:slug/'
            [permalinks.page]
              bundles = '/b/:slugorfilename/'
            [permalinks.section]
              posts = '/articles/'
            [permalinks.taxonomy]
              tags = '/t/'
            -- content/content/_index.md --
            ---
            title: Hjem
            ---
            -- content/content/about.md --
            ---
            title: About Us
            ---
            -- content/content/posts/_index.md --
            ---
            title: Posts
            ---
            -- content/content/posts/hello.md --
            ---
            title: "Hello,  World!"
            date: 2024-03-05T23:30:00-05:00
            ---
            Hei.
            -- content/content/posts/second.md --
            ---
            title: Second
            slug: My Second
            date: 2023-12-31
            ---
            See [hello](hello.md) and [the trip](../bundles/trip/index.md).
            -- content/content/posts/undated.md --
            ---
            title: Undated
            ---
            -- content/content/posts/own.md --
            ---
            title: Own
            url: /own/
            ---
            -- content/content/guides/ops/Backup Plan.md --
            ---
            title: Backup
            ---
            -- content/content/bundles/trip/index.md --
            ---
            title: A Trip
            ---
            ![Photo](photo.png)
            -- content/content/bundles/trip/photo.png --
            png
            -- content/content/days/d.md --
            ---
            title: D
            publishDate: 2024-03-05
            ---
            -- content/content/notes/a.md --
            ---
            title: A
            ---
            -- content/content/misc/m.md --
            ---
            title: M
            ---
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    // each page at its section's pattern: the date's day as written, the title or slug as Hugo makes them a path
    assertTrue(site.read("2024/03/hello-world/index.html").contains("Hei."));
    String second = site.read("2023/12/my-second/index.html");
    assertTrue(second.contains("<a href=\"../../../2024/03/hello-world/\">hello</a>") && second.contains("<a href=\"../../../b/trip/\">the trip</a>"), second);
    assertTrue(Files.exists(site.site().resolve("1/01/undated/index.html")), "no date: Hugo's zero day, its year 1");
    assertTrue(Files.exists(site.site().resolve("own/index.html")), "a page's url wins");
    assertTrue(Files.exists(site.site().resolve("learn/ops/backup-plan/index.html")), "a section's key in any case; a slice of the sections; the file's name");
    assertTrue(Files.exists(site.site().resolve("top/about-us/index.html")), "the pages at the root");
    assertTrue(Files.exists(site.site().resolve("tuesday/65/march/05/2/index.html")));
    // a leaf bundle by its folder's name, its files where they were, found from the page
    assertTrue(site.read("b/trip/index.html").contains("src=\"../../bundles/trip/photo.png\""), site.read("b/trip/index.html"));
    // sections stay at their folders, and list their pages
    String posts = site.read("posts/index.html");
    assertTrue(posts.contains("href=\"../2024/03/hello-world/\""), posts);
    // patterns not followed: their pages at the URLs of their paths
    assertTrue(Files.exists(site.site().resolve("notes/a/index.html")));
    assertTrue(Files.exists(site.site().resolve("misc/m/index.html")));
    for (String gone : List.of("posts/hello", "guides/ops/backup-plan", "about", "bundles/trip/index.html")) {
      assertFalse(Files.exists(site.site().resolve(gone)), gone);
    }
    assertEquals(
        List.of(
            "content/hugo.toml:6:11: warning[config.hugo]: the `permalinks` pattern `/n/:title.html` of `notes` is not followed: it names a file: pages are published at `x/`; its pages are at the URLs of their paths",
            "content/hugo.toml:7:10: warning[config.hugo]: the `permalinks` pattern `/:section/:sectionslug/` of `misc` is not followed: `:sectionslug` is not a placeholder followed here; its pages are at the URLs of their paths",
            "content/hugo.toml:9:8: warning[config.hugo]: the `permalinks` pattern `/a/../../:slug/` of `up` is not followed: a part of it leads out of the site; its pages are at the URLs of their paths",
            "content/hugo.toml:10:17: warning[config.hugo]: the `permalinks` pattern `/:slug/` of `misc/deep` is not followed: `misc/deep` is no top-level section; its pages are at the URLs of their paths",
            "content/hugo.toml:13:1: warning[config.hugo]: `permalinks.section` is not followed: a section's page is at its folder's URL",
            "content/hugo.toml:15:1: warning[config.hugo]: `permalinks.taxonomy` is not followed: tags and categories are listed at `tags/`"),
        r.err().lines().filter(l -> l.contains("warning[")).toList());
  }

  @Test
  void itsTaxonomiesAreListedWithTheTags() throws Exception {
    String pages =
        """
        -- content/content/_index.md --
        ---
        title: Hjem
        ---
        See [ops](/categories/ops/) and [all](/categories/).
        -- content/content/posts/a.md --
        ---
        title: A
        tags: [backup]
        Categories: [Ops, Drift]
        series: [Vinter]
        ---
        -- content/content/posts/b.md --
        ---
        title: B
        categories: ops
        ---
        """;
    SiteFixture site = SiteFixture.of(tmp.resolve("default"), "-- content/hugo.toml --\ntitle = 'T'\n" + pages);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    // Hugo's categories listed with the tags, their addresses sent there
    Document ops = Jsoup.parse(site.read("tags/ops/index.html"));
    assertEquals(List.of("A", "B"), ops.select(".section-index a").eachText());
    assertTrue(Files.exists(site.site().resolve("tags/drift/index.html")) && Files.exists(site.site().resolve("tags/backup/index.html")));
    assertTrue(site.read("categories/ops/index.html").contains("url=../../tags/ops/"), site.read("categories/ops/index.html"));
    assertTrue(site.read("categories/index.html").contains("url=../tags/"));
    assertTrue(site.read("index.html").contains("href=\"categories/ops/\""), "a link to a category's address");
    assertFalse(Files.exists(site.site().resolve("tags/vinter")), "series is no taxonomy by default");
    // the config's own taxonomies: series listed, categories not
    SiteFixture own =
        SiteFixture.of(
            tmp.resolve("own"),
            "-- content/hugo.toml --\ntitle = 'T'\n[taxonomies]\n  tag = 'tags'\n  series = 'Series'\n  bad = '../x'\n" + pages.replace("See [ops](/categories/ops/) and [all](/categories/).", "See [the series](/series/vinter/)."));
    SiteFixture.Run o = own.run("build");
    assertEquals(0, o.exit(), o.err());
    assertTrue(Files.exists(own.site().resolve("tags/vinter/index.html")) && Files.exists(own.site().resolve("series/vinter/index.html")));
    assertFalse(Files.exists(own.site().resolve("tags/ops")) || Files.exists(own.site().resolve("categories")), "categories is no taxonomy of this config");
    assertEquals(
        List.of("content/hugo.toml:5:9: warning[config.hugo]: the taxonomy `bad` is not listed: `../x` is no name of a folder"),
        o.err().lines().filter(l -> l.contains("warning[")).toList());
    SiteFixture noTags = SiteFixture.of(tmp.resolve("notags"), "-- content/hugo.toml --\ntitle = 'T'\n[taxonomies]\n  category = 'categories'\n" + pages);
    SiteFixture.Run n = noTags.run("build");
    assertTrue(n.err().contains("content/hugo.toml:2:1: warning[config.hugo]: `taxonomies` without `tags`: a page's `tags` are listed all the same, at `tags/`"), n.err());
  }

  @Test
  void disableKindsTurnsTheTagsOff() throws Exception {
    String pages =
        """
        -- content/content/_index.md --
        ---
        title: Hjem
        ---
        See [a](/posts/a/).
        -- content/content/posts/a.md --
        ---
        title: A
        tags: [backup]
        categories: [Ops]
        ---
        Text.
        """;
    // Hugo makes no taxonomies' pages: the tags are listed nowhere, a link to one fails
    SiteFixture off = SiteFixture.of(tmp.resolve("off"), "-- content/hugo.toml --\ntitle = 'T'\ndisableKinds = ['Taxonomy', 'term', 'RSS']\n" + pages);
    SiteFixture.Run r = off.run("build");
    assertEquals(0, r.exit(), r.err());
    assertEquals(List.of(), r.err().lines().filter(l -> l.contains("warning[")).toList());
    assertFalse(Files.exists(off.site().resolve("tags")) || Files.exists(off.site().resolve("categories")), "no tags' pages");
    assertFalse(off.read("posts/a/index.html").contains("class=\"tags\""), off.read("posts/a/index.html"));
    Files.writeString(off.content().resolve("content/_index.md"), "---\ntitle: Hjem\n---\nSee [backup](/tags/backup/).\n");
    SiteFixture.Run broken = off.run("build");
    assertEquals(1, broken.exit(), broken.err());
    assertTrue(
        broken.err().contains("content/content/_index.md:4:14: error[link.unresolved]: no page `/tags/backup/`: the config's `disableKinds` turns off the tags' pages, as Hugo then makes none"),
        broken.err());
    // written from the page's address, as Hugo's links are
    Files.writeString(off.content().resolve("content/posts/a.md"), "---\ntitle: A\n---\nSee [ops](../../categories/ops/).\n");
    assertTrue(off.run("build").err().contains("content/content/posts/a.md:4:11: error[link.unresolved]: no page `../../categories/ops/`: the config's `disableKinds` turns off the categories' pages"), off.run("build").err());
    // one of the two (the older names), and kinds made here all the same, are named
    SiteFixture half = SiteFixture.of(tmp.resolve("half"), "-- content/hugo.toml --\ntitle = 'T'\ndisableKinds = ['taxonomy', 'taxonomyTerm', 'sitemap', 'robotsTXT', 'pages']\n" + pages);
    SiteFixture.Run h = half.run("build");
    assertEquals(0, h.exit(), h.err());
    assertTrue(Files.exists(half.site().resolve("tags/backup/index.html")) && half.read("posts/a/index.html").contains("class=\"tags\""), "the tags' pages made");
    assertEquals(
        List.of(
            "content/hugo.toml:2:16: warning[config.hugo]: `disableKinds` turns off `taxonomy` but not `term`: the tags' pages are made here all the same",
            "content/hugo.toml:2:16: warning[config.hugo]: `disableKinds`' `sitemap`, `robotsTXT` are made here all the same",
            "content/hugo.toml:2:16: warning[config.hugo]: `pages` in `disableKinds` is no kind of page Hugo makes"),
        h.err().lines().filter(l -> l.contains("warning[")).toList());
  }

  /** Docsy's sections put themselves in the main menu by their front matter: with the config's entries, by weight. */
  @Test
  void pagesInTheMainMenuAreInTheHeader() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/hugo.toml --
            title = "T"
            [[menu.main]]
              name = "GitHub"
              url = "https://github.com/example/docs"
              weight = 50
            -- content/content/_index.md --
            # Hjem
            -- content/content/docs/_index.md --
            ---
            title: Documentation
            linkTitle: Docs
            menu: {main: {weight: 20}}
            ---
            -- content/content/blog/_index.md --
            ---
            title: Blog
            menu:
              main:
                name: Blogg
                weight: 30
            ---
            -- content/content/about.md --
            ---
            title: Om oss
            weight: 10
            menu: main
            ---
            -- content/content/other.md --
            ---
            title: Other
            menu: {footer: {weight: 1}}
            ---
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    Document home = Jsoup.parse(site.read("index.html"));
    assertEquals(
        List.of("Om oss about/", "Docs docs/", "Blogg blog/", "GitHub https://github.com/example/docs"),
        home.select("nav.header-links a").stream().map(a -> a.text() + " " + a.attr("href")).toList());
    Document about = Jsoup.parse(site.read("about/index.html"));
    assertEquals("../docs/", about.select("nav.header-links a").get(1).attr("href"), "relative to each page");
  }

  /** Hugo leaves out the files of its pages' folder that {@code ignoreFiles} matches: so does this. */
  @Test
  void ignoreFilesLeavesPagesAndFilesOut() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/hugo.toml --
            title = "T"
            ignoreFiles = ['\\.knit\\.md$', '_cache/', '[unclosed']
            -- content/content/_index.md --
            # Hjem
            -- content/content/post/a.md --
            # A
            -- content/content/post/a.knit.md --
            # A, knitted
            -- content/content/post/_cache/x.png --
            png
            -- content/content/post/y.png --
            png
            -- content/static/_cache/kept.txt --
            static files are not the pages' folder
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertEquals(
        List.of("content/hugo.toml:2:15: warning[config.hugo]: `[unclosed` in `ignoreFiles` is no regular expression: it leaves nothing out"),
        r.err().lines().filter(l -> l.contains("warning[")).toList());
    assertTrue(Files.exists(site.site().resolve("post/a/index.html")) && Files.exists(site.site().resolve("post/y.png")));
    assertFalse(Files.exists(site.site().resolve("post/a.knit")) || Files.exists(site.site().resolve("post/a-knit")), "an ignored page");
    assertFalse(Files.exists(site.site().resolve("post/_cache")), "an ignored file");
    assertTrue(Files.exists(site.site().resolve("_cache/kept.txt")));
  }

  @Test
  void aConfigTomlWithoutContentIsNoHugoProject() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, "-- content/config.toml --\ntitle = \"Not Hugo\"\n-- content/docs/a.md --\n# A\n");
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertTrue(Files.exists(site.site().resolve("docs/a/index.html")), "a Handbook project's page");
    assertFalse(site.read("index.html").contains("Not Hugo"));
  }

  @Test
  void pagesOfTheSameWeightAreNewestFirstByTheirDate() throws Exception {
    // Hugo's order: by weight, then the newest first by date, then by title
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/hugo.toml --
            title = "Widgets"
            -- content/content/_index.md --
            # Home
            -- content/content/blog/_index.md --
            # Blog
            -- content/content/blog/old.md --
            ---
            title: Alpha, the oldest
            date: 2023-01-05
            ---
            -- content/content/blog/new.md --
            ---
            title: Beta, the newest
            date: 2024-06-01T10:00:00Z
            ---
            -- content/content/blog/mid.md --
            +++
            title = "Gamma, between"
            date = 2024-02-01
            +++
            -- content/content/blog/undated.md --
            ---
            title: Aardvark, no date
            ---
            -- content/content/blog/pinned.md --
            ---
            title: Zulu, weighted
            weight: 1
            date: 2020-01-01
            ---
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertEquals(List.of("Zulu, weighted", "Beta, the newest", "Gamma, between", "Alpha, the oldest", "Aardvark, no date"), sidebar(site.read("blog/index.html")));
  }

  /** The entries of a page's sidebar, in order. */
  private static List<String> sidebar(String page) {
    return org.jsoup.Jsoup.parse(page).select("nav.sidebar li > a").eachText();
  }
}
