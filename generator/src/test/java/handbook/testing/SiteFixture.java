package handbook.testing;

import handbook.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A small site written from one text block with {@code -- path --} sections (txtar style), so a
 * test shows its input and its expectation together. Files land in {@code root/content/...}.
 */
public final class SiteFixture {
  /** The project's templates, as the tests run from the generator module. */
  public static final Path TEMPLATES = Path.of("../templates").toAbsolutePath().normalize();

  private final Path root;

  private SiteFixture(Path root) {
    this.root = root;
  }

  public static SiteFixture of(Path tempDir, String txtar) throws IOException {
    SiteFixture f = new SiteFixture(tempDir);
    f.write(txtar);
    Files.createDirectories(f.content());
    return f;
  }

  /** Writes (or overwrites) the files of a txtar text under the root. */
  public void write(String txtar) throws IOException {
    for (Map.Entry<String, String> e : parse(txtar).entrySet()) {
      Path p = root.resolve(e.getKey());
      Files.createDirectories(p.getParent());
      Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
    }
  }

  static Map<String, String> parse(String txtar) {
    Map<String, String> files = new TreeMap<>();
    String name = null;
    StringBuilder body = new StringBuilder();
    for (String line : txtar.split("\n", -1)) {
      if (line.startsWith("-- ") && line.endsWith(" --")) {
        if (name != null) {
          files.put(name, body.toString());
        }
        name = line.substring(3, line.length() - 3).strip();
        body.setLength(0);
      } else if (name != null) {
        body.append(line).append('\n');
      }
    }
    if (name != null) {
      files.put(name, body.toString().replaceFirst("\n$", ""));
    }
    return files;
  }

  public Path root() {
    return root;
  }

  public Path content() {
    return root.resolve("content");
  }

  public Path site() {
    return root.resolve("site");
  }

  /** The outcome of running the CLI in-process. */
  public record Run(int exit, String out, String err) {}

  /** Runs {@code handbook <command> --content .. --out .. --templates ..} plus extra args. */
  public Run run(String command, String... extra) {
    List<String> args = new ArrayList<>(List.of(command, "--content", content().toString(), "--templates", TEMPLATES.toString()));
    if (!command.equals("check")) {
      args.addAll(List.of("--out", site().toString()));
    }
    args.addAll(List.of(extra));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  /** The time tests build at where pages' dates matter (as {@code SOURCE_DATE_EPOCH} sets it). */
  public static final java.time.Instant BUILD_TIME = java.time.Instant.parse("2026-11-20T12:00:00Z");

  /** Builds the content into {@code out} in this process at {@link #BUILD_TIME}, with these environment variables. */
  public handbook.build.BuildResult buildAt(Path out, Map<String, String> env) {
    return new handbook.build.Build(handbook.build.Build::standardKinds, handbook.build.Progress.NONE)
        .run(new handbook.build.BuildOptions(content(), out, TEMPLATES, true, BUILD_TIME).withEnvironment(env));
  }

  /** Runs {@code handbook <command> --content .. --out ..} without {@code --templates}, plus extra args. */
  public Run runWithoutTemplates(String command, String... extra) {
    List<String> args = new ArrayList<>(List.of(command, "--content", content().toString()));
    if (!command.equals("check")) {
      args.addAll(List.of("--out", site().toString()));
    }
    args.addAll(List.of(extra));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  /**
   * A copy of the project's own handbook ({@code ../content}) at {@code dir/content}, outside the
   * git repository: its {@code site.yaml} turns versions on, so in the repository a release tag
   * would make it a multi-version site; tests that look at one version build the copy.
   */
  public static Path handbookContent(Path dir) throws IOException {
    Path from = Path.of("../content").toAbsolutePath().normalize();
    Path to = dir.resolve("content");
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
    return to;
  }

  /** Builds the project's own handbook (a copy of {@code ../content}) into {@code out}, failing the test on any error. */
  public static void buildHandbook(Path out) {
    buildHandbook(out, "");
  }

  /** As {@link #buildHandbook(Path)}, with lines added to its {@code site.yaml} ({@code gzip: true}). */
  public static void buildHandbook(Path out, String moreSettings) {
    Path content;
    try {
      content = handbookContent(out.toAbsolutePath().resolveSibling(out.getFileName() + "-handbook"));
      if (!moreSettings.isEmpty()) {
        Files.writeString(content.resolve("site.yaml"), "\n" + moreSettings + "\n", java.nio.file.StandardOpenOption.APPEND);
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new String[] {"build", "--content", content.toString(), "--templates", TEMPLATES.toString(), "--out", out.toString(), "--quiet"},
            new PrintWriter(new StringWriter()),
            new PrintWriter(err));
    org.junit.jupiter.api.Assertions.assertEquals(0, code, err.toString());
  }

  /**
   * The site path of a theme asset as published under its hashed name: {@code handbook.css} is
   * {@code assets/handbook.<hash>.css}; fails when there is not exactly one.
   */
  public String asset(String name) throws IOException {
    return asset(site(), name);
  }

  public static String asset(Path site, String name) throws IOException {
    int dot = name.lastIndexOf('.');
    String stem = name.substring(0, dot);
    String glob = "regex:" + java.util.regex.Pattern.quote(stem) + "\\.[0-9a-f]{10}" + java.util.regex.Pattern.quote(name.substring(dot));
    java.nio.file.PathMatcher m = site.getFileSystem().getPathMatcher(glob);
    Path assets = site.resolve("assets");
    try (Stream<Path> walk = Files.walk(assets)) {
      List<String> found = walk.filter(p -> m.matches(p.getFileName())).map(p -> site.relativize(p).toString().replace('\\', '/')).toList();
      if (found.size() != 1) {
        throw new AssertionError("expected one published " + name + ", found " + found);
      }
      return found.get(0);
    }
  }

  public String read(String sitePath) throws IOException {
    return Files.readString(site().resolve(sitePath), StandardCharsets.UTF_8);
  }

  /** Every file of a folder by relative path, with its bytes, for comparing two outputs. */
  public static Map<String, byte[]> snapshot(Path dir) throws IOException {
    Map<String, byte[]> m = new TreeMap<>();
    if (!Files.exists(dir)) {
      return m;
    }
    dir = dir.toRealPath(); // the site is a link to its build folder
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
        m.put(dir.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return m;
  }

  /** A built site's files ({@link #snapshot}) without the marker of the folder it is written to, for comparing two builds' sites. */
  public static Map<String, byte[]> siteFiles(Path dir) throws IOException {
    Map<String, byte[]> m = snapshot(dir);
    m.remove(handbook.output.OutputGuard.MARKER);
    return m;
  }

  /**
   * Fails unless two snapshots hold the same files with the same bytes; a file that differs is
   * shown as text, so the failure reads as a diff.
   */
  public static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual, String which) {
    org.junit.jupiter.api.Assertions.assertEquals(expected.keySet(), actual.keySet(), which + ": the same files");
    for (String path : expected.keySet()) {
      if (!java.util.Arrays.equals(expected.get(path), actual.get(path))) {
        org.junit.jupiter.api.Assertions.assertEquals(
            new String(expected.get(path), StandardCharsets.UTF_8), new String(actual.get(path), StandardCharsets.UTF_8), which + ": " + path);
        org.junit.jupiter.api.Assertions.fail(which + ": " + path + " differs in bytes that read as the same text");
      }
    }
  }

  /** Removes the timing from a summary line so it can be compared whole. */
  public static String untimed(String s) {
    return s.replaceAll("in \\d+\\.\\d\\d s", "in N s");
  }
}
