package handbook.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * The arguments of {@code build} and {@code check} read without picocli, whose start-up (loading
 * and checking its classes, which the class-data archive cannot hold, and reading the commands'
 * annotations) took about 80 ms of every build. Only plain arguments are read here: known options
 * of the command, each at most once, a value after every option that takes one, none that looks
 * like an option or an argument file. Anything else (help, the version, another command, a
 * mistake) is left to picocli, which defines the command line and words its errors;
 * {@code QuickArgsTest} holds the two to the same result.
 */
final class QuickArgs {
  private QuickArgs() {}

  /** A command ready to run. */
  interface Command {
    int run(PrintWriter out, PrintWriter err);
  }

  /** The command these arguments name, its options set; null when picocli should read them. */
  static Command parse(String[] args) {
    if (args.length == 0) {
      return null;
    }
    boolean build = args[0].equals("build");
    if (!build && !args[0].equals("check")) {
      return null;
    }
    Main.Common common = new Main.Common();
    boolean strictRunbooks = false;
    Path cache = null;
    Set<String> seen = new HashSet<>();
    for (int i = 1; i < args.length; i++) {
      String arg = args[i];
      String name = arg;
      String value = null;
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 2) {
        name = arg.substring(0, eq);
        value = arg.substring(eq + 1);
      }
      String option =
          switch (name) {
            case "-q", "--quiet" -> "--quiet";
            case "-v", "--verbose" -> "--verbose";
            case "--content", "--out", "--templates", "--site-version", "--strict-runbooks" -> name;
            case "--cache" -> build ? name : null;
            default -> null;
          };
      if (option == null || !seen.add(option)) {
        return null;
      }
      if (option.equals("--quiet") || option.equals("--verbose") || option.equals("--strict-runbooks")) {
        if (value != null) {
          return null;
        }
        switch (option) {
          case "--quiet" -> common.quiet = true;
          case "--verbose" -> common.verbose = true;
          default -> strictRunbooks = true;
        }
        continue;
      }
      if (value == null) {
        if (i + 1 == args.length) {
          return null;
        }
        value = args[++i];
      }
      if (value.isEmpty() || value.startsWith("-") || value.startsWith("@")) {
        return null;
      }
      if (option.equals("--site-version")) {
        common.siteVersion = value;
        continue;
      }
      Path path = path(value);
      if (path == null) {
        return null;
      }
      switch (option) {
        case "--content" -> common.content = path;
        case "--out" -> common.out = path;
        case "--templates" -> common.templates = path;
        default -> cache = path;
      }
    }
    if (build) {
      Main.BuildCommand c = new Main.BuildCommand();
      c.common = common;
      c.strictRunbooks = strictRunbooks;
      c.cache = cache;
      return c;
    }
    Main.CheckCommand c = new Main.CheckCommand();
    c.common = common;
    c.strictRunbooks = strictRunbooks;
    return c;
  }

  /** The path a value names; null when it names none. */
  private static Path path(String value) {
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      return null;
    }
  }
}
