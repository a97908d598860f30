package handbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * ./handbook builds the generator again only when its sources differ from what the jar was built
 * from: a checkout or a CI cache that only touches files costs no Maven run. Run in a copy of the
 * repository's layout with a Maven and a Java that note their calls.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherTest {
  static final Path REPO = Path.of("..").toAbsolutePath().normalize();
  static final FileTime LONG_AGO = FileTime.from(Instant.parse("2026-01-01T00:00:00Z"));

  @TempDir Path tmp;

  private Path root;
  private Path calls;

  private void write(String path, String text) throws IOException {
    Path p = root.resolve(path);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  /**
   * A copy of the repository's layout in {@code tmp/repo}: the launcher and its options, stand-ins
   * for the sources dated long ago, and stand-in jars newer than them (so nothing is built).
   */
  static Path copiedLayout(Path tmp) throws IOException {
    Path root = tmp.resolve("repo");
    Files.createDirectories(root.resolve("dist/src/bin"));
    Files.copy(REPO.resolve("handbook"), root.resolve("handbook"));
    Files.copy(REPO.resolve("dist/src/bin/jvm-options.sh"), root.resolve("dist/src/bin/jvm-options.sh"));
    for (String s : List.of("pom.xml", "generator/pom.xml", "generator/src/main/java/A.java", "templates/base.ftl", "jbake/pom.xml", "jbake/src/main/java/B.java")) {
      Files.createDirectories(root.resolve(s).getParent());
      Files.writeString(root.resolve(s), s + "\n");
    }
    try (var files = Files.walk(root)) {
      for (Path p : files.toList()) {
        Files.setLastModifiedTime(p, LONG_AGO);
      }
    }
    for (String jar : List.of("generator/target/handbook.jar", "jbake/target/handbook-jbake.jar")) {
      Files.createDirectories(root.resolve(jar).getParent());
      Files.writeString(root.resolve(jar), "jar");
    }
    return root;
  }

  private void layout() throws IOException {
    root = copiedLayout(tmp);
    calls = tmp.resolve("calls.log");
    Path bin = tmp.resolve("bin");
    Files.createDirectories(bin);
    script(bin.resolve("mvn"), "echo mvn >> '" + calls + "'\ntouch '" + root.resolve("generator/target/handbook.jar") + "' '" + root.resolve("jbake/target/handbook-jbake.jar") + "'\n");
    fakeJava(bin.resolve("java"));
  }

  /**
   * A java that notes its runs in the calls: "version asked" for -version (it answers 17.0.9),
   * "archive" for an archive it makes (a class-data archive, or the ahead-of-time cache of a newer
   * Java), the options of a build or serve.
   */
  private void fakeJava(Path p) throws IOException {
    Files.createDirectories(p.getParent());
    script(p, "if [ \"$1\" = -version ]; then echo 'version asked' >> '" + calls + "'; echo 'openjdk version \"17.0.9\"' >&2; exit 0; fi\ncase \"$*\" in *ArchiveClassesAtExit*|*AOTMode=create*) echo archive >> '" + calls + "'; for a in \"$@\"; do case \"$a\" in -XX:ArchiveClassesAtExit=*|-XX:AOTCache=*) echo made > \"${a#*=}\" ;; esac; done ;; *--version*) echo \"java run\" >> '" + calls + "' ;; *' build '* | *' serve '*) echo \"$*\" >> '" + calls + "' ;; esac\nexit 0\n");
  }

  private static void script(Path p, String body) throws IOException {
    Files.writeString(p, "#!/usr/bin/env bash\n" + body);
    p.toFile().setExecutable(true);
  }

  /** Runs ./handbook with the fake Maven and Java; the lines the fakes noted. */
  private List<String> handbook(String... args) throws Exception {
    return handbookWith(null, args);
  }

  /** Runs ./handbook with the fake Maven and the Java {@code java} (null: the one on the PATH). */
  private List<String> handbookWith(Path java, String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of("bash", root.resolve("handbook").toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().put("PATH", tmp.resolve("bin") + ":" + System.getenv("PATH"));
    pb.environment().remove("JAVA");
    if (java != null) {
      pb.environment().put("JAVA", java.toString());
    }
    pb.environment().remove("HANDBOOK_JAVA_OPTS");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), out);
    assertEquals(0, p.exitValue(), () -> String.join(" ", args) + ": " + out);
    return Files.exists(calls) ? Files.readAllLines(calls) : List.of();
  }

  /** Runs ./handbook --version; how many times Maven ran. */
  private long run() throws Exception {
    List<String> lines = handbook("--version");
    assertEquals("java run", lines.get(lines.size() - 1), "the command ran");
    return lines.stream().filter(l -> l.equals("mvn")).count();
  }

  /** Runs ./handbook build on a content folder of {@code files} files; the Java options it used. */
  private String buildOptions(int files) throws Exception {
    Path content = tmp.resolve("content-" + files);
    Files.createDirectories(content.resolve("docs"));
    for (int i = 0; i < files; i++) {
      Files.writeString(content.resolve("docs/p" + i + ".md"), "x\n");
    }
    List<String> lines = handbook("build", "--content", content.toString());
    String last = lines.get(lines.size() - 1);
    assertTrue(last.endsWith("-jar " + root.resolve("generator/target/handbook.jar") + " build --content " + content), last);
    return last;
  }

  @Test
  void javaOptionsFollowTheSizeOfTheContent() throws Exception {
    layout();
    long memKb = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal:")).map(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).findFirst().orElse(0L);
    String small = buildOptions(3);
    assertTrue(small.contains("-XX:TieredStopAtLevel=1") && !small.contains("Tier3InvocationThreshold") && !small.contains("-Xms"), small);
    // one compiler thread where there are two cores or fewer
    Process nproc = new ProcessBuilder("nproc").redirectErrorStream(true).start();
    int cores = Integer.parseInt(new String(nproc.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip());
    assertEquals(cores <= 2, small.contains("-XX:CICompilerCount=1"), small);
    String hundreds = buildOptions(300);
    assertTrue(hundreds.contains("-XX:Tier3InvocationThreshold=50") && !hundreds.contains("-Xms"), hundreds);
    // less C1 inlining for builds of up to 5,000 files
    assertTrue(small.contains("-XX:C1MaxInlineLevel=3 -XX:C1MaxInlineSize=20") && hundreds.contains("-XX:C1MaxInlineLevel=3"), hundreds);
    // counting stops early: the cut-off pipe must not end the launcher
    String thousands = buildOptions(6000);
    assertTrue(thousands.contains("-XX:Tier3InvocationThreshold=50") && !thousands.contains("C1MaxInlineLevel"), thousands);
    assertEquals(memKb >= 2_000_000, thousands.contains("-XX:MaxNewSize=192m -Xms1g -XX:NewSize=128m"), thousands);
    assertEquals(memKb >= 2_000_000, hundreds.contains("-XX:MaxNewSize=192m"), hundreds);
    assertTrue(!thousands.contains("MaxTenuringThreshold") && !hundreds.contains("MaxTenuringThreshold"), thousands);
    // a build that reads a large parse cache: the heap of a large build, and what it decodes
    // moved to the old generation at once
    Path cache = tmp.resolve("cache");
    Files.createDirectories(cache);
    try (java.io.RandomAccessFile pack = new java.io.RandomAccessFile(cache.resolve("memo.pack").toFile(), "rw")) {
      pack.setLength(21L << 20);
    }
    List<String> cachedRun = handbook("build", "--content", tmp.resolve("content-3").toString(), "--cache", cache.toString());
    String cached = cachedRun.get(cachedRun.size() - 1);
    assertTrue(cached.endsWith(" build --content " + tmp.resolve("content-3") + " --cache " + cache), cached);
    assertEquals(memKb >= 2_000_000, cached.contains("-XX:MaxNewSize=192m -Xms1g -XX:NewSize=128m -XX:MaxTenuringThreshold=0"), cached);
    // serve: the larger young generation that answers an edit sooner; the quick compiler alone
    // for a content folder of up to 5,000 files, both for a larger one on more than two cores
    List<String> lines = handbook("serve", "--content", tmp.resolve("content-300").toString());
    String serve = lines.get(lines.size() - 1);
    assertTrue(serve.endsWith(" serve --content " + tmp.resolve("content-300")) && serve.contains("-XX:TieredStopAtLevel=1") && !serve.contains("-XX:MaxNewSize=192m") && !serve.contains("C1MaxInlineLevel"), serve);
    assertEquals(cores <= 2, serve.contains("-XX:CICompilerCount=1"), serve);
    assertEquals(memKb >= 2_000_000, serve.contains("-XX:MaxNewSize=512m"), serve);
    List<String> largeLines = handbook("serve", "--content", tmp.resolve("content-6000").toString());
    String large = largeLines.get(largeLines.size() - 1);
    assertTrue(large.endsWith(" serve --content " + tmp.resolve("content-6000")), large);
    assertEquals(cores <= 2, large.contains("-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:Tier3InvocationThreshold=50"), large);
    assertEquals(cores > 2, !large.contains("TieredStopAtLevel") && !large.contains("CICompilerCount"), large);
    // (both ways, whatever this machine has: the launcher counts cores with nproc)
    for (int n : new int[] {2, 8}) {
      script(tmp.resolve("bin/nproc"), "echo " + n + "\n");
      List<String> counted = handbook("serve", "--content", tmp.resolve("content-6000").toString());
      String options = counted.get(counted.size() - 1);
      assertEquals(n == 2, options.contains("-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1"), options);
      assertEquals(n == 8, !options.contains("TieredStopAtLevel") && !options.contains("CICompilerCount"), options);
    }
    assertEquals(memKb >= 2_000_000, large.contains("-XX:MaxNewSize=512m"), large);
    // huge pages where the kernel gives them on request, for every command
    Path thp = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
    boolean onRequest = Files.isReadable(thp) && Files.readString(thp).contains("[madvise]");
    for (String options : List.of(small, thousands, serve, large)) {
      assertEquals(onRequest, options.contains("-XX:+UseTransparentHugePages"), options);
    }
  }

  private long archives() throws IOException {
    return Files.readAllLines(calls).stream().filter(l -> l.equals("archive")).count();
  }

  @Test
  void theClassDataArchiveIsMadeAgainWhenTheJarOrALibraryChanged() throws Exception {
    layout();
    write("generator/target/lib/lib.jar", "lib");
    Path archive = root.resolve("generator/target/handbook.jsa");
    FileTime now = FileTime.from(Instant.now());
    Files.setLastModifiedTime(root.resolve("generator/target/handbook.jar"), FileTime.from(now.toInstant().minusSeconds(20)));
    Files.setLastModifiedTime(root.resolve("generator/target/lib/lib.jar"), FileTime.from(now.toInstant().minusSeconds(20)));
    run();
    assertEquals(1, archives(), "no archive yet");
    // made under a name of its own, then moved into place
    assertEquals("made\n", Files.readString(archive));
    try (var left = Files.list(root.resolve("generator/target"))) {
      assertEquals(List.of(), left.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("handbook.jsa.")).toList());
    }
    write("generator/target/handbook.jsa", "archive");
    Files.setLastModifiedTime(archive, FileTime.from(now.toInstant().minusSeconds(10)));
    run();
    assertEquals(1, archives(), "an archive newer than the jar and its libraries is used");
    // a library rewritten by a Maven run that left the jar alone: the archive would be refused
    Files.setLastModifiedTime(root.resolve("generator/target/lib/lib.jar"), now);
    run();
    assertEquals(2, archives(), "a library newer than the archive");
  }

  private long versionsAsked() throws IOException {
    return Files.readAllLines(calls).stream().filter(l -> l.equals("version asked")).count();
  }

  @Test
  void theJavaVersionIsReadFromTheInstallationsReleaseFileElseAskedOnce() throws Exception {
    layout();
    // a Java installation with its release file: read, never asked; 24 and later get the
    // ahead-of-time cache, named by the version
    Path jdk25 = tmp.resolve("jdk-25/bin/java");
    fakeJava(jdk25);
    Files.writeString(tmp.resolve("jdk-25/release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"25.0.1\"\nJAVA_VERSION_DATE=\"2026-01-20\"\n");
    List<String> lines = handbookWith(jdk25, "build", "--content", tmp.toString());
    String options = lines.get(lines.size() - 1);
    assertTrue(options.contains("-XX:AOTCache=" + root.resolve("generator/target/handbook-25.aot")), options);
    Path jdk17 = tmp.resolve("jdk-17/bin/java");
    fakeJava(jdk17);
    Files.writeString(tmp.resolve("jdk-17/release"), "JAVA_VERSION=\"17.0.15\"\n");
    lines = handbookWith(jdk17, "build", "--content", tmp.toString());
    options = lines.get(lines.size() - 1);
    assertTrue(options.contains("-XX:SharedArchiveFile=" + root.resolve("generator/target/handbook.jsa")) && !options.contains("AOTCache"), options);
    assertEquals(0, versionsAsked(), "read from the release files");
    // a java without one (the PATH's, here): asked once, then noted
    handbook("build", "--content", tmp.toString());
    handbook("build", "--content", tmp.toString());
    assertEquals(1, versionsAsked(), "asked once");
    // a java binary newer than the note (replaced): asked again
    Files.setLastModifiedTime(tmp.resolve("bin/java"), FileTime.from(Instant.now().plusSeconds(10)));
    handbook("build", "--content", tmp.toString());
    assertEquals(2, versionsAsked(), "asked again");
  }

  @Test
  void theGeneratorIsBuiltAgainOnlyWhenItsSourcesDiffer() throws Exception {
    layout();
    assertEquals(0, run(), "a jar newer than its sources is used");
    assertTrue(Files.exists(root.resolve("generator/target/sources.checked")), "and the sources are summed");

    Files.setLastModifiedTime(root.resolve("generator/src/main/java/A.java"), FileTime.from(Instant.now().plusSeconds(5)));
    Files.setLastModifiedTime(root.resolve("templates/base.ftl"), FileTime.from(Instant.now().plusSeconds(5)));
    assertEquals(0, run(), "files touched but not changed (a checkout, a restored cache)");

    write("generator/src/main/java/A.java", "changed\n");
    Files.setLastModifiedTime(root.resolve("generator/src/main/java/A.java"), FileTime.from(Instant.now().plusSeconds(10)));
    assertEquals(1, run(), "a changed source");
    assertEquals(1, run(), "then the new jar is used");

    Files.delete(root.resolve("jbake/src/main/java/B.java"));
    Files.setLastModifiedTime(root.resolve("jbake/src/main/java"), FileTime.from(Instant.now().plusSeconds(15)));
    assertEquals(2, run(), "a source removed");

    write("templates/new.css", "x\n");
    Files.setLastModifiedTime(root.resolve("templates/new.css"), FileTime.from(Instant.now().plusSeconds(20)));
    assertEquals(3, run(), "a template added");

    write("generator/src/main/java/A.java", "changed again\n");
    Files.setLastModifiedTime(root.resolve("generator/src/main/java/A.java"), FileTime.from(Instant.now().plusSeconds(25)));
    Files.setLastModifiedTime(root.resolve("generator/target/handbook.jar"), FileTime.from(Instant.now().plusSeconds(30)));
    Files.setLastModifiedTime(root.resolve("jbake/target/handbook-jbake.jar"), FileTime.from(Instant.now().plusSeconds(30)));
    assertEquals(3, run(), "a jar built by hand after the change");
    Files.setLastModifiedTime(root.resolve("generator/src/main/java/A.java"), FileTime.from(Instant.now().plusSeconds(35)));
    assertEquals(3, run(), "and its sources are summed for the next touch");

    Files.delete(root.resolve("generator/target/handbook.jar"));
    assertEquals(4, run(), "no jar");

    try (var files = Files.walk(root.resolve("templates"))) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
    assertEquals(5, run(), "a source folder gone");
    assertEquals(5, run(), "and then summed without it");
  }
}
