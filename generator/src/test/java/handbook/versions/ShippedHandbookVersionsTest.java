package handbook.versions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.cli.Main;
import handbook.testing.SiteFixture;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped handbook is versioned as it stands: a fresh clone of a repository holding it, with
 * two release tags, builds every tag and the working tree without any file being edited.
 */
class ShippedHandbookVersionsTest {
  @TempDir Path tmp;

  @Test
  void freshCloneWithTwoTagsBuildsBothReleasesAndTheWorkingTree() throws Exception {
    Path origin = tmp.resolve("origin");
    SiteFixture.handbookContent(origin);
    copy(SiteFixture.TEMPLATES, origin.resolve("templates"));
    try (Git git = Git.init().setDirectory(origin.toFile()).setInitialBranch("main").call()) {
      VersionsTest.commitAndTag(git, "v1.0");
      Path added = origin.resolve("content/docs/ny-side.md");
      Files.writeString(added, "---\ntitle: Ny side\n---\nKom i v1.1.\n", StandardCharsets.UTF_8);
      VersionsTest.commitAndTag(git, "v1.1");
    }
    Path clone = tmp.resolve("clone");
    Git.cloneRepository().setURI(origin.toUri().toString()).setDirectory(clone.toFile()).call().close();

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Path site = clone.resolve("site");
    int code =
        Main.run(
            new String[] {"build", "--content", clone.resolve("content").toString(), "--out", site.toString()},
            new PrintWriter(out),
            new PrintWriter(err));
    assertEquals(0, code, err.toString());
    assertEquals("", err.toString());

    for (String v : new String[] {"v1.0", "v1.1", "next", "latest"}) {
      assertTrue(Files.exists(site.resolve(v + "/docs/index.html")), v);
    }
    assertTrue(Files.exists(site.resolve("v1.1/docs/ny-side/index.html")));
    assertTrue(Files.exists(site.resolve("latest/docs/ny-side/index.html")), "latest is v1.1");
    assertFalse(Files.exists(site.resolve("v1.0/docs/ny-side/index.html")), "v1.0 is the first commit");
    String json = Files.readString(site.resolve("versions.json"));
    assertTrue(json.contains("\"latest\" : \"v1.1\""), json);
    assertTrue(json.contains("\"current\" : \"next\""), json);
    assertTrue(Files.readString(site.resolve("index.html")).contains("url=latest/"));
  }

  private static void copy(Path from, Path to) throws Exception {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.sorted().toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
