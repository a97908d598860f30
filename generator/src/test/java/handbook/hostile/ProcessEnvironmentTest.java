package handbook.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.testing.SiteFixture;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the environment can throw at a real process: a folder it may not read, file names the
 * locale cannot decode. Each is one error at its path and exit 1, never a stack trace.
 */
class ProcessEnvironmentTest {
  @TempDir Path tmp;

  record Run(int exit, String out, String err) {}

  private Run java(List<String> prefix, String classpath, java.util.Map<String, String> env, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(prefix);
    cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classpath, "handbook.cli.Main"));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(tmp.toFile());
    pb.environment().putAll(env);
    if (env.containsKey("LC_ALL")) {
      pb.environment().remove("LANG");
      pb.environment().remove("LC_CTYPE");
    }
    Path err = tmp.resolve("err.txt");
    Path out = tmp.resolve("out.txt");
    pb.redirectError(err.toFile()).redirectOutput(out.toFile());
    Process p = pb.start();
    assertTrue(p.waitFor(180, TimeUnit.SECONDS), String.join(" ", cmd));
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }

  private static void noStackTrace(Run r) {
    assertFalse(r.err().contains("\tat ") || r.err().contains("Exception") || r.err().contains("internal error"), r.err());
  }

  @Test
  void aNameTheLocaleCannotDecodeIsOneErrorNotAStackTrace() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, "-- content/docs/index.md --\n# Start\n");
    // made by the shell, so this JVM's own locale does not matter
    ProcessBuilder make = new ProcessBuilder("sh", "-c", "printf '# Bl\\303\\245\\n' > \"content/docs/$(printf 'bl\\303\\245')\".md").directory(tmp.toFile());
    assertEquals(0, make.start().waitFor());
    Run r = java(List.of(), System.getProperty("java.class.path"), java.util.Map.of("LC_ALL", "C"),
        "check", "--content", site.content().toString(), "--templates", SiteFixture.TEMPLATES.toString());
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().contains(": error[source.name]: the name of `docs/"), r.err());
    assertTrue(r.err().contains("= hint: run with a UTF-8 locale, for example `LC_ALL=C.UTF-8`"), r.err());
    noStackTrace(r);
  }

  @Test
  void aFolderThatCannotBeReadIsAnErrorAtItsPath() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, "-- content/docs/index.md --\n# Start\n-- content/docs/låst/a.md --\n# A\n");
    Path locked = site.content().resolve("docs/låst");
    boolean root = "root".equals(System.getProperty("user.name"));
    List<String> prefix = List.of();
    String classpath = System.getProperty("java.class.path");
    if (root) {
      // root reads everything: run the build as nobody, from a copy of the class path nobody can read
      Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")), "setpriv runs the build as another user");
      prefix = List.of("/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups");
      classpath = readableCopy(classpath);
      // the test folder (0700 when JUnit makes it) and the folders in it; never anything above it
      Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
      makeReadable(site.content());
    }
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      Run r = java(prefix, classpath, java.util.Map.of("LC_ALL", "C.UTF-8"),
          "check", "--content", site.content().toString(), "--templates", SiteFixture.TEMPLATES.toString());
      assertEquals(1, r.exit(), r.err());
      assertTrue(r.err().contains("content/docs/låst: error[source.read]: cannot read `docs/låst`: permission denied"), r.err());
      noStackTrace(r);
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  private final List<Path> mounts = new ArrayList<>();

  @org.junit.jupiter.api.AfterEach
  void unmount() throws Exception {
    for (Path m : mounts) {
      new ProcessBuilder("umount", m.toString()).redirectErrorStream(true).start().waitFor(30, TimeUnit.SECONDS);
    }
  }

  /** A small file system of its own at {@code name} (mount, as root); the test is skipped where it cannot be made. */
  private Path smallDisk(String name) throws Exception {
    Path disk = tmp.resolve(name);
    Files.createDirectories(disk);
    Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", disk.toString()).redirectErrorStream(true).start();
    mount.getInputStream().readAllBytes();
    Assumptions.assumeTrue(mount.waitFor(30, TimeUnit.SECONDS) && mount.exitValue() == 0, "a small file system of its own needs mount (root)");
    mounts.add(disk);
    return disk;
  }

  /** Takes all but {@code leftKb} KB of a disk, in a file named {@code fill}. */
  private static void fill(Path disk, long leftKb) throws IOException {
    long fill = Files.getFileStore(disk).getUsableSpace() - leftKb * 1024;
    try (var o = Files.newOutputStream(disk.resolve("fill"))) {
      byte[] chunk = new byte[64 * 1024];
      for (long left = fill; left > 0; left -= chunk.length) {
        o.write(chunk, 0, (int) Math.min(chunk.length, left));
      }
    }
  }

  /** A site of 30 pages of a few KB. */
  private SiteFixture pages() throws IOException {
    StringBuilder pages = new StringBuilder("-- content/docs/index.md --\n# Start\n\nTekst.\n");
    for (int i = 0; i < 30; i++) {
      pages.append("-- content/docs/side-").append(i).append(".md --\n# Side ").append(i).append("\n\n## Del\n\n").append(("Et avsnitt med tekst nummer " + i + ". ").repeat(100)).append("\n");
    }
    return SiteFixture.of(tmp, pages.toString());
  }

  private Run build(SiteFixture site, Path out, String... more) throws Exception {
    List<String> args = new ArrayList<>(List.of("build", "--content", site.content().toString(), "--templates", SiteFixture.TEMPLATES.toString(), "--out", out.toString()));
    args.addAll(List.of(more));
    return java(List.of(), System.getProperty("java.class.path"), java.util.Map.of("LC_ALL", "C.UTF-8"), args.toArray(String[]::new));
  }

  /**
   * A disk that fills up while the site is written: one error with a hint and exit 1, the site
   * before untouched, no build folder left behind.
   */
  @Test
  void aFullDiskIsOneErrorAndTheSiteBeforeIsUntouched() throws Exception {
    Path disk = smallDisk("disk");
    SiteFixture site = pages();
    Path out = disk.resolve("site");
    Run first = build(site, out);
    assertEquals(0, first.exit(), first.err());
    java.util.Map<String, byte[]> before = SiteFixture.snapshot(out);
    fill(disk, 32);
    Run second = build(site, out);
    assertEquals(1, second.exit(), second.err());
    assertTrue(second.err().contains("site: error[output.write]: cannot write the site: No space left on device"), second.err());
    assertTrue(second.err().contains("= hint: the disk is full: free some space on it and build again"), second.err());
    noStackTrace(second);
    SiteFixture.assertSameFiles(before, SiteFixture.snapshot(out), "the site before");
    try (Stream<Path> s = Files.list(disk)) {
      List<String> builds = s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".site.build-")).toList();
      assertEquals(1, builds.size(), "only the live site's folder is left: " + builds);
    }
  }

  /**
   * A cache folder on a full disk: the site is written all the same, with a warning; and what the
   * cache holds after is never trusted: once there is room again, builds with it make the site a
   * clean build makes.
   */
  @Test
  void aCacheOnAFullDiskIsAWarningAndNotTrustedAfter() throws Exception {
    Path disk = smallDisk("cache-disk");
    SiteFixture site = pages();
    Path cache = disk.resolve("cache");
    fill(disk, 48);
    Run full = build(site, tmp.resolve("site"), "--cache", cache.toString());
    assertEquals(0, full.exit(), full.err());
    assertTrue(full.err().contains("cache: warning[cache.write]: cannot write the build cache: No space left on device"), full.err());
    assertTrue(full.err().contains("= hint: the disk is full: free some space on it"), full.err());
    noStackTrace(full);
    Run clean = build(site, tmp.resolve("clean"));
    assertEquals(0, clean.exit(), clean.err());
    SiteFixture.assertSameFiles(SiteFixture.snapshot(tmp.resolve("clean")), SiteFixture.snapshot(tmp.resolve("site")), "the site written");

    // room again, and a page edited: the builds with the cache make what clean builds make
    Files.delete(disk.resolve("fill"));
    Files.writeString(site.content().resolve("docs/side-3.md"), "# Side tre\n\nNy tekst.\n");
    sameAsClean(site, cache, "with room again");
    // a full cache (each page's parse kept): three pages edited and the disk full again, so that
    // what this build appends to the cache is cut off; then room, and the cache is not trusted
    for (int i = 10; i < 13; i++) {
      Files.writeString(site.content().resolve("docs/side-" + i + ".md"), "# Side " + i + "\n\n" + ("Endret tekst " + i + ". ").repeat(400) + "\n");
    }
    long packed = Files.size(cache.resolve("memo.pack"));
    fill(disk, 8);
    Run cut = build(site, tmp.resolve("site"), "--cache", cache.toString());
    assertEquals(0, cut.exit(), cut.err());
    assertTrue(cut.err().contains("warning[cache.write]"), cut.err());
    assertTrue(Files.size(cache.resolve("memo.pack")) > packed, "the parse results were being added to the cache when it was cut off");
    Files.delete(disk.resolve("fill"));
    Files.writeString(site.content().resolve("docs/side-11.md"), "# Side elleve\n\nIgjen ny tekst.\n");
    sameAsClean(site, cache, "after the cut");
  }

  /** Two builds with the cache, each the same as a clean build, without warnings. */
  private void sameAsClean(SiteFixture site, Path cache, String when) throws Exception {
    for (int round = 0; round < 2; round++) {
      Run cached = build(site, tmp.resolve("site"), "--cache", cache.toString());
      assertEquals(0, cached.exit(), cached.err());
      assertFalse(cached.err().contains("warning"), when + ": " + cached.err());
      Run clean = build(site, tmp.resolve("clean"));
      assertEquals(0, clean.exit(), clean.err());
      SiteFixture.assertSameFiles(SiteFixture.snapshot(tmp.resolve("clean")), SiteFixture.snapshot(tmp.resolve("site")), when + ", round " + round);
    }
  }

  private static void makeReadable(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.toList()) {
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
      }
    }
  }

  /** The class path copied under the test folder, readable by every user. */
  private String readableCopy(String classpath) throws IOException {
    Path to = tmp.resolve("cp");
    Files.createDirectories(to);
    List<String> out = new ArrayList<>();
    int i = 0;
    for (String entry : classpath.split(File.pathSeparator)) {
      Path from = Path.of(entry);
      if (!Files.exists(from)) {
        continue;
      }
      Path target = to.resolve(i++ + "-" + from.getFileName());
      if (Files.isDirectory(from)) {
        try (Stream<Path> s = Files.walk(from)) {
          for (Path p : s.toList()) {
            Path t = target.resolve(from.relativize(p).toString());
            if (Files.isDirectory(p)) {
              Files.createDirectories(t);
            } else {
              Files.copy(p, t);
            }
          }
        }
      } else {
        Files.copy(from, target);
      }
      out.add(target.toString());
    }
    makeReadable(to);
    return String.join(File.pathSeparator, out);
  }
}
