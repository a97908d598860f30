package handbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.testing.SiteFixture;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code handbook new DIR} writes a starter project that builds with no warning. */
class NewCommandTest {
  @TempDir Path tmp;

  static SiteFixture.Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new SiteFixture.Run(code, out.toString(), err.toString());
  }

  @Test
  void starterProjectBuildsWithZeroWarningsAndEveryContentKind() throws Exception {
    Path dir = tmp.resolve("team-handbook");
    SiteFixture.Run made = run("new", dir.toString());
    assertEquals(0, made.exit(), made.err());
    assertTrue(made.out().startsWith("wrote a starter project to " + dir), made.out());

    String siteYaml = Files.readString(dir.resolve("content/site.yaml"));
    assertTrue(siteYaml.contains("versions:\n  tags: \"v*\""), siteYaml);
    assertTrue(Files.readString(dir.resolve(".gitignore")).contains("/site\n"));
    String runbook = Files.readString(dir.resolve("content/runbooks/service-down.md"));
    assertTrue(runbook.matches("(?s).*last_reviewed: \\d{4}-\\d\\d-\\d\\d\n.*"), "the runbook is reviewed the day it is made");

    Path site = dir.resolve("site");
    SiteFixture.Run built = run("build", "--content", dir.resolve("content").toString(), "--out", site.toString());
    assertEquals("", built.err());
    assertEquals(0, built.exit());
    assertTrue(SiteFixture.untimed(built.out()).matches("built \\d+ pages, 0 warnings, 0 errors in N s; search index \\d+ KB\n"), built.out());

    String docs = Files.readString(site.resolve("docs/index.html"));
    assertTrue(docs.contains("class=\"admonition tip\""), "an admonition");
    assertTrue(docs.contains("href=\"../api/notes/notes/#listNotes\""), "an api: link to the spec");
    assertTrue(docs.contains("href=\"../runbooks/service-down/\""), "a link to the runbook");
    for (String page :
        List.of(
            "runbooks/service-down/index.html",
            "api/notes/index.html",
            "course/01-basics/01-finding-your-way/index.html",
            "checklist/index.html")) {
      assertTrue(Files.exists(site.resolve(page)), page);
    }
    assertTrue(Files.readString(site.resolve("course/01-basics/01-finding-your-way/index.html")).contains("quiz"), "a quiz");
    String checklist = Files.readString(site.resolve("checklist.json"));
    for (String id : List.of("health-checks", "daily-backups", "runbooks-reviewed")) {
      assertTrue(checklist.contains("\"" + id + "\""), id);
    }
  }

  @Test
  void newRefusesAFolderThatIsNotEmpty() throws Exception {
    Files.writeString(tmp.resolve("notes.txt"), "mine");
    SiteFixture.Run r = run("new", tmp.toString());
    assertEquals(2, r.exit());
    assertEquals("error[usage]: `" + tmp + "` is not empty; `new` writes only into a new or empty folder\n", r.err());
    assertEquals(List.of(tmp.resolve("notes.txt")), Files.list(tmp).toList(), "nothing written");
  }

  @Test
  void aFolderThatCannotBeMadeIsAUsageErrorNotABug() throws Exception {
    Path file = Files.writeString(tmp.resolve("a-file"), "x");
    SiteFixture.Run r = run("new", file.resolve("inside").toString());
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().startsWith("error[usage]: cannot write `" + file.resolve("inside")), r.err());
    assertTrue(!r.err().contains("internal") && !r.err().contains("\tat ") && !r.err().contains("Exception"), r.err());
  }
}
