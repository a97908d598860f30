package handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.cli.Main;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * README.md stays true to the code: its "Errors" section lists every diagnostic code the
 * generator's sources report, and no code they do not; it names every command and long option.
 */
class ReadmeTest {
  static final Path README = Path.of("../README.md");
  static final Path SOURCES = Path.of("src/main/java");

  static final String CODE = "[a-z]+(?:\\.[a-z0-9][a-z0-9-]*)+";

  /**
   * Where a code literal stands in the sources: the first argument of {@code error(...)},
   * {@code warning(...)} or {@code broken(...)}; the second of {@code new Diagnostic(...)} or
   * {@code new Refused(...)}; a {@code String code = "..."}; an {@code error[...]} printed by hand.
   */
  static final List<Pattern> CODE_SITES =
      List.of(
          Pattern.compile("\\b(?:error|warning|broken)\\(\\s*\"(" + CODE + ")\""),
          Pattern.compile("new (?:Diagnostic|Refused)\\(\\s*[^,;]*?,\\s*\"(" + CODE + ")\""),
          Pattern.compile("String (?:code|CODE) = \"(" + CODE + ")\""),
          Pattern.compile("\"error\\[([a-z][a-z.-]*)\\]"));

  /** Typed YAML fields report {@code prefix + ".ending"}: the endings in the field reader... */
  static final Pattern FIELD_ENDING = Pattern.compile("codePrefix \\+ \"(\\.[a-z][a-z-]*)\"");

  /** ...and the prefixes its callers give. */
  static final Pattern FIELD_PREFIX =
      Pattern.compile("new (?:YamlFields|FrontMatterReader\\(\\)\\.read)\\([^;]*?,\\s*\"([a-z]+(?:\\.[a-z]+)*)\"\\)");

  record Scan(Set<String> codes, Set<String> endings, Set<String> prefixes) {}

  static Scan scanSources() throws IOException {
    Set<String> codes = new TreeSet<>();
    Set<String> endings = new TreeSet<>();
    Set<String> prefixes = new TreeSet<>();
    List<Path> files;
    try (Stream<Path> s = Files.walk(SOURCES)) {
      files = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    for (Path f : files) {
      String text = Files.readString(f, StandardCharsets.UTF_8);
      for (Pattern p : CODE_SITES) {
        collect(p, text, codes);
      }
      collect(FIELD_ENDING, text, endings);
      collect(FIELD_PREFIX, text, prefixes);
    }
    return new Scan(codes, endings, prefixes);
  }

  private static void collect(Pattern p, String text, Set<String> into) {
    Matcher m = p.matcher(text);
    while (m.find()) {
      into.add(m.group(1));
    }
  }

  /** The text of the README section that starts with {@code ## title}, up to the next {@code ## }. */
  static String section(String readme, String title) {
    int start = readme.indexOf("\n## " + title + "\n");
    assertTrue(start >= 0, "README has no section `## " + title + "`");
    int end = readme.indexOf("\n## ", start + 1);
    return end < 0 ? readme.substring(start) : readme.substring(start, end);
  }

  static Set<String> backticked(String text) {
    Set<String> out = new TreeSet<>();
    Matcher m = Pattern.compile("`([^`\n]+)`").matcher(text);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  @Test
  void sourceScanFindsTheKindsOfCodesItLooksFor() throws IOException {
    // guards the scan itself: each way a code is written in the sources is found
    Scan scan = scanSources();
    for (String code : List.of("link.unresolved", "runbook.incomplete", "frontmatter.yaml", "source.outside", "directive.video", "usage", "serve.port")) {
      assertTrue(scan.codes().contains(code), "the scan misses `" + code + "`: " + scan.codes());
    }
    assertTrue(scan.endings().containsAll(Set.of(".unknown-key", ".missing-key", ".type", ".value")), scan.endings().toString());
    assertTrue(scan.prefixes().containsAll(Set.of("config", "frontmatter", "runbook", "course")), scan.prefixes().toString());
  }

  @Test
  void errorsSectionListsEveryDiagnosticCodeOfTheSourcesAndNoOther() throws IOException {
    Scan scan = scanSources();
    Set<String> listed = backticked(section(Files.readString(README, StandardCharsets.UTF_8), "Errors"));

    List<String> missing = new ArrayList<>();
    scan.codes().stream().filter(c -> !listed.contains(c)).forEach(missing::add);
    scan.endings().stream().filter(e -> !listed.contains(e)).forEach(missing::add);
    scan.prefixes().stream().filter(p -> !listed.contains(p)).forEach(missing::add);
    assertEquals(List.of(), missing, "codes, field endings or field prefixes the sources use that README's Errors section does not list");

    Set<String> groups = new TreeSet<>();
    scan.codes().forEach(c -> groups.add(c.split("\\.")[0]));
    scan.prefixes().forEach(p -> groups.add(p.split("\\.")[0]));
    List<String> unknown = new ArrayList<>();
    for (String token : listed) {
      if (!token.matches(CODE) || !groups.contains(token.split("\\.")[0]) || scan.codes().contains(token)) {
        continue;
      }
      boolean composed =
          scan.prefixes().stream().anyMatch(p -> token.startsWith(p + ".") && scan.endings().contains(token.substring(p.length())));
      if (!composed) {
        unknown.add(token);
      }
    }
    assertEquals(List.of(), unknown, "codes README's Errors section lists that no source reports");
  }

  @Test
  void readmeNamesEveryCommandAndEveryLongOption() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    List<String> missing = new ArrayList<>();
    List<CommandLine> commands = new ArrayList<>();
    commands.add(new CommandLine(new Main()));
    for (int i = 0; i < commands.size(); i++) {
      CommandLine.Model.CommandSpec spec = commands.get(i).getCommandSpec();
      commands.addAll(commands.get(i).getSubcommands().values());
      if (i > 0 && !readme.contains("`" + spec.qualifiedName())) {
        missing.add(spec.qualifiedName());
      }
      for (CommandLine.Model.OptionSpec o : spec.options()) {
        for (String name : o.names()) {
          if (name.startsWith("--") && !Pattern.compile("(?<![\\w-])" + Pattern.quote(name) + "(?![\\w-])").matcher(readme).find()) {
            missing.add(spec.qualifiedName() + " " + name);
          }
        }
      }
    }
    assertTrue(commands.size() > 5, "the command tree has the import subcommands: " + commands.size());
    assertEquals(List.of(), missing, "commands and options README.md does not mention");
  }
}
