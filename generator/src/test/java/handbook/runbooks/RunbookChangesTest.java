package handbook.runbooks;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.build.Build;
import handbook.build.BuildOptions;
import handbook.build.BuildResult;
import handbook.build.Progress;
import handbook.testing.SiteFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runbooks added, removed and changed between two tagged versions, on "Hva er endret". */
class RunbookChangesTest {
  @TempDir Path tmp;

  static final String V1 =
      """
      -- content/site.yaml --
      title: T
      nav: [runbooks]
      versions: {tags: "v*", current: next}
      runbooks: {strict: false}
      -- content/runbooks/db.md --
      ---
      title: Databasen er nede
      severity: høy
      alerts: [DbDown]
      ---
      ## Symptomer
      ## Tiltak
      1. Start den.
      -- content/runbooks/old.md --
      # Gammel runbook
      ## Tiltak
      -- content/runbooks/same.md --
      # Uendret
      ## Tiltak
      """;

  private static int time = 1_700_000_000;

  private static void commitAndTag(Git git, String tag) throws Exception {
    git.add().addFilepattern(".").call();
    git.add().addFilepattern(".").setUpdate(true).call();
    PersonIdent who = new PersonIdent("Handbook Test", "test@example.org", java.time.Instant.ofEpochSecond(time += 86400), java.time.ZoneOffset.UTC);
    git.commit().setMessage(tag).setAuthor(who).setCommitter(who).call();
    git.tag().setName(tag).setAnnotated(false).call();
  }

  @Test
  void newRemovedAndChangedRunbooksAreListedWithWhatChanged() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, V1);
    try (Git git = Git.init().setDirectory(tmp.toFile()).setInitialBranch("main").call()) {
      commitAndTag(git, "v1.0");
      Files.delete(site.content().resolve("runbooks/old.md"));
      site.write(
          """
          -- content/runbooks/db.md --
          ---
          title: Databasen er nede
          severity: kritisk
          alerts: [DbDown, DbSlow]
          ---
          ## Symptomer
          ## Tiltak
          1. Start den.
          ## Verifisering
          -- content/runbooks/tls.md --
          # TLS-sertifikatet går ut
          ## Tiltak
          """);
      commitAndTag(git, "v1.1");
    }
    BuildResult r = new Build(Build::standardKinds, Progress.NONE).run(new BuildOptions(site.content(), site.site(), SiteFixture.TEMPLATES, true, null));
    assertTrue(r.ok(), r.diagnostics().toString());
    String changes = Files.readString(site.site().resolve("v1.1/changes/index.html"));
    String part = changes.substring(changes.indexOf("Runbooks"));
    assertTrue(part.contains("<a href=\"../runbooks/tls/\">TLS-sertifikatet går ut</a>"), "added: " + part);
    assertTrue(part.contains("<a href=\"../../v1.0/runbooks/old/\">Gammel runbook</a>"), "removed: " + part);
    assertTrue(
        part.contains(
            "<a href=\"../runbooks/db/\">Databasen er nede</a> <span class=\"change-detail\">(Varsler: DbDown → DbDown, DbSlow; Seksjoner: Symptomer, Tiltak → Symptomer, Tiltak, Verifisering; Alvorlighet: Høy → Kritisk)</span>"),
        "changed: " + part);
    assertFalse(part.contains("Uendret"), "an unchanged runbook is not listed");
  }
}
