package handbook.cli;

import handbook.build.Build;
import handbook.build.BuildOptions;
import handbook.build.BuildResult;
import handbook.output.OutputGuard;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The {@code handbook} command. Exit codes: 0 ok, 1 content errors, 2 usage errors, 70 an
 * internal error (a bug in Handbook; its trace goes to a file, never to the terminal).
 */
@Command(
    name = "handbook",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Builds an engineering handbook from content/ into a static site.",
    subcommands = {Main.BuildCommand.class, Main.CheckCommand.class, ServeCommand.class, NewCommand.class, ImportCommand.class})
public final class Main implements Callable<Integer> {
  static final int OK = 0;
  static final int CONTENT_ERROR = 1;
  static final int USAGE = 2;
  static final int INTERNAL = 70;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs the command line with the given writers and returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    QuickArgs.Command quick = QuickArgs.parse(args);
    if (quick != null) {
      try {
        return quick.run(out, err);
      } catch (Exception ex) {
        return internalError(ex, err);
      }
    }
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(
        (ex, cmd, parsed) -> internalError(ex, err));
    return cl.execute(args);
  }

  /**
   * An exception no command expected: one line naming it, and its trace in a report file for
   * the bug report (a raw trace would bury what the user needs to read).
   */
  static int internalError(Throwable ex, PrintWriter err) {
    err.print(handbook.diag.BugReport.of(ex, new Version().getVersion()[0]));
    err.println("  = note: a build that fails leaves the previous site as it was");
    err.flush();
    return INTERNAL;
  }

  /** The reason of an I/O error in words, without the exception's class name. */
  static String reason(Exception e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return USAGE;
  }

  /** Options every command shares. */
  static final class Common {
    @Option(names = "--content", paramLabel = "DIR", description = "Content folder (default: ${DEFAULT-VALUE}).")
    Path content = Path.of("content");

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("site");

    @Option(names = "--templates", paramLabel = "DIR", description = "Templates that override the built-in theme file by file (default: templates beside the content folder, when it exists).")
    Path templates;

    /** The project's templates folder: given, or {@code templates} beside the content folder (it may not exist). */
    Path templates() {
      if (templates != null) {
        return templates;
      }
      Path parent = content.toAbsolutePath().normalize().getParent();
      return parent == null ? Path.of("templates") : parent.resolve("templates");
    }

    @Option(names = {"-q", "--quiet"}, description = "Print errors only.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Print each phase with its time.")
    boolean verbose;

    @Option(names = "--site-version", paramLabel = "LABEL", description = "Label of the working tree's version (overrides versions.current in site.yaml).")
    String siteVersion;

    /** A usage problem with the folders, or null. */
    String usageProblem(boolean writing) {
      if (!Files.isDirectory(content)) {
        return "content folder `" + content + "` does not exist";
      }
      if (templates != null && !Files.isDirectory(templates)) {
        return "templates folder `" + templates + "` does not exist";
      }
      if (writing) {
        String refusal = OutputGuard.refusal(out, content, templates());
        if (refusal != null) {
          return "refusing to write the site to " + refusal;
        }
      }
      return null;
    }

    BuildOptions options(boolean write) {
      return options(write, false, null);
    }

    BuildOptions options(boolean write, boolean strictRunbooks, Path cache) {
      return new BuildOptions(content, out, templates(), write, buildTime(), siteVersion, cache, strictRunbooks ? java.util.Set.of("runbooks") : java.util.Set.of(), System.getenv());
    }
  }

  /** The build date from SOURCE_DATE_EPOCH, or null when it is not set. */
  static Instant buildTime() {
    String epoch = System.getenv("SOURCE_DATE_EPOCH");
    if (epoch == null || epoch.isBlank()) {
      return null;
    }
    try {
      return Instant.ofEpochSecond(Long.parseLong(epoch.strip()));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static int usage(PrintWriter err, String message) {
    err.println("error[usage]: " + message);
    err.flush();
    return USAGE;
  }

  @Command(name = "build", mixinStandardHelpOptions = true, description = "Build the site into the output folder.")
  static final class BuildCommand implements Callable<Integer>, QuickArgs.Command {
    @Mixin Common common = new Common();
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--strict-runbooks", description = "Report runbooks that are overdue for review as errors, not warnings.")
    boolean strictRunbooks;

    @Option(names = "--cache", paramLabel = "DIR", description = "Keep parse results and rendered pages here between builds and reuse what did not change (e.g. .handbook-cache).")
    Path cache;

    @Override
    public Integer call() {
      return run(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    @Override
    public int run(PrintWriter out, PrintWriter err) {
      String problem = common.usageProblem(true);
      if (problem != null) {
        return usage(err, problem);
      }
      Console console = new Console(out, err, common.quiet, common.verbose);
      BuildResult r = new Build(Build::standardKinds, console.progress()).run(common.options(true, strictRunbooks, cache));
      console.report(r, "built", common.out.toString());
      return r.ok() ? OK : CONTENT_ERROR;
    }
  }

  @Command(name = "check", mixinStandardHelpOptions = true, description = "Check the content and templates without writing anything.")
  static final class CheckCommand implements Callable<Integer>, QuickArgs.Command {
    @Mixin Common common = new Common();
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--strict-runbooks", description = "Report runbooks that are overdue for review as errors, not warnings.")
    boolean strictRunbooks;

    @Override
    public Integer call() {
      return run(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    @Override
    public int run(PrintWriter out, PrintWriter err) {
      String problem = common.usageProblem(false);
      if (problem != null) {
        return usage(err, problem);
      }
      Console console = new Console(out, err, common.quiet, common.verbose);
      BuildResult r = new Build(Build::standardKinds, console.progress()).run(common.options(false, strictRunbooks, null));
      console.report(r, "checked", null);
      return r.ok() ? OK : CONTENT_ERROR;
    }
  }

  /** The version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"handbook " + (v == null ? "0.1.0" : v)};
    }
  }
}
