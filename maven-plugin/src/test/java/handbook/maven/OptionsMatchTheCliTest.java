package handbook.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import handbook.cli.Main;
import java.io.File;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every option of the command line's build, check and serve has a goal parameter, and the
 * arguments a goal passes on are ones the command line accepts.
 */
class OptionsMatchTheCliTest {
  /** Options a command accepts (they are shared) but ignores: check writes nothing. */
  static final java.util.Map<String, Set<String>> IGNORED = java.util.Map.of("check", Set.of("--out", "--cache"));

  static Set<String> cliOptions(String command) {
    CommandLine sub = new CommandLine(new Main()).getSubcommands().get(command);
    Set<String> names = new TreeSet<>();
    for (OptionSpec o : sub.getCommandSpec().options()) {
      if (!o.usageHelp() && !o.versionHelp() && !IGNORED.getOrDefault(command, Set.of()).contains(o.longestName())) {
        names.add(o.longestName());
      }
    }
    return names;
  }

  /** Sets every parameter to a value other than its default. */
  static void setAll(HandbookMojo m) {
    m.content = new File("docs/content");
    m.templates = new File("docs/templates");
    m.quiet = true;
    m.verbose = true;
    m.siteVersion = "v2.0";
    if (m instanceof BuildMojo b) {
      b.out = new File("target/site");
      b.cache = new File("target/cache");
      b.strictRunbooks = true;
    }
    if (m instanceof CheckMojo c) {
      c.strictRunbooks = true;
    }
    if (m instanceof ServeMojo s) {
      s.out = new File("target/site");
      s.port = 9000;
    }
  }

  static Set<String> passedOn(HandbookMojo m) {
    List<String> args = m.arguments();
    CommandLine.ParseResult r = new CommandLine(new Main()).parseArgs(args.toArray(String[]::new));
    CommandLine.ParseResult sub = r.subcommand();
    assertEquals(m.command(), sub.commandSpec().name());
    Set<String> names = new TreeSet<>();
    sub.matchedOptions().forEach(o -> names.add(o.longestName()));
    return names;
  }

  @Test
  void everyOptionOfEachCommandIsAGoalParameter() {
    for (HandbookMojo m : List.of(new BuildMojo(), new CheckMojo(), new ServeMojo())) {
      setAll(m);
      assertEquals(cliOptions(m.command()), passedOn(m), m.command());
    }
  }

  @Test
  void defaultsPassOnlyTheFolders() {
    BuildMojo b = new BuildMojo();
    b.content = new File("content");
    b.out = new File("target/handbook");
    assertEquals(List.of("build", "--content", "content", "--out", "target" + File.separator + "handbook"), b.arguments());
  }
}
