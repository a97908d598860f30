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

  /**
   * A disk that fills up while the site is written: one error with a hint and exit 1, the site
   * before untouched, no build folder left behind. Needs a small file system of its own (mount,
   * as root); skipped where it cannot be made.
   */
  @Test
  void aFullDiskIsOneErrorAndTheSiteBeforeIsUntouched() throws Exception {
    Path disk = tmp.resolve("disk");
    Files.createDirectories(disk);
    Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", disk.toString()).redirectErrorStream(true).start();
    mount.getInputStream().readAllBytes();
    Assumptions.assumeTrue(mount.waitFor(30, TimeUnit.SECONDS) && mount.exitValue() == 0, "a small file system of its own needs mount (root)");
    try {
      StringBuilder pages = new StringBuilder("-- content/docs/index.md --\n# Start\n\nTekst.\n");
      for (int i = 0; i < 20; i++) {
        pages.append("-- content/docs/side-").append(i).append(".md --\n# Side ").append(i).append("\n\n").append("Et avsnitt med tekst. ".repeat(40)).append("\n");
      }
      SiteFixture site = SiteFixture.of(tmp, pages.toString());
      Path out = disk.resolve("site");
      String[] build = {"build", "--content", site.content().toString(), "--templates", SiteFixture.TEMPLATES.toString(), "--out", out.toString()};
      Run first = java(List.of(), System.getProperty("java.class.path"), java.util.Map.of("LC_ALL", "C.UTF-8"), build);
      assertEquals(0, first.exit(), first.err());
      java.util.Map<String, String> before = files(out);
      // all but 32 KB of the disk taken: the next build cannot write its new folder
      long fill = Files.getFileStore(disk).getUsableSpace() - 32 * 1024;
      try (var o = Files.newOutputStream(disk.resolve("fill"))) {
        byte[] chunk = new byte[64 * 1024];
        for (long left = fill; left > 0; left -= chunk.length) {
          o.write(chunk, 0, (int) Math.min(chunk.length, left));
        }
      }
      Run second = java(List.of(), System.getProperty("java.class.path"), java.util.Map.of("LC_ALL", "C.UTF-8"), build);
      assertEquals(1, second.exit(), second.err());
      assertTrue(second.err().contains("site: error[output.write]: cannot write the site: No space left on device"), second.err());
      assertTrue(second.err().contains("= hint: the disk is full: free some space on it and build again"), second.err());
      noStackTrace(second);
      assertEquals(before, files(out), "the site before is untouched");
      try (Stream<Path> s = Files.list(disk)) {
        List<String> builds = s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".site.build-")).toList();
        assertEquals(1, builds.size(), "only the live site's folder is left: " + builds);
      }
    } finally {
      new ProcessBuilder("umount", disk.toString()).redirectErrorStream(true).start().waitFor(30, TimeUnit.SECONDS);
    }
  }

  /** Every file of a folder (its link followed) by its path in it, as the hash of its bytes. */
  private static java.util.Map<String, String> files(Path folder) throws Exception {
    java.util.Map<String, String> out = new java.util.TreeMap<>();
    Path real = folder.toRealPath();
    try (Stream<Path> s = Files.walk(real)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        out.put(real.relativize(p).toString(), java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
      }
    }
    return out;
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
