package handbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * ./handbook on Java 24 and later makes the ahead-of-time cache of JEP 483 once per jar and runs
 * with it, and the site is the one Java 17 makes. Run after the jar is packaged (failsafe), with a
 * real Java of 24 or later in HANDBOOK_TEST_JAVA (test.sh finds one where the machine has it);
 * skipped without one.
 */
@DisabledOnOs(OS.WINDOWS)
class NewerJavaIT {
  @TempDir Path tmp;

  private Path root;

  @Test
  void theAheadOfTimeCacheIsMadeOnceAndUsedAndTheSiteIsJava17s() throws Exception {
    String newer = System.getenv("HANDBOOK_TEST_JAVA");
    assumeTrue(newer != null && !newer.isBlank(), "no Java 24 or later given in HANDBOOK_TEST_JAVA");
    Process version = new ProcessBuilder(newer, "-version").redirectErrorStream(true).start();
    String said = new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("version \"(\\d+)").matcher(said);
    assertTrue(m.find() && Integer.parseInt(m.group(1)) >= 24, newer + ": " + said);
    int major = Integer.parseInt(m.group(1));

    // the real generator in a copy of the repository's layout (newer than its sources there: not built again)
    root = LauncherTest.copiedLayout(tmp);
    Path target = root.resolve("generator/target");
    Path built = LauncherTest.REPO.resolve("generator/target");
    Files.copy(built.resolve("handbook.jar"), target.resolve("handbook.jar"), StandardCopyOption.REPLACE_EXISTING);
    Files.createDirectories(target.resolve("lib"));
    try (var libs = Files.list(built.resolve("lib"))) {
      for (Path lib : libs.toList()) {
        Files.copy(lib, target.resolve("lib").resolve(lib.getFileName()));
      }
    }
    Path content = tmp.resolve("content");
    Files.createDirectories(content.resolve("docs"));
    Files.writeString(content.resolve("docs/index.md"), "---\ntitle: Hjem\n---\n## Del\n\nSe [veiledningen](guide.md#steg).\n\n| a | b |\n|---|---|\n| c | d |\n");
    Files.writeString(content.resolve("docs/guide.md"), "---\ntitle: Veiledning\n---\n## Steg\n\n1. én\n2. to\n\n```sh\nls\n```\n");

    Path cache = target.resolve("handbook-" + major + ".aot");
    String first = build(newer, true, tmp.resolve("site-" + major));
    assertTrue(Files.isRegularFile(cache), first);
    assertTrue(first.contains("Opened AOT cache " + cache), first);
    FileTime made = Files.getLastModifiedTime(cache);
    String second = build(newer, true, tmp.resolve("site-" + major + "-again"));
    assertTrue(second.contains("Opened AOT cache " + cache), second);
    assertEquals(made, Files.getLastModifiedTime(cache), "made once for the jar");

    build(Path.of(System.getProperty("java.home"), "bin", "java").toString(), false, tmp.resolve("site-17"));
    handbook.testing.SiteFixture.assertSameFiles(
        handbook.testing.SiteFixture.snapshot(tmp.resolve("site-17")), handbook.testing.SiteFixture.snapshot(tmp.resolve("site-" + major)), "the site Java " + Runtime.version().feature() + " makes");
  }

  /** Runs the copied ./handbook with a real Java on the content folder; what it printed. */
  private String build(String java, boolean logCache, Path out) throws Exception {
    ProcessBuilder pb =
        new ProcessBuilder("bash", root.resolve("handbook").toString(), "build", "--quiet", "--content", tmp.resolve("content").toString(), "--out", out.toString())
            .redirectErrorStream(true);
    pb.environment().put("JAVA", java);
    pb.environment().put("HANDBOOK_JAVA_OPTS", logCache ? "-Xlog:aot=info" : "");
    Process p = pb.start();
    String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), printed);
    assertEquals(0, p.exitValue(), printed);
    return printed;
  }
}
