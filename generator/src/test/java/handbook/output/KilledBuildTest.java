package handbook.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.testing.SiteFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build killed halfway (SIGKILL, a real process) leaves the previous site exactly as it was. */
class KilledBuildTest {
  @TempDir Path tmp;

  @Test
  void killedBuildLeavesPreviousSiteUntouched() throws Exception {
    SiteFixture site =
        SiteFixture.of(tmp, "-- content/docs/index.md --\n---\ntitle: Før\n---\nDen gamle siden.\n");
    assertEquals(0, site.run("build").exit());
    Map<String, byte[]> before = SiteFixture.snapshot(site.site());

    for (int i = 0; i < 4000; i++) {
      Path p = site.content().resolve("docs/d" + (i % 60) + "/p" + i + ".md");
      Files.createDirectories(p.getParent());
      Files.writeString(p, "---\ntitle: Side " + i + "\n---\n## Del\n\n" + "Tekst med `kode` og **fet** skrift. ".repeat(60) + "\n");
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process proc =
        new ProcessBuilder(
                java, "-cp", System.getProperty("java.class.path"), "handbook.cli.Main", "build",
                "--content", site.content().toString(), "--out", site.site().toString(),
                "--templates", SiteFixture.TEMPLATES.toString())
            .redirectErrorStream(true)
            .redirectOutput(tmp.resolve("build.log").toFile())
            .start();
    boolean killedWhileWriting = false;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
    while (proc.isAlive() && System.nanoTime() < deadline) {
      if (stagedFiles() > 200) {
        proc.destroyForcibly();
        killedWhileWriting = true;
        break;
      }
      Thread.sleep(20);
    }
    proc.waitFor(30, TimeUnit.SECONDS);
    assertTrue(killedWhileWriting, "the build was killed while writing its staging folder: " + Files.readString(tmp.resolve("build.log")));
    assertTrue(stagedFiles() > 0, "the killed build left a staging folder");

    Map<String, byte[]> after = SiteFixture.snapshot(site.site());
    assertEquals(before.keySet(), after.keySet());
    for (String k : before.keySet()) {
      assertArrayEquals(before.get(k), after.get(k), k);
    }

    assertEquals(0, site.run("build", "--quiet").exit());
    assertEquals(0, stagedFiles(), "the next build removes the stale staging folder");
    assertTrue(Files.exists(site.site().resolve("docs/d1/p1/index.html")));
  }

  @Test
  void interruptedSwapIsRepairedByTheNextBuild() throws IOException {
    Path out = tmp.resolve("site");
    Path previous = tmp.resolve(".site.previous");
    Files.createDirectories(previous);
    Files.writeString(previous.resolve("index.html"), "old");
    try (StagedSite s = new StagedSite(out)) {
      assertEquals("old", Files.readString(out.resolve("index.html")), "the old site is back before anything else");
    }
    assertFalse(Files.exists(previous));
  }

  @Test
  void secondBuildOnTheSameOutputIsRefused() throws IOException {
    Path out = tmp.resolve("site");
    try (StagedSite first = new StagedSite(out)) {
      StagedSite.Locked e = org.junit.jupiter.api.Assertions.assertThrows(StagedSite.Locked.class, () -> new StagedSite(out));
      assertTrue(e.getMessage().startsWith("another build is writing"));
    }
  }

  private long stagedFiles() throws IOException {
    long n = 0;
    try (Stream<Path> s = Files.list(tmp)) {
      for (Path p : s.filter(p -> p.getFileName().toString().startsWith(".site.staging-")).toList()) {
        try (Stream<Path> w = Files.walk(p)) {
          n += w.count();
        } catch (IOException | java.io.UncheckedIOException e) {
          // the folder changes while we count
        }
      }
    }
    return n;
  }
}
