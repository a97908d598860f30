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

  /** Runs a build in a new JVM that stops dead at a point of the swap, as a kill there would. */
  private int buildHaltingAt(SiteFixture site, String point, String... more) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                java, "-Dhandbook.test.halt=" + point, "-cp", System.getProperty("java.class.path"), "handbook.cli.Main", "build", "--quiet",
                "--content", site.content().toString(), "--out", site.site().toString(), "--templates", SiteFixture.TEMPLATES.toString()));
    command.addAll(List.of(more));
    Process proc =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(tmp.resolve("halt.log").toFile())
            .start();
    assertTrue(proc.waitFor(120, TimeUnit.SECONDS));
    return proc.exitValue();
  }

  @Test
  void killAtEveryPointOfTheSwapLeavesAWholeSite() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, "-- content/docs/index.md --\n# Før\n");
    assertEquals(0, site.run("build", "--quiet").exit());
    Map<String, byte[]> before = SiteFixture.snapshot(site.site());
    site.write("-- content/docs/index.md --\n# Etter\n");
    assertEquals(0, site.run("check", "--quiet").exit());

    assertEquals(137, buildHaltingAt(site, "before-swap"), "halted right before the rename");
    assertSnapshot(before, SiteFixture.snapshot(site.site()));

    assertEquals(137, buildHaltingAt(site, "after-swap"), "halted right after the rename");
    Map<String, byte[]> after = SiteFixture.snapshot(site.site());
    assertTrue(new String(after.get("docs/index.html"), java.nio.charset.StandardCharsets.UTF_8).contains("Etter"), "the whole new site");
    assertEquals(before.keySet(), after.keySet());

    assertEquals(0, site.run("build", "--quiet").exit());
    try (Stream<Path> s = Files.list(tmp)) {
      assertEquals(List.of(".site.lock", "site"), s.map(p -> p.getFileName().toString()).filter(n -> !n.equals("halt.log") && !n.equals("content")).sorted()
          .filter(n -> !n.startsWith(".site.build-")).toList());
    }
    try (Stream<Path> s = Files.list(tmp)) {
      assertEquals(1, s.filter(p -> p.getFileName().toString().startsWith(".site.build-")).count(), "the builds the kills left are removed");
    }
  }

  @Test
  void aCachedBuildKilledWhileBringingTheFolderBeforeUpToDateLeavesTheSiteWhole() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/docs/index.md --
            # Hjem

            Se [drift](drift/index.md) og [gammel](gammel.md).
            -- content/docs/gammel.md --
            # Gammel
            -- content/docs/drift/index.md --
            # Drift
            """);
    String cache = tmp.resolve("cache").toString();
    for (int i = 0; i < 3; i++) {
      assertEquals(0, site.run("build", "--quiet", "--cache", cache).exit());
    }
    try (Stream<Path> s = Files.list(tmp)) {
      assertEquals(2, s.filter(p -> p.getFileName().toString().startsWith(".site.build-")).count(), "the site's folder and the one kept");
    }
    Map<String, byte[]> before = SiteFixture.snapshot(site.site());
    site.write("-- content/docs/index.md --\n# Hjem\n\nSe [drift](drift/index.md) og [ny](ny.md).\n");
    Files.delete(site.content().resolve("docs/gammel.md"));
    site.write("-- content/docs/ny.md --\n# Ny\n");

    assertEquals(137, buildHaltingAt(site, "spare-updated", "--cache", cache), "halted with the folder before brought up to date");
    assertSnapshot(before, SiteFixture.snapshot(site.site()));
    assertEquals(137, buildHaltingAt(site, "spare-listed", "--cache", cache), "halted before writing anything");
    assertSnapshot(before, SiteFixture.snapshot(site.site()));

    assertEquals(0, site.run("build", "--quiet", "--cache", cache).exit());
    Path clean = tmp.resolve("clean");
    assertEquals(
        0,
        handbook.cli.Main.run(
            new String[] {"build", "--quiet", "--content", site.content().toString(), "--templates", SiteFixture.TEMPLATES.toString(), "--out", clean.toString()},
            new java.io.PrintWriter(new java.io.StringWriter()),
            new java.io.PrintWriter(new java.io.StringWriter())));
    assertSnapshot(SiteFixture.snapshot(clean), SiteFixture.snapshot(site.site()));
    assertFalse(Files.exists(site.site().resolve("docs/gammel/index.html")));
  }

  @Test
  void theSiteIsALinkToItsBuildFolderReplacedInOneRename() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, "-- content/docs/index.md --\n# Hei\n");
    assertEquals(0, site.run("build", "--quiet").exit());
    Path first = site.site().toRealPath();
    assertTrue(Files.isSymbolicLink(site.site()));
    assertEquals(Path.of(first.getFileName().toString()), Files.readSymbolicLink(site.site()), "a relative link beside it");
    assertTrue(first.getFileName().toString().startsWith(".site.build-"));
    assertEquals(0, site.run("build", "--quiet").exit());
    assertFalse(Files.exists(first), "the old build folder is removed after the swap");
    assertTrue(Files.exists(site.site().resolve("docs/index.html")));
  }

  @Test
  void anOutputFolderFromBeforeIsMovedAsideOnceAndPutBackWhenKilledThen() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, "-- content/docs/index.md --\n# Hei\n");
    Files.createDirectories(site.site());
    Files.writeString(site.site().resolve(".handbook-site"), "old\n");
    Files.writeString(site.site().resolve("index.html"), "old site");
    assertEquals(137, buildHaltingAt(site, "moved-aside"));
    assertFalse(Files.exists(site.site()), "the one window: a plain folder cannot be swapped for a link in one step");
    assertEquals(0, site.run("check", "--quiet").exit());
    assertEquals(0, site.run("build", "--quiet").exit());
    assertTrue(Files.isSymbolicLink(site.site()));
    assertFalse(Files.exists(tmp.resolve(".site.previous")));
  }

  @Test
  void anOutputThatIsALinkKeepsPointingWhereItPointed() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, "-- content/docs/index.md --\n# Hei\n");
    Path www = Files.createDirectories(tmp.resolve("www"));
    Files.createSymbolicLink(site.site(), Path.of("www/handbook"));
    assertEquals(0, site.run("build", "--quiet").exit(), "a link to a folder that does not exist yet");
    assertEquals(0, site.run("build", "--quiet").exit());
    assertEquals(Path.of("www/handbook"), Files.readSymbolicLink(site.site()));
    assertTrue(Files.isSymbolicLink(www.resolve("handbook")), "the swap happens where the link leads");
    assertTrue(Files.exists(site.site().resolve("docs/index.html")));
    try (Stream<Path> s = Files.list(tmp)) {
      assertFalse(s.anyMatch(p -> p.getFileName().toString().startsWith(".site.build-")), "nothing is built beside the user's link");
    }
  }

  private static void assertSnapshot(Map<String, byte[]> expected, Map<String, byte[]> actual) {
    assertEquals(expected.keySet(), actual.keySet());
    for (String k : expected.keySet()) {
      assertArrayEquals(expected.get(k), actual.get(k), k);
    }
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

  /** Files in build folders that are not the site (the site is a link to its build folder). */
  private long stagedFiles() throws IOException {
    long n = 0;
    Path live = Files.isSymbolicLink(tmp.resolve("site")) ? tmp.resolve("site").toRealPath() : null;
    try (Stream<Path> s = Files.list(tmp)) {
      for (Path p : s.filter(p -> p.getFileName().toString().startsWith(".site.build-") && !p.equals(live)).toList()) {
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
