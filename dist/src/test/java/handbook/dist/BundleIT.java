package handbook.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The release bundle, unpacked and run as a user would: bin/handbook on a folder elsewhere. */
class BundleIT {
  static final Path ZIP = Path.of(System.getProperty("bundle"));
  static final String VERSION = System.getProperty("bundle.version");
  static final String TOP = "handbook-" + VERSION + "/";

  @TempDir static Path tmp;
  static Path home;

  record Run(int exit, String out, String err) {}

  @BeforeAll
  static void unpack() throws IOException {
    assertTrue(Files.isRegularFile(ZIP), "the bundle is built in package: " + ZIP);
    try (ZipFile zip = new ZipFile(ZIP.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry e = entries.nextElement();
        Path target = tmp.resolve("unpacked").resolve(e.getName()).normalize();
        if (e.isDirectory()) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          try (InputStream in = zip.getInputStream(e)) {
            Files.copy(in, target);
          }
        }
      }
    }
    home = tmp.resolve("unpacked").resolve(TOP);
    Files.setPosixFilePermissions(home.resolve("bin/handbook"), java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  static Run run(Path dir, String... cmd) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    pb.environment().put("XDG_CACHE_HOME", tmp.resolve("cache").toString());
    Path err = Files.createTempFile(tmp, "err", ".txt");
    pb.redirectError(err.toFile());
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(180, TimeUnit.SECONDS), String.join(" ", cmd));
    return new Run(p.exitValue(), out, Files.readString(err));
  }

  @Test
  void bundleHoldsTheJarsTheLaunchersTheReadmeAndTheLicences() throws IOException {
    Map<String, Integer> modes = unixModes(ZIP);
    for (String f :
        List.of(
            "handbook.jar", "bin/handbook", "bin/jvm-options.sh", "bin/handbook.cmd", "README.md", "jbake/handbook-jbake.jar",
            "LICENSES/THIRD-PARTY-handbook.txt", "LICENSES/THIRD-PARTY-jbake-import.txt", "LICENSES/theme/prism/LICENSE", "LICENSES/gemoji/LICENSE",
            "LICENSES/material-design-icons/LICENSE", "LICENSES/octicons/LICENSE")) {
      assertTrue(modes.containsKey(TOP + f), f);
    }
    assertEquals(0755, modes.get(TOP + "bin/handbook") & 0777, "bin/handbook is executable once unzipped");
    assertTrue(Files.readString(home.resolve("bin/handbook.cmd")).contains("\r\n"), "Windows line endings");
    assertTrue(Files.readString(home.resolve("LICENSES/THIRD-PARTY-handbook.txt")).contains("picocli"));
    assertTrue(Files.readString(home.resolve("LICENSES/THIRD-PARTY-jbake-import.txt")).contains("org.jbake:jbake-core"));

    List<String> lib = names(home.resolve("lib"));
    List<String> jbakeLib = names(home.resolve("jbake/lib"));
    assertTrue(lib.stream().anyMatch(n -> n.startsWith("picocli-")), lib.toString());
    assertTrue(jbakeLib.stream().anyMatch(n -> n.startsWith("orientdb-core-")), jbakeLib.toString());
    assertFalse(lib.stream().anyMatch(n -> n.startsWith("orientdb") || n.startsWith("jbake") || n.startsWith("commons-configuration")), "the generator's lib/ has none of JBake's libraries: " + lib);
  }

  @Test
  void starterProjectBuildsFromItsOwnFolderWithTheLauncherAndWithJavaJar() throws Exception {
    String launcher = home.resolve("bin/handbook").toString();
    Run made = run(tmp, launcher, "new", "starter");
    assertEquals(0, made.exit(), made.err());
    Path project = tmp.resolve("starter");
    Run built = run(project, launcher, "build");
    assertEquals(0, built.exit(), built.err());
    assertTrue(built.out().matches("built \\d+ pages, 0 warnings, 0 errors in .*\n"), built.out());
    // the class-data archive of quick start-up, made once in the user's cache (the bundle's folder
    // may not be writable): a dynamic archive on Java 17 to 23, an ahead-of-time cache later
    List<Path> archives;
    try (java.util.stream.Stream<Path> files = Files.walk(tmp.resolve("cache/handbook"))) {
      archives = files.filter(f -> f.getFileName().toString().matches("handbook(\\.jsa|-\\d+\\.aot)")).toList();
    }
    assertEquals(1, archives.size(), archives.toString());
    java.nio.file.attribute.FileTime archived = Files.getLastModifiedTime(archives.get(0));
    Run again = run(project, launcher, "build");
    assertEquals(0, again.exit(), again.err());
    assertEquals(archived, Files.getLastModifiedTime(archives.get(0)), "made once");
    assertTrue(Files.exists(project.resolve("site/docs/index.html")));
    try (java.util.stream.Stream<Path> assets = Files.list(project.resolve("site/assets"))) {
      assertTrue(assets.anyMatch(p -> p.getFileName().toString().matches("handbook\\.[0-9a-f]{10}\\.css")), "the built-in theme");
    }

    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Run checked = run(project, java, "-jar", home.resolve("handbook.jar").toString(), "check");
    assertEquals(0, checked.exit(), checked.err());
    assertTrue(checked.out().startsWith("checked "), checked.out());

    Run version = run(project, launcher, "--version");
    assertEquals("handbook " + VERSION + "\n", version.out());
  }

  @Test
  void nonAsciiFileNamesBuildUnderTheCLocale() throws Exception {
    Path project = tmp.resolve("c-locale");
    Files.createDirectories(project.resolve("content/docs"));
    // the name is made by the shell, so the test does not depend on this JVM's own locale
    ProcessBuilder make = new ProcessBuilder("sh", "-c", "printf '# Bl\\303\\245b\\303\\246r\\n' > \"content/docs/$(printf 'bl\\303\\245b\\303\\246r')\".md");
    assertEquals(0, make.directory(project.toFile()).start().waitFor());
    Run launcher = runIn(project, "C", home.resolve("bin/handbook").toString(), "build");
    assertEquals(0, launcher.exit(), launcher.err());
    ProcessBuilder page = new ProcessBuilder("sh", "-c", "test -f \"site/docs/$(printf 'bl\\303\\245b\\303\\246r')/index.html\"");
    assertEquals(0, page.directory(project.toFile()).start().waitFor(), "the page of the non-ASCII name");

    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Run plain = runIn(project, "C", java, "-jar", home.resolve("handbook.jar").toString(), "check");
    assertEquals(1, plain.exit(), plain.err());
    assertTrue(plain.err().contains("error[source.name]: the name of `docs/"), plain.err());
    assertTrue(plain.err().contains("hint: run with a UTF-8 locale, for example `LC_ALL=C.UTF-8`"), plain.err());
    assertFalse(plain.err().contains("\tat ") || plain.err().contains("Exception"), plain.err());
  }

  static Run runIn(Path dir, String locale, String... cmd) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    pb.environment().put("XDG_CACHE_HOME", tmp.resolve("cache").toString());
    pb.environment().put("LC_ALL", locale);
    pb.environment().remove("LANG");
    Path err = Files.createTempFile(tmp, "err", ".txt");
    pb.redirectError(err.toFile());
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(180, TimeUnit.SECONDS), String.join(" ", cmd));
    return new Run(p.exitValue(), out, Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void importJbakeRunsTheImporterOfTheBundle() throws Exception {
    Path fixture = Path.of("../jbake/src/test/resources/jbake-project").toAbsolutePath().normalize();
    Run imported = run(tmp, home.resolve("bin/handbook").toString(), "import", "jbake", fixture.toString(), "from-jbake");
    assertEquals(0, imported.exit(), imported.err());
    assertTrue(imported.out().startsWith("imported 4 pages and 2 files from "), imported.out());
    assertTrue(imported.err().contains("warning[import.type]: custom type `note`"), imported.err());
    assertTrue(Files.readString(tmp.resolve("from-jbake/content/docs/blog/2024/hello.md")).startsWith("---\ntitle: Hello, world\n"));
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** Unix modes from the zip's central directory (java.util.zip does not read them). */
  static Map<String, Integer> unixModes(Path zip) throws IOException {
    ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(zip)).order(ByteOrder.LITTLE_ENDIAN);
    int eocd = b.limit() - 22;
    while (eocd >= 0 && b.getInt(eocd) != 0x06054b50) {
      eocd--;
    }
    assertTrue(eocd >= 0, "end of central directory");
    int count = Short.toUnsignedInt(b.getShort(eocd + 10));
    int at = b.getInt(eocd + 16);
    Map<String, Integer> modes = new HashMap<>();
    List<String> seen = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      assertEquals(0x02014b50, b.getInt(at), "central directory entry");
      int nameLength = Short.toUnsignedInt(b.getShort(at + 28));
      int extraLength = Short.toUnsignedInt(b.getShort(at + 30));
      int commentLength = Short.toUnsignedInt(b.getShort(at + 32));
      int external = b.getInt(at + 38);
      byte[] name = new byte[nameLength];
      b.get(at + 46, name);
      String n = new String(name, StandardCharsets.UTF_8);
      seen.add(n);
      modes.put(n, external >>> 16);
      at += 46 + nameLength + extraLength + commentLength;
    }
    return modes;
  }
}
