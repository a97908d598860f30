package handbook.versions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.testing.SiteFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code last_updated: true} (MkDocs' git-revision-date plugins, Docusaurus'
 * {@code showLastUpdateTime}): a page of a file shows the day of the last commit that changed
 * the file, from git's history, in every version.
 */
class LastUpdatedTest {
  @TempDir Path tmp;

  static final Instant DAY = Instant.parse("2026-11-20T12:00:00Z");

  static final String SITE =
      """
      -- content/site.yaml --
      title: T
      last_updated: true
      %s
      -- content/docs/a.md --
      ---
      title: A
      ---
      Første.
      -- content/docs/b.md --
      ---
      title: B
      ---
      Første.
      """;

  private static void commit(Git git, String day, String tag) throws Exception {
    git.add().addFilepattern(".").call();
    git.add().addFilepattern(".").setUpdate(true).call();
    // authored at noon; committed a month later (the author's day is shown)
    Instant authored = Instant.parse(day + "T12:00:00Z");
    PersonIdent author = new PersonIdent("Handbook Test", "test@example.org", authored, ZoneOffset.ofHours(2));
    PersonIdent committer = new PersonIdent("Handbook Test", "test@example.org", authored.plusSeconds(30L * 86400), ZoneOffset.UTC);
    git.commit().setMessage(day).setAuthor(author).setCommitter(committer).call();
    if (tag != null) {
      git.tag().setName(tag).setAnnotated(false).call();
    }
  }

  /** Three commits: a and b; b changed and c added; a file outside the content changed. Then d, not committed. */
  private SiteFixture history(String settings) throws Exception {
    SiteFixture site = SiteFixture.of(tmp, SITE.formatted(settings));
    try (Git git = Git.init().setDirectory(tmp.toFile()).setInitialBranch("main").call()) {
      commit(git, "2026-01-10", "v1.0");
      site.write("-- content/docs/b.md --\n---\ntitle: B\n---\nAndre.\n-- content/docs/c.md --\n---\ntitle: C\n---\nNy.\n");
      commit(git, "2026-03-05", null);
      Files.writeString(tmp.resolve("README.md"), "Utenfor innholdet.\n");
      commit(git, "2026-04-01", null);
    }
    site.write("-- content/docs/d.md --\n---\ntitle: D\n---\nIkke lagt inn.\n");
    return site;
  }

  private static String shown(String html) {
    int at = html.indexOf("<p class=\"page-updated\">");
    return at < 0 ? null : html.substring(at, html.indexOf("</p>", at) + 4);
  }

  @Test
  void aPageShowsTheDayItsFileWasLastChanged() throws Exception {
    SiteFixture site = history("");
    SiteFixture.Run r = site.run("build", "--quiet");
    assertEquals(0, r.exit(), r.err());
    assertEquals("<p class=\"page-updated\">Sist oppdatert <time datetime=\"2026-01-10\">10. januar 2026</time></p>", shown(site.read("docs/a/index.html")));
    assertEquals("<p class=\"page-updated\">Sist oppdatert <time datetime=\"2026-03-05\">5. mars 2026</time></p>", shown(site.read("docs/b/index.html")));
    assertTrue(shown(site.read("docs/c/index.html")).contains("datetime=\"2026-03-05\""), "added in the second commit");
    assertEquals(null, shown(site.read("docs/d/index.html")), "not committed: no day");
    assertEquals(null, shown(site.read("docs/index.html")), "a folder's generated list has no file");
    // the same again: the output does not depend on when it is built
    byte[] before = Files.readAllBytes(site.site().resolve("docs/b/index.html"));
    assertEquals(0, site.run("build", "--quiet").exit());
    assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(site.site().resolve("docs/b/index.html"))));
  }

  @Test
  void theFilesOfAnMkDocsProjectsDocsDirHaveTheirDays() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp, "-- content/mkdocs.yml --\nsite_name: W\ndocs_dir: documentation\nplugins:\n  - git-revision-date-localized\n-- content/documentation/a.md --\n# A\n-- content/docs/a.md --\n# Old A\n");
    try (Git git = Git.init().setDirectory(tmp.toFile()).setInitialBranch("main").call()) {
      commit(git, "2026-01-10", null);
      site.write("-- content/documentation/b.md --\n# B\n");
      commit(git, "2026-02-14", null);
    }
    SiteFixture.Run r = site.run("build", "--quiet");
    assertEquals(0, r.exit(), r.err());
    assertTrue(shown(site.read("a/index.html")).contains("datetime=\"2026-01-10\""), site.read("a/index.html"));
    assertTrue(shown(site.read("b/index.html")).contains("datetime=\"2026-02-14\""));
  }

  @Test
  void aVitePressPageMovedByItsRewritesHasTheDayOfItsFile() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            "-- content/.vitepress/config.js --\nexport default {\n  lastUpdated: true,\n  rewrites: {'packages/:pkg/src/:page*': ':pkg/:page*'}\n}\n"
                + "-- content/index.md --\n# Home\n-- content/packages/a/src/index.md --\n# A\n");
    try (Git git = Git.init().setDirectory(tmp.toFile()).setInitialBranch("main").call()) {
      commit(git, "2026-01-10", null);
      site.write("-- content/packages/a/src/guide.md --\n# Guide\n");
      commit(git, "2026-02-14", null);
    }
    SiteFixture.Run r = site.run("build", "--quiet");
    assertEquals(0, r.exit(), r.err());
    assertTrue(shown(site.read("a/index.html")).contains("datetime=\"2026-01-10\""), site.read("a/index.html"));
    assertTrue(shown(site.read("a/guide/index.html")).contains("datetime=\"2026-02-14\""));
  }

  @Test
  void serveShowsTheDaysOfACommitMadeWhileItRuns() throws Exception {
    SiteFixture site = history("");
    handbook.build.Build build = new handbook.build.Build(handbook.build.Build::standardKinds, handbook.build.Progress.NONE);
    handbook.build.WarmState warm = new handbook.build.WarmState();
    Path served = tmp.resolve("served");
    handbook.build.BuildOptions options = new handbook.build.BuildOptions(site.content(), served, SiteFixture.TEMPLATES, true, DAY);
    assertTrue(build.run(options, warm).ok());
    // d committed (its page gets a day), b's text unchanged; then another page edited
    try (Git git = Git.open(tmp.toFile())) {
      commit(git, "2026-05-20", null);
    }
    Path edited = site.content().resolve("docs/a.md");
    Files.writeString(edited, Files.readString(edited) + "\nEndret.\n");
    warm.changed(java.util.List.of(edited));
    assertTrue(build.run(options, warm).ok());
    handbook.build.BuildResult clean = build.run(new handbook.build.BuildOptions(site.content(), tmp.resolve("clean"), SiteFixture.TEMPLATES, true, DAY));
    assertTrue(clean.ok());
    java.util.Map<String, byte[]> expected = SiteFixture.siteFiles(tmp.resolve("clean"));
    java.util.Map<String, byte[]> actual = SiteFixture.siteFiles(served);
    SiteFixture.assertSameFiles(expected, actual, "serve after a commit");
    assertTrue(shown(Files.readString(served.resolve("docs/d/index.html"))).contains("datetime=\"2026-05-20\""));
  }

  @Test
  void aShallowCloneIsNamed() throws Exception {
    SiteFixture site = history("");
    try (Git git = Git.open(tmp.toFile())) {
      // the history cut after the second commit, as a shallow clone of depth 2 would have it
      String second = git.log().call().iterator().next().getParent(0).getName();
      Files.writeString(tmp.resolve(".git/shallow"), second + "\n");
    }
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("content/site.yaml: warning[git.history]: this is a shallow clone: files not changed in its history show the date of its oldest commit"), r.err());
    assertTrue(r.err().contains("fetch-depth: 0"), r.err());
  }

  @Test
  void eachVersionShowsTheDaysOfItsOwnHistory() throws Exception {
    SiteFixture site = history("versions: {tags: \"v*\"}");
    SiteFixture.Run r = site.run("build", "--quiet");
    assertEquals(0, r.exit(), r.err());
    assertTrue(shown(site.read("v1.0/docs/b/index.html")).contains("datetime=\"2026-01-10\""), "as b was at the tag");
    assertTrue(shown(site.read("next/docs/b/index.html")).contains("datetime=\"2026-03-05\""));
    assertTrue(shown(site.read("next/docs/a/index.html")).contains("datetime=\"2026-01-10\""));
  }

  @Test
  void inEnglishAndOffAndOutsideGit(@TempDir Path elsewhere) throws Exception {
    SiteFixture english = history("language: en");
    assertEquals(0, english.run("build", "--quiet").exit());
    assertEquals("<p class=\"page-updated\">Last updated <time datetime=\"2026-03-05\">5 March 2026</time></p>", shown(english.read("docs/b/index.html")));

    SiteFixture outside = SiteFixture.of(elsewhere.resolve("outside"), SITE.formatted(""));
    SiteFixture.Run r = outside.run("build");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("content/site.yaml: warning[git.history]: `last_updated` is set, but the content is not in a git repository: pages show only the days their front matter gives"), r.err());
    assertEquals(null, shown(outside.read("docs/a/index.html")));

    SiteFixture off = SiteFixture.of(elsewhere.resolve("off"), SITE.replace("last_updated: true\n", "").formatted(""));
    assertEquals(0, off.run("build", "--quiet").exit());
    assertFalse(off.read("docs/a/index.html").contains("page-updated"));
  }
}
