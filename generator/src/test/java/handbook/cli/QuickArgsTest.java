package handbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class QuickArgsTest {
  /** What a build or check was asked to do, from either reader. */
  private record Asked(String command, Path content, Path out, Path templates, boolean quiet, boolean verbose, String siteVersion, boolean strict, Path cache) {
    static Asked of(Object command) {
      if (command instanceof Main.BuildCommand b) {
        Main.Common c = b.common;
        return new Asked("build", c.content, c.out, c.templates, c.quiet, c.verbose, c.siteVersion, b.strictRunbooks, b.cache);
      }
      Main.CheckCommand k = (Main.CheckCommand) command;
      Main.Common c = k.common;
      return new Asked("check", c.content, c.out, c.templates, c.quiet, c.verbose, c.siteVersion, k.strictRunbooks, null);
    }
  }

  /** picocli's reading of the arguments, or null when it refuses them or they ask for something else. */
  private static Asked picocli(String[] args) {
    try {
      CommandLine.ParseResult r = new CommandLine(new Main()).parseArgs(args);
      if (!r.hasSubcommand() || r.subcommand().isUsageHelpRequested() || r.subcommand().isVersionHelpRequested()) {
        return null;
      }
      Object user = r.subcommand().commandSpec().userObject();
      return user instanceof Main.BuildCommand || user instanceof Main.CheckCommand ? Asked.of(user) : null;
    } catch (CommandLine.ParameterException e) {
      return null;
    }
  }

  private static final String[] PIECES = {
    "--content", "--out", "--templates", "--site-version", "--cache", "--strict-runbooks", "-q", "--quiet", "-v", "--verbose",
    "--content=c", "--out=o/x", "--templates=t", "--site-version=2.0", "--cache=.cache", "--quiet=true", "-qv", "--help", "-h",
    "--version", "-V", "content", "site", "my site", "a=b", "-", "--", "-1", "@args", "", "--no-such", "--CONTENT", "--cont",
    "æøå/mappe", "build", "check"
  };

  @Test
  void readsWhatPicocliReadsOrLeavesItToPicocli() {
    Random r = new Random(3);
    int quick = 0;
    for (int i = 0; i < 20_000; i++) {
      List<String> args = new ArrayList<>();
      args.add(r.nextInt(10) == 0 ? "serve" : r.nextBoolean() ? "build" : "check");
      for (int n = r.nextInt(7); n > 0; n--) {
        args.add(PIECES[r.nextInt(PIECES.length)]);
      }
      String[] a = args.toArray(String[]::new);
      QuickArgs.Command c = QuickArgs.parse(a);
      if (c == null) {
        continue;
      }
      quick++;
      Asked expected = picocli(a);
      if (expected == null) {
        fail("read without picocli, which refuses it or reads it as a request for help: " + Arrays.toString(a));
      }
      assertEquals(expected, Asked.of(c), Arrays.toString(a));
    }
    assertTrue(quick > 2_000, "arguments read without picocli: " + quick);
  }

  @Test
  void plainArgumentsAreReadAndTheRestLeftToPicocli() {
    Asked a = Asked.of(QuickArgs.parse(new String[] {"build", "--content", "docs", "--out=public", "-q", "--cache", ".c", "--site-version", "v2"}));
    assertEquals(new Asked("build", Path.of("docs"), Path.of("public"), null, true, false, "v2", false, Path.of(".c")), a);
    assertInstanceOf(Main.CheckCommand.class, QuickArgs.parse(new String[] {"check", "--strict-runbooks"}));
    assertEquals(new Asked("check", Path.of("content"), Path.of("site"), null, false, false, null, false, null), Asked.of(QuickArgs.parse(new String[] {"check"})));
    for (String[] other :
        new String[][] {
          {}, {"serve"}, {"--version"}, {"build", "--help"}, {"check", "--cache", "x"}, {"build", "--out"}, {"build", "-q", "-q"},
          {"build", "--content", "a", "--content=b"}, {"build", "-qv"}, {"build", "@args"}, {"build", "--content", "@args"}, {"build", "x"},
          {"build", "--out", "--quiet"}, {"build", "--content="}, {"build", "--content", "a\0b"}
        }) {
      assertNull(QuickArgs.parse(other), Arrays.toString(other));
    }
  }
}
