package handbook.versions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.build.Build;
import handbook.build.BuildOptions;
import handbook.build.BuildResult;
import handbook.build.Progress;
import handbook.diag.Diagnostic;
import handbook.testing.SiteFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Versions from a real git repository made with JGit: tags are released versions. */
public class VersionsTest {
  @TempDir Path tmp;

  static final String V1 =
      """
      -- content/site.yaml --
      title: T
      versions:
        tags: "v*"
        current: next
      -- content/docs/a.md --
      ---
      title: Alfa
      ---
      Uendret side.
      -- content/docs/b.md --
      ---
      title: Beta
      ---
      Første tekst.
      -- content/checklist.yaml --
      title: Sjekkliste
      thresholds: [{min: 0, label: Ikke klar, level: critical}]
      categories:
        - id: backup
          title: Backup
          priority: kritisk
          items:
            - {id: daily, title: Daglig backup, status: todo}
      """;

  private static int commitTime = 1_700_000_000;

  static void commitAndTag(Git git, String tag) throws Exception {
    git.add().addFilepattern(".").call();
    git.add().addFilepattern(".").setUpdate(true).call();
    PersonIdent who = new PersonIdent("Handbook Test", "test@example.org", java.time.Instant.ofEpochSecond(commitTime += 86400), java.time.ZoneOffset.UTC);
    git.commit().setMessage(tag == null ? "commit" : tag).setAuthor(who).setCommitter(who).call();
    if (tag != null) {
      git.tag().setName(tag).setAnnotated(false).call();
    }
  }

  SiteFixture repoWithThreeVersions() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, V1);
    try (Git git = Git.init().setDirectory(tmp.toFile()).setInitialBranch("main").call()) {
      commitAndTag(git, "v1.0");
      site.write(
          """
          -- content/docs/b.md --
          ---
          title: Beta
          ---
          Andre tekst.
          -- content/docs/c.md --
          ---
          title: Gamma
          ---
          Ny side i v1.1.
          """);
      Files.writeString(site.content().resolve("checklist.yaml"), Files.readString(site.content().resolve("checklist.yaml")).replace("status: todo", "status: done"));
      commitAndTag(git, "v1.1");
    }
    Files.delete(site.content().resolve("docs/c.md"));
    return site;
  }

  private static BuildResult build(SiteFixture site, Build build) {
    return build.run(new BuildOptions(site.content(), site.site(), SiteFixture.TEMPLATES, true, null));
  }

  @Test
  void everyTagIsAVersionWithMenuCanonicalAndChangesAndSamePagesShareOneFile() throws Exception {
    SiteFixture site = repoWithThreeVersions();
    Build build = new Build(Build::standardKinds, Progress.NONE);
    BuildResult r = build(site, build);
    assertEquals(List.of(), r.diagnostics());

    for (String v : List.of("v1.0", "v1.1", "next", "latest")) {
      assertTrue(Files.exists(site.site().resolve(v + "/docs/a/index.html")), v);
    }
    assertTrue(Files.exists(site.site().resolve("latest/docs/c/index.html")), "latest is v1.1");
    assertFalse(Files.exists(site.site().resolve("next/docs/c/index.html")), "c was removed in the working tree");
    assertTrue(site.read("index.html").contains("url=latest/"));

    String json = site.read("versions.json");
    assertTrue(json.contains("\"latest\" : \"v1.1\""), json);
    assertTrue(json.contains("\"current\" : \"next\""), json);
    assertTrue(json.indexOf("\"label\" : \"next\"") < json.indexOf("\"label\" : \"v1.1\""), "newest first");
    assertTrue(json.contains("\"date\" : \"2023-11-"), json);

    String oldA = site.read("v1.0/docs/a/index.html");
    assertTrue(oldA.contains("data-versions=\"../../../versions.json\""), "the version menu reads versions.json");
    assertTrue(oldA.contains("<a href=\"../../../versions/\">Alle versjoner</a>"), "without JavaScript: the list of versions");
    assertTrue(oldA.contains("<link rel=\"canonical\" href=\"../../../latest/docs/a/\">"), oldA);
    assertTrue(json.contains("\"docs/c/\""), "versions.json lists each version's pages, so the menu can keep the page");
    assertTrue(site.read("versions/index.html").contains("<a href=\"../v1.0/\">v1.0</a>"));
    // a page with the same inputs in several versions is one file (v1.1 shows c in its sidebar, so its a differs)
    assertTrue(Files.isSameFile(site.site().resolve("v1.0/docs/a/index.html"), site.site().resolve("next/docs/a/index.html")));
    assertFalse(Files.isSameFile(site.site().resolve("v1.0/docs/a/index.html"), site.site().resolve("v1.1/docs/a/index.html")));
    assertTrue(Files.isSameFile(site.site().resolve("v1.1/docs/c/index.html"), site.site().resolve("latest/docs/c/index.html")), "latest/ is no second copy");

    String changes = site.read("v1.1/changes/index.html");
    assertTrue(changes.contains("Endringer i denne versjonen sammenlignet med v1.0."), changes);
    assertTrue(changes.contains("<a href=\"../docs/c/\">Gamma</a>"), "added page");
    assertTrue(changes.contains("<a href=\"../docs/b/\">Beta</a>"), "changed page");
    assertFalse(changes.contains(">Alfa<"), "unchanged page is not listed");
    assertTrue(changes.contains("Daglig backup</a> <span class=\"change-detail\">(Ikke startet → Ferdig)</span>"), changes);
    String nextChanges = site.read("next/changes/index.html");
    assertTrue(nextChanges.contains("<a href=\"../../v1.1/docs/c/\">Gamma</a>"), "removed page links to where it was");

    String dashboard = site.read("next/checklist/index.html");
    assertTrue(dashboard.contains("class=\"trend-chart\""), "trend on the current version");
    assertTrue(dashboard.contains("<desc id=\"trend-desc\">v1.0: 0 %, v1.1: 100 %, next: 100 %</desc>"), dashboard);
    assertFalse(site.read("v1.0/checklist/index.html").contains("trend-chart"), "no trend on older versions");
  }

  @Test
  void serveOfAVersionedSiteBuildsEachEditAsACleanBuildWould() throws Exception {
    SiteFixture site = repoWithThreeVersions();
    // a release with a warning of its own (serve keeps a release it prepared, and its warnings)
    Path marked = site.content().resolve("docs/w.md");
    Files.writeString(marked, "---\ntitle: W\n---\n{% include x.html %}\n\n```checklist\nsummary: true\n```\n");
    // and an API, whose spec is read from a copy of the release's files on disk while it loads
    Path api = site.content().resolve("api/mindframe.yaml");
    Files.createDirectories(api.getParent());
    Files.writeString(api, spec("        id: {type: integer}\n        name: {type: string}", "", true));
    String[] v11 = new String[1];
    try (Git git = Git.open(tmp.toFile())) {
      v11[0] = git.getRepository().resolve("v1.1").name();
      commitAndTag(git, "v1.1.1");
    }
    Files.delete(marked);
    Files.delete(api);
    // templates outside the repository: every version is rendered with them
    Path templates = tmp.resolve("outside/templates");
    markedTemplates(templates, "en");
    Path served = tmp.resolve("served");
    Build build = new Build(Build::standardKinds, Progress.NONE);
    handbook.build.WarmState warm = new handbook.build.WarmState();
    java.time.Instant day = java.time.Instant.parse("2026-11-20T12:00:00Z");
    BuildOptions warmOptions = new BuildOptions(site.content(), served, templates, true, day, null, null, java.util.Set.of());
    BuildResult first = build.run(warmOptions, warm);
    assertTrue(first.ok());
    assertTrue(first.diagnostics().toString().contains("v1.1.1:"), "the release's warning: " + first.diagnostics());
    Path b = site.content().resolve("docs/b.md");
    Path siteYaml = site.content().resolve("site.yaml");
    List<Object[]> steps = List.of(
        new Object[] {"body edited", (Edit) () -> Files.writeString(b, "---\ntitle: Beta\n---\nEndret i arbeidstreet.\n"), List.of(b)},
        new Object[] {"nothing changed", (Edit) () -> {}, List.of()},
        new Object[] {"templates edited", (Edit) () -> markedTemplates(templates, "to"),
            List.of(templates.resolve("doc.ftlh"), templates.resolve("assets/handbook.css"), templates.resolve("embeds/checklist.ftlh"))},
        new Object[] {"title changed", (Edit) () -> Files.writeString(siteYaml, Files.readString(siteYaml).replace("title: T", "title: Ny tittel")), List.of(siteYaml)},
        new Object[] {"a tag made", (Edit) () -> {
          try (Git git = Git.open(tmp.toFile())) {
            commitAndTag(git, "v1.2");
          }
        }, List.of()},
        new Object[] {"a tag moved", (Edit) () -> {
          try (Git git = Git.open(tmp.toFile())) {
            org.eclipse.jgit.revwalk.RevWalk walk = new org.eclipse.jgit.revwalk.RevWalk(git.getRepository());
            git.tag().setName("v1.0").setObjectId(walk.parseCommit(git.getRepository().resolve(v11[0]))).setAnnotated(false).setForceUpdate(true).call();
            walk.close();
          }
        }, List.of()},
        new Object[] {"a tag deleted", (Edit) () -> {
          try (Git git = Git.open(tmp.toFile())) {
            git.tagDelete().setTags("v1.2").call();
          }
        }, List.of()});
    for (Object[] step : steps) {
      ((Edit) step[1]).run();
      @SuppressWarnings("unchecked")
      List<Path> changed = (List<Path>) step[2];
      warm.changed(changed);
      BuildResult warmRun = build.run(warmOptions, warm);
      Path clean = tmp.resolve("clean-" + step[0].toString().replace(' ', '-'));
      BuildResult cleanRun = build.run(new BuildOptions(site.content(), clean, templates, true, day, null, null, java.util.Set.of()));
      assertTrue(cleanRun.ok(), step[0] + ": " + cleanRun.diagnostics());
      assertEquals(cleanRun.diagnostics().toString(), warmRun.diagnostics().toString(), step[0].toString());
      java.util.Map<String, byte[]> expected = SiteFixture.siteFiles(clean);
      java.util.Map<String, byte[]> actual = SiteFixture.siteFiles(served);
      SiteFixture.assertSameFiles(expected, actual, "serve after: " + step[0]);
    }
    assertTrue(Files.exists(served.resolve("v1.0/docs/c/index.html")), "the tag moved is the version of its new commit");
    try (var apiFiles = Files.walk(served.resolve("v1.1.1/api"))) {
      assertTrue(apiFiles.anyMatch(f -> f.toString().endsWith("index.html")), "the release's API pages");
    }
    assertFalse(Files.exists(served.resolve("v1.2")), "the tag deleted is no version: its folder is gone");
  }

  /** An edit of the test's files. */
  interface Edit {
    void run() throws Exception;
  }

  static String spec(String userProps, String listParams, boolean withDelete) {
    return """
        openapi: 3.0.3
        info: {title: Mindframe, version: "1"}
        paths:
          /users/{id}:
            get:
              operationId: getUser
              tags: [users]
              parameters:
                - {name: id, in: path, required: true, schema: {type: integer}}
              responses:
                "200":
                  description: Brukeren
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/User'}
        %s
          /users:
            get:
              operationId: listUsers
              tags: [users]
              parameters: [%s]
              responses:
                "200": {description: Alle}
        components:
          schemas:
            User:
              type: object
              properties:
        %s
        """.formatted(
            withDelete ? "    delete:\n      operationId: deleteUser\n      tags: [users]\n      responses:\n        \"204\": {description: Slettet}\n" : "",
            listParams,
            userProps);
  }

  /** A templates folder whose page template and stylesheet carry a marker. */
  private static void markedTemplates(Path templates, String marker) throws Exception {
    Files.createDirectories(templates.resolve("assets"));
    String doc;
    String css;
    String embed;
    try (var in = Build.class.getResourceAsStream("/handbook/theme/builtin/doc.ftlh");
        var cssIn = Build.class.getResourceAsStream("/handbook/theme/builtin/assets/handbook.css");
        var embedIn = Build.class.getResourceAsStream("/handbook/theme/builtin/embeds/checklist.ftlh")) {
      doc = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      css = new String(cssIn.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      embed = new String(embedIn.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    // the checklist's embed is rendered when links are resolved, before the page
    Files.createDirectories(templates.resolve("embeds"));
    Files.writeString(templates.resolve("embeds/checklist.ftlh"), "<p>innebygd-" + marker + "</p>\n" + embed);
    Files.writeString(templates.resolve("doc.ftlh"), doc.replace("<article class=\"doc\">", "<article class=\"doc\"><p>mal-" + marker + "</p>"));
    Files.writeString(templates.resolve("assets/handbook.css"), css + "\n.mal-" + marker + " { color: red; }\n");
  }

  @Test
  void eachVersionIsRenderedWithTheTemplatesAndAssetsOfItsTag() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, V1);
    Path templates = tmp.resolve("templates");
    try (Git git = Git.init().setDirectory(tmp.toFile()).setInitialBranch("main").call()) {
      markedTemplates(templates, "en");
      commitAndTag(git, "v1.0");
      markedTemplates(templates, "to");
      commitAndTag(git, "v1.1");
      // the same templates as v1.1: made once in the run, and the same on the pages
      Files.writeString(site.content().resolve("docs/b.md"), "---\ntitle: Beta\n---\nTredje tekst.\n");
      commitAndTag(git, "v1.2");
    }
    markedTemplates(templates, "tre");
    BuildResult r = new Build(Build::standardKinds, Progress.NONE).run(new BuildOptions(site.content(), site.site(), templates, true, null));
    assertEquals(List.of(), r.diagnostics());
    for (String[] v : new String[][] {{"v1.0", "en"}, {"v1.1", "to"}, {"v1.2", "to"}, {"next", "tre"}}) {
      String page = site.read(v[0] + "/docs/b/index.html");
      assertTrue(page.contains("<p>mal-" + v[1] + "</p>"), v[0] + ": " + page);
      java.util.regex.Matcher css = java.util.regex.Pattern.compile("href=\"\\.\\./\\.\\./(assets/handbook\\.[0-9a-f]+\\.css)\"").matcher(page);
      assertTrue(css.find(), page);
      assertTrue(site.read(v[0] + "/" + css.group(1)).contains(".mal-" + v[1] + "{"), v[0] + " links its own stylesheet");
    }
  }

  @Test
  void breakingApiChangesAreFlaggedOnTheChangesPage() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, V1);
    Files.createDirectories(site.content().resolve("api"));
    Files.writeString(site.content().resolve("api/mindframe.yaml"),
        spec("        id: {type: integer}\n        email: {type: string}\n        name: {type: string}", "", true));
    try (Git git = Git.init().setDirectory(tmp.toFile()).setInitialBranch("main").call()) {
      commitAndTag(git, "v1.0");
      Files.writeString(site.content().resolve("api/mindframe.yaml"),
          spec("        id: {type: string}\n        name: {type: string}", "{name: team, in: query, required: true, schema: {type: string}}", false));
      commitAndTag(git, "v1.1");
    }
    BuildResult r = build(site, new Build(Build::standardKinds, Progress.NONE));
    assertTrue(r.ok(), r.diagnostics().toString());
    String changes = site.read("v1.1/changes/index.html");
    assertTrue(changes.contains("API-operasjoner"), changes);
    assertTrue(changes.contains("fjernet: response 200 property email: string"), "response property removed: " + changes);
    assertTrue(changes.contains("fjernet: response 200 property id: integer"), "type changed");
    assertTrue(changes.contains("ny påkrevd: parameter query team: string (required)"), "required parameter added");
    assertTrue(changes.contains("DELETE /users/{id} (deleteUser)"), "removed operation listed");
    // three operations break readers: getUser (a property removed, one retyped), listUsers (a new
    // required parameter) and deleteUser (removed)
    assertTrue(changes.contains("3 endringer som bryter bakoverkompatibilitet"), changes);
  }

  @Test
  void siteVersionOverridesTheCurrentLabel() throws Exception {
    SiteFixture site = repoWithThreeVersions();
    BuildResult r = new Build(Build::standardKinds, Progress.NONE).run(new BuildOptions(site.content(), site.site(), SiteFixture.TEMPLATES, true, null, "v1.2"));
    assertTrue(r.ok(), r.diagnostics().toString());
    assertTrue(Files.exists(site.site().resolve("v1.2/docs/a/index.html")));
  }

  @Test
  void aBrokenTagFailsWithItsNameOrIsSkipped() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, V1 + "\n-- content/docs/x.md --\n---\ntitle: X\n---\nSe [mangler](mangler.md).\n");
    try (Git git = Git.init().setDirectory(tmp.toFile()).setInitialBranch("main").call()) {
      commitAndTag(git, "v0.9");
      Files.delete(site.content().resolve("docs/x.md"));
      commitAndTag(git, "v1.0");
    }
    BuildResult r = build(site, new Build(Build::standardKinds, Progress.NONE));
    assertFalse(r.ok());
    Diagnostic d = r.diagnostics().get(0);
    assertEquals("v0.9:content/docs/x.md:4:14: error[link.unresolved]: no page `mangler.md` (content/docs/mangler.md)", d.headline());
    assertFalse(Files.exists(site.site()), "nothing written");

    Files.writeString(site.content().resolve("site.yaml"), Files.readString(site.content().resolve("site.yaml")) + "  on_error: skip\n");
    BuildResult skipped = build(site, new Build(Build::standardKinds, Progress.NONE));
    assertTrue(skipped.ok(), skipped.diagnostics().toString());
    assertEquals("v0.9:content: warning[versions.skipped]: version `v0.9` does not build (1 errors) and is left out", skipped.diagnostics().get(0).headline());
    assertFalse(Files.exists(site.site().resolve("v0.9")));
    assertTrue(Files.exists(site.site().resolve("v1.0/docs/a/index.html")));
  }

  @Test
  void aBrokenLinkIsReportedInEveryVersionThatHasItAndAnAnchorRemovedInALaterOneThere() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, V1 + "\n-- content/docs/x.md --\n---\ntitle: X\n---\nSe [mangler](mangler.md) og [del](b.md#del).\n");
    Files.writeString(site.content().resolve("site.yaml"), Files.readString(site.content().resolve("site.yaml")) + "links:\n  on_broken: warning\n");
    site.write("-- content/docs/b.md --\n---\ntitle: Beta\n---\n## Del\nFørste tekst.\n");
    try (Git git = Git.init().setDirectory(tmp.toFile()).setInitialBranch("main").call()) {
      commitAndTag(git, "v1.0");
      site.write("-- content/docs/a.md --\n---\ntitle: Alfa\n---\nEndret side.\n");
      commitAndTag(git, "v1.1");
      site.write("-- content/docs/b.md --\n---\ntitle: Beta\n---\n## Annen del\nFørste tekst.\n");
      commitAndTag(git, "v1.2");
    }
    BuildResult r = build(site, new Build(Build::standardKinds, Progress.NONE));
    assertTrue(r.ok(), r.diagnostics().toString());
    List<String> broken = r.diagnostics().stream().map(Diagnostic::headline).filter(h -> h.contains("link.")).sorted().toList();
    assertEquals(
        List.of(
            "content/docs/x.md:4:14: warning[link.unresolved]: no page `mangler.md` (content/docs/mangler.md)",
            "content/docs/x.md:4:35: warning[link.anchor]: no heading `#del` on `docs/b.md`",
            "v1.0:content/docs/x.md:4:14: warning[link.unresolved]: no page `mangler.md` (content/docs/mangler.md)",
            "v1.1:content/docs/x.md:4:14: warning[link.unresolved]: no page `mangler.md` (content/docs/mangler.md)",
            "v1.2:content/docs/x.md:4:14: warning[link.unresolved]: no page `mangler.md` (content/docs/mangler.md)",
            "v1.2:content/docs/x.md:4:35: warning[link.anchor]: no heading `#del` on `docs/b.md`"),
        broken);
  }

  @Test
  void aShallowCloneIsReported() throws Exception {
    SiteFixture site = repoWithThreeVersions();
    Files.writeString(tmp.resolve(".git/shallow"), "0000000000000000000000000000000000000000\n");
    BuildResult r = build(site, new Build(Build::standardKinds, Progress.NONE));
    assertTrue(r.ok());
    assertTrue(r.diagnostics().stream().anyMatch(d -> d.code().equals("versions.shallow") && d.hint().contains("fetch-depth: 0")), r.diagnostics().toString());
  }

  @Test
  void withoutTagsTheSiteIsBuiltAsOneVersion() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, V1);
    try (Git git = Git.init().setDirectory(tmp.toFile()).setInitialBranch("main").call()) {
      commitAndTag(git, null);
    }
    BuildResult r = build(site, new Build(Build::standardKinds, Progress.NONE));
    assertTrue(r.ok(), r.diagnostics().toString());
    assertTrue(Files.exists(site.site().resolve("docs/a/index.html")));
    assertFalse(Files.exists(site.site().resolve("versions.json")));
  }
}
