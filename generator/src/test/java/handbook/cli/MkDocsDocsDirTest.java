package handbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.config.MkDocsConfig;
import handbook.testing.SiteFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An MkDocs project's {@code docs_dir}: the folder of its pages, read as {@code docs/} would be. */
class MkDocsDocsDirTest {
  @TempDir Path tmp;

  static final String PROJECT =
      """
      -- content/mkdocs.yml --
      site_name: Widgets
      docs_dir: documentation
      repo_url: https://github.com/o/r
      edit_uri: edit/main/documentation/
      exclude_docs: |
        drafts/
      nav:
        - Home: index.md
        - Guide: guide/
      -- content/documentation/index.md --
      # Widgets

      See [use](guide/use.md).
      -- content/documentation/guide/use.md --
      # Using widgets

      ![a widget](../img/widget.png)
      -- content/documentation/guide/setup.md --
      # Setting up
      -- content/documentation/guide/.pages --
      nav:
        - setup.md
        - use.md
      -- content/documentation/img/widget.png --
      png
      -- content/documentation/drafts/wip.md --
      # Work in progress
      -- content/docs/old.md --
      # An old page, not of the site
      """;

  @Test
  void thePagesAreThoseOfTheDocsDir() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, PROJECT);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertFalse(r.err().contains("warning["), r.err());
    String use = site.read("guide/use/index.html");
    assertTrue(use.contains("<img src=\"../../img/widget.png\" alt=\"a widget\""), use);
    assertEquals("png\n", site.read("img/widget.png"));
    // the folder's .pages orders its menu; the edit link is the file's in its own folder
    assertTrue(use.indexOf(">Setting up<") < use.indexOf(">Using widgets<"), use);
    assertTrue(use.contains("href=\"https://github.com/o/r/edit/main/documentation/guide/use.md\""), use);
    assertTrue(site.read("index.html").contains("href=\"guide/use/\""));
    // exclude_docs is of the docs_dir's paths; the docs/ folder beside it is no part of the site
    assertFalse(Files.exists(site.site().resolve("drafts/wip/index.html")));
    assertFalse(Files.exists(site.site().resolve("old/index.html")));
    assertFalse(Files.exists(site.site().resolve("guide/.pages")), "read, not published");
  }

  @Test
  void mkDocsDefaultEditAddressIsOfDocsNotOfTheDocsDir() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, "-- content/mkdocs.yml --\nrepo_url: https://github.com/o/r\ndocs_dir: documentation\n-- content/documentation/a.md --\n# A\n");
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertTrue(
        r.err().contains(
            "content/mkdocs.yml:1:11: warning[config.mkdocs]: the edit address `https://github.com/o/r/edit/master/docs/` is not of a `documentation/` folder: pages get no edit links"),
        r.err());
    assertFalse(site.read("a/index.html").contains("/edit/"));
  }

  @Test
  void messagesNameTheFilesWhereTheyAre() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, PROJECT + "-- content/documentation/guide/broken.md --\n# Broken\n\nSee [gone](gone.md).\n");
    SiteFixture.Run r = site.run("build");
    assertEquals(1, r.exit(), r.err());
    assertTrue(
        r.err().contains("content/documentation/guide/broken.md:3:12: error[link.unresolved]: no page `gone.md` (content/documentation/guide/gone.md)"), r.err());
    site.write("-- content/documentation/guide/Use.md --\n# Twin\n");
    r = site.run("build");
    assertEquals(1, r.exit(), r.err());
    assertTrue(
        r.err().contains("content/documentation/guide/use.md: error[source.twin]: `documentation/guide/use.md` and `documentation/guide/Use.md` differ only in letter case"), r.err());
  }

  @Test
  void materialsBlogInTheDocsDir() throws Exception {
    String project = MaterialBlogTest.PROJECT.replace("-- content/docs/", "-- content/documentation/").replace("site_name: Widgets\n", "site_name: Widgets\ndocs_dir: documentation\n");
    SiteFixture site = SiteFixture.of(tmp, project.replace("authors: [kari]", "authors: [kari, per]"));
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertEquals(
        List.of("content/documentation/blog/posts/2024/launch.md:3:10: warning[frontmatter.value]: the author `per` is not in `documentation/blog/.authors.yml`: shown by the key"),
        r.err().lines().filter(l -> l.contains(": warning[")).toList());
    assertTrue(site.read("blog/index.html").contains("Spring update"));
  }

  @Test
  void aDocsDirWithNoFilesIsAnError() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, "-- content/mkdocs.yml --\nsite_name: W\ndocs_dir: src/docs\n-- content/docs/a.md --\n# A\n");
    SiteFixture.Run r = site.run("build");
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().contains("content/mkdocs.yml:2:11: error[config.mkdocs]: `docs_dir: src/docs`: there is no folder `src/docs/` with files beside mkdocs.yml"), r.err());
    assertFalse(Files.exists(site.site()), "nothing written");
    // a nested folder is one
    site.write("-- content/src/docs/a.md --\n# Nested A\n");
    r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertTrue(site.read("a/index.html").contains("Nested A"));
  }

  @Test
  void aDocsDirOutsideTheProjectIsNamedAndDocsRead() throws Exception {
    for (String outside : List.of("..", "../docs", "/etc", ".", "./", ".hidden", "node_modules/x", "C:\\docs", "a/../../b", "x".repeat(1001))) {
      assertNull(docsFolder("docs_dir: '" + outside + "'\n"), outside);
    }
    assertNull(docsFolder("docs_dir: docs/\n"), "the default");
    assertNull(docsFolder("docs_dir: [a, b]\n"));
    assertNull(docsFolder("# docs_dir: documentation\nsite_name: x\n"), "a comment");
    assertNull(docsFolder("- not a map\n"));
    assertEquals("documentation/", docsFolder("docs_dir: ./documentation/\n"));
    assertEquals("documentation/", docsFolder("docs_dir: docs/../documentation\n"));
    assertEquals("src/docs/", docsFolder("docs_dir: src//docs\n"));
    assertEquals("Dokumentasjon med mellomrom/", docsFolder("docs_dir: \"Dokumentasjon med mellomrom\"\n"));

    SiteFixture site = SiteFixture.of(tmp, "-- content/mkdocs.yml --\nsite_name: W\ndocs_dir: ../outside\n-- content/docs/a.md --\n# A\n");
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertTrue(
        r.err().contains("content/mkdocs.yml:2:11: warning[config.mkdocs]: `docs_dir: ../outside`: not a folder inside the project's: the pages are read from the `docs/` folder beside mkdocs.yml"),
        r.err());
    assertTrue(site.read("a/index.html").contains("<h1"));
    site.write("-- content/mkdocs.yml --\nsite_name: W\ndocs_dir: .hidden\n-- content/.hidden/b.md --\n# B\n");
    r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("content/mkdocs.yml:2:11: warning[config.mkdocs]: `docs_dir: .hidden`: a folder left out as hidden: the pages are read from the `docs/` folder beside mkdocs.yml"), r.err());
    site.write("-- content/mkdocs.yml --\nsite_name: W\ndocs_dir: ./docs/\n");
    r = site.run("build");
    assertFalse(r.err().contains("docs_dir"), r.err());
  }

  @Test
  void aPagesFileOutsideTheDocsIsNotPublished() throws Exception {
    SiteFixture site =
        SiteFixture.of(tmp, "-- content/site.yaml --\ntitle: T\n-- content/docs/a.md --\n# A\n-- content/runbooks/.pages --\nnav: []\n-- content/img/.authors.yml --\nauthors: {}\n");
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertFalse(Files.exists(site.site().resolve("runbooks/.pages")));
    assertFalse(Files.exists(site.site().resolve("img/.authors.yml")));
  }

  /** MkDocs' {@code !ENV} tag: the value of a variable of the build's environment, else the default. */
  @Test
  void envValuesComeFromTheBuildsEnvironment() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/mkdocs.yml --
            site_name: !ENV [HANDBOOK_TEST_SITE_NAME, 'Standard']
            docs_dir: !ENV [HANDBOOK_TEST_DOCS_DIR, 'documentation']
            plugins:
              - git-revision-date-localized:
                  enabled: !ENV [HANDBOOK_TEST_CI, false]
            -- content/documentation/a.md --
            # A
            -- content/elsewhere/a.md --
            # A elsewhere
            """);
    // the command line's environment has none of the variables: the defaults
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertFalse(r.err().contains("warning["), "a disabled plugin asks for no git history: " + r.err());
    assertTrue(site.read("a/index.html").contains("<title>A · Standard</title>"), site.read("a/index.html"));

    handbook.build.Build build = new handbook.build.Build(handbook.build.Build::standardKinds, handbook.build.Progress.NONE);
    Path out = tmp.resolve("out");
    java.time.Instant day = java.time.Instant.parse("2026-11-20T12:00:00Z");
    handbook.build.BuildResult set =
        build.run(
            new handbook.build.BuildOptions(site.content(), out, SiteFixture.TEMPLATES, true, day)
                .withEnvironment(java.util.Map.of("HANDBOOK_TEST_SITE_NAME", "Fra miljøet", "HANDBOOK_TEST_DOCS_DIR", "elsewhere", "HANDBOOK_TEST_CI", "true")));
    assertTrue(set.ok());
    String page = Files.readString(out.resolve("a/index.html"));
    assertTrue(page.contains("<title>A elsewhere · Fra miljøet</title>"), page);
    assertTrue(set.diagnostics().stream().anyMatch(d -> d.code().equals("git.history")), "the plugin runs: the content is in no git repository");
  }

  @Test
  void serveFollowsTheDocsDir() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, PROJECT);
    handbook.build.Build build = new handbook.build.Build(handbook.build.Build::standardKinds, handbook.build.Progress.NONE);
    handbook.build.WarmState warm = new handbook.build.WarmState();
    Path served = tmp.resolve("served");
    java.time.Instant day = java.time.Instant.parse("2026-11-20T12:00:00Z");
    handbook.build.BuildOptions options = new handbook.build.BuildOptions(site.content(), served, SiteFixture.TEMPLATES, true, day);
    assertTrue(build.run(options, warm).ok());
    // a page edited, one added, and one of docs/ (not read) added
    Path use = site.content().resolve("documentation/guide/use.md");
    Files.writeString(use, "# Using widgets well\n");
    Path added = site.content().resolve("documentation/guide/more.md");
    Files.writeString(added, "# More\n");
    Path ignored = site.content().resolve("docs/new.md");
    Files.writeString(ignored, "# Not read\n");
    warm.changed(List.of(use, added, ignored));
    assertTrue(build.run(options, warm).ok());
    assertTrue(Files.readString(served.resolve("guide/use/index.html")).contains("Using widgets well"));
    handbook.build.BuildResult clean = build.run(new handbook.build.BuildOptions(site.content(), tmp.resolve("clean"), SiteFixture.TEMPLATES, true, day));
    assertTrue(clean.ok());
    java.util.Map<String, byte[]> expected = SiteFixture.siteFiles(tmp.resolve("clean"));
    java.util.Map<String, byte[]> actual = SiteFixture.siteFiles(served);
    SiteFixture.assertSameFiles(expected, actual, "serve after edits in the docs_dir");
    assertTrue(actual.containsKey("guide/more/index.html"));
    assertFalse(actual.containsKey("new/index.html"));
  }

  private static String docsFolder(String config) {
    return MkDocsConfig.docsFolder("mkdocs.yml", java.util.Map.of("mkdocs.yml", config)::get, java.util.Map.of());
  }
}
