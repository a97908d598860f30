package handbook.hostile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.cli.Main;
import handbook.testing.SiteFixture;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input suite: one fixture per hostile or broken input, in
 * {@code src/test/resources/bad-input/*.txtar}. Each is built over a good site built before it,
 * and must give its exit code and its diagnostics (code and position), never a stack trace; a
 * failed build must leave the previous site byte for byte as it was.
 *
 * <p>A fixture's lines before its first {@code -- path --} section say what to expect and how to
 * set it up: {@code exit: N}, {@code expect: PREFIX} (a printed diagnostic line starting so, or holding
 * it when it starts with {@code *}; one per diagnostic), {@code lacks: TEXT} (nowhere in the output), {@code link: PATH -> TARGET},
 * {@code fifo: PATH}, {@code mode: PATH 600}, {@code args: ...} (after {@code build}; {@code {root}} is the fixture's folder),
 * {@code site-has: FILE TEXT}, {@code site-lacks: FILE TEXT}, {@code site-mode: FILE 600}. In
 * file bodies {@code {{N*TEXT}}} repeats TEXT ({@code \n}, {@code \t}, {@code \xHH} for a raw
 * byte) and {@code {{words N}}} writes N different words in paragraphs; in section names and
 * header values {@code \\uXXXX} is a character.
 */
class BadInputTest {
  static final Path FIXTURES = Path.of("src/test/resources/bad-input");
  static final String GOOD = "-- content/docs/index.md --\n# Før\n\nDen gamle siden.\n";

  @TempDir Path tmp;

  @TestFactory
  Stream<DynamicTest> everyFixture() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(FIXTURES)) {
      files = s.filter(p -> p.toString().endsWith(".txtar")).sorted().toList();
    }
    assertTrue(files.size() >= 30, "fixtures: " + files.size());
    return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> run(f)));
  }

  record Fixture(Map<String, List<String>> header, Map<String, byte[]> files) {
    List<String> all(String key) {
      return header.getOrDefault(key, List.of());
    }

    String one(String key, String fallback) {
      List<String> v = all(key);
      return v.isEmpty() ? fallback : v.get(0);
    }
  }

  private void run(Path file) throws Exception {
    Fixture fx = parse(Files.readString(file, StandardCharsets.UTF_8));
    Path root = tmp.resolve(file.getFileName().toString().replace(".txtar", ""));
    SiteFixture site = SiteFixture.of(root, GOOD);
    assertEquals(0, site.run("build", "--quiet").exit(), "the good site builds");
    Map<String, byte[]> before = SiteFixture.snapshot(site.site());

    deleteTree(site.content());
    for (Map.Entry<String, byte[]> e : fx.files().entrySet()) {
      Path p = root.resolve(e.getKey());
      Files.createDirectories(p.getParent());
      Files.write(p, e.getValue());
    }
    Files.createDirectories(site.content());
    for (String l : fx.all("link")) {
      String[] parts = l.split("\\s*->\\s*", 2);
      Path at = root.resolve(parts[0]);
      Files.createDirectories(at.getParent());
      Files.createSymbolicLink(at, Path.of(parts[1]));
    }
    for (String f : fx.all("fifo")) {
      assertEquals(0, new ProcessBuilder("mkfifo", root.resolve(f).toString()).start().waitFor());
    }
    for (String m : fx.all("mode")) {
      String[] parts = m.split("\\s+");
      Files.setPosixFilePermissions(root.resolve(parts[0]), PosixFilePermissions.fromString(rwx(parts[1])));
    }

    List<String> args = new ArrayList<>(List.of("build", "--content", site.content().toString()));
    String templates = fx.one("templates", null);
    args.addAll(List.of("--templates", templates == null ? SiteFixture.TEMPLATES.toString() : root.resolve(templates).toString()));
    String extra = fx.one("args", "").replace("{root}", root.toString());
    if (!extra.isBlank()) {
      args.addAll(List.of(extra.strip().split("\\s+")));
    }
    if (!args.contains("--out")) {
      args.addAll(List.of("--out", site.site().toString()));
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    String printed = out + "\n" + err;

    assertEquals(Integer.parseInt(fx.one("exit", "1")), exit, printed);
    for (String e : fx.all("expect")) {
      // "*" first: the line holds the rest (for paths outside the working folder)
      boolean ok = e.startsWith("*") ? printed.contains(e.substring(1)) : printed.lines().anyMatch(l -> l.startsWith(e));
      assertTrue(ok, "expected a line starting `" + e + "`:\n" + printed);
    }
    for (String e : fx.all("lacks")) {
      assertFalse(printed.contains(e), "`" + e + "` printed:\n" + printed);
    }
    assertFalse(printed.contains("\tat ") || printed.contains("Exception") || printed.contains("internal error"), "no stack trace:\n" + printed);
    if (exit != 0) {
      Map<String, byte[]> after = SiteFixture.snapshot(site.site());
      assertEquals(before.keySet(), after.keySet(), "the previous site is untouched");
      for (String k : before.keySet()) {
        assertArrayEquals(before.get(k), after.get(k), k);
      }
    }
    for (String h : fx.all("site-has")) {
      String[] parts = h.split("\\s+", 2);
      String text = Files.readString(site.site().resolve(parts[0]), StandardCharsets.UTF_8);
      assertTrue(text.contains(parts[1]), parts[0] + " has `" + parts[1] + "`");
    }
    for (String h : fx.all("site-lacks")) {
      String[] parts = h.split("\\s+", 2);
      Path p = site.site().resolve(parts[0]);
      assertTrue(!Files.exists(p) || !Files.readString(p, StandardCharsets.UTF_8).contains(parts[1]), parts[0] + " lacks `" + parts[1] + "`");
    }
    for (String m : fx.all("site-mode")) {
      String[] parts = m.split("\\s+");
      assertEquals(rwx(parts[1]), PosixFilePermissions.toString(Files.getPosixFilePermissions(site.site().resolve(parts[0]))), parts[0]);
    }
  }

  private static String rwx(String octal) {
    int mode = Integer.parseInt(octal, 8);
    StringBuilder b = new StringBuilder();
    for (int shift = 6; shift >= 0; shift -= 3) {
      int bits = mode >> shift & 7;
      b.append((bits & 4) != 0 ? 'r' : '-').append((bits & 2) != 0 ? 'w' : '-').append((bits & 1) != 0 ? 'x' : '-');
    }
    return b.toString();
  }

  static Fixture parse(String txtar) {
    Map<String, List<String>> header = new LinkedHashMap<>();
    Map<String, byte[]> files = new LinkedHashMap<>();
    String name = null;
    StringBuilder body = new StringBuilder();
    for (String line : txtar.split("\n", -1)) {
      if (line.startsWith("-- ") && line.endsWith(" --")) {
        if (name != null) {
          files.put(name, expand(body.toString()));
        }
        name = unescapeName(line.substring(3, line.length() - 3).strip());
        body.setLength(0);
      } else if (name != null) {
        body.append(line).append('\n');
      } else if (!line.isBlank() && !line.startsWith("#")) {
        int colon = line.indexOf(':');
        header.computeIfAbsent(line.substring(0, colon).strip(), k -> new ArrayList<>()).add(unescapeName(line.substring(colon + 1).strip()));
      }
    }
    if (name != null) {
      files.put(name, expand(body.toString().replaceFirst("\n$", "")));
    }
    return new Fixture(header, files);
  }

  private static String unescapeName(String s) {
    Matcher m = Pattern.compile("\\\\u([0-9a-fA-F]{4})").matcher(s);
    return m.replaceAll(r -> String.valueOf((char) Integer.parseInt(r.group(1), 16)));
  }

  private static final Pattern MACRO = Pattern.compile("\\{\\{(?:(\\d+)\\*(.*?)|words (\\d+))\\}\\}");

  /** A body's bytes with its macros expanded. */
  static byte[] expand(String body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Matcher m = MACRO.matcher(body);
    int last = 0;
    while (m.find()) {
      out.writeBytes(body.substring(last, m.start()).getBytes(StandardCharsets.UTF_8));
      if (m.group(1) != null) {
        byte[] unit = bytes(m.group(2));
        for (int i = 0; i < Integer.parseInt(m.group(1)); i++) {
          out.writeBytes(unit);
        }
      } else {
        int n = Integer.parseInt(m.group(3));
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < n; i++) {
          w.append("ord").append(i).append(i % 1000 == 999 ? "\n\n" : " ");
        }
        out.writeBytes(w.toString().getBytes(StandardCharsets.UTF_8));
      }
      last = m.end();
    }
    out.writeBytes(body.substring(last).getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static byte[] bytes(String unit) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < unit.length(); i++) {
      char c = unit.charAt(i);
      if (c == '\\' && i + 1 < unit.length()) {
        char n = unit.charAt(++i);
        switch (n) {
          case 'n' -> out.write('\n');
          case 't' -> out.write('\t');
          case 'x' -> {
            out.write(Integer.parseInt(unit.substring(i + 1, i + 3), 16));
            i += 2;
          }
          default -> out.writeBytes(("\\" + n).getBytes(StandardCharsets.UTF_8));
        }
      } else {
        out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
      }
    }
    return out.toByteArray();
  }

  private static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> s = Files.walk(p)) {
      for (Path x : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(x);
      }
    }
  }
}
