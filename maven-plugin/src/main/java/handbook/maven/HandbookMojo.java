package handbook.maven;

import handbook.cli.Main;
import java.io.File;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every goal shares: the options of the command line, and running it through
 * {@link Main#run(String[], PrintWriter, PrintWriter)} with its output in Maven's log.
 */
abstract class HandbookMojo extends AbstractMojo {
  /** The content folder ({@code --content}). */
  @Parameter(property = "handbook.content", defaultValue = "${project.basedir}/content", required = true)
  File content;

  /** Templates that override the built-in theme ({@code --templates}); default: {@code templates} beside the content folder, when it exists. */
  @Parameter(property = "handbook.templates")
  File templates;

  /** Print errors only ({@code --quiet}). */
  @Parameter(property = "handbook.quiet", defaultValue = "false")
  boolean quiet;

  /** Print each phase with its time ({@code --verbose}). */
  @Parameter(property = "handbook.verbose", defaultValue = "false")
  boolean verbose;

  /** The label of the working tree's version ({@code --site-version}). */
  @Parameter(property = "handbook.siteVersion")
  String siteVersion;

  /** Skip the goal. */
  @Parameter(property = "handbook.skip", defaultValue = "false")
  boolean skip;

  /** The command line's subcommand. */
  abstract String command();

  /** The options of this goal beyond the shared ones. */
  abstract void addOptions(List<String> args);

  /** The full command line this goal runs, without the program name. */
  List<String> arguments() {
    List<String> args = new ArrayList<>(List.of(command(), "--content", content.getPath()));
    if (templates != null) {
      args.addAll(List.of("--templates", templates.getPath()));
    }
    if (quiet) {
      args.add("--quiet");
    }
    if (verbose) {
      args.add("--verbose");
    }
    if (siteVersion != null && !siteVersion.isBlank()) {
      args.addAll(List.of("--site-version", siteVersion));
    }
    addOptions(args);
    return args;
  }

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("handbook " + command() + " skipped");
      return;
    }
    List<String> args = arguments();
    getLog().debug("handbook " + String.join(" ", args));
    int code;
    try (LogWriter out = new LogWriter(getLog(), false);
        LogWriter err = new LogWriter(getLog(), true);
        PrintWriter o = new PrintWriter(out, true);
        PrintWriter e = new PrintWriter(err, true)) {
      code = Main.run(args.toArray(String[]::new), o, e);
      o.flush();
      e.flush();
    }
    switch (code) {
      case 0 -> {}
      case 1 -> throw new MojoFailureException("handbook " + command() + " found errors in " + content + " (listed above)");
      case 2 -> throw new MojoExecutionException("handbook " + command() + ": wrong options (listed above)");
      default -> throw new MojoExecutionException("handbook " + command() + " failed with exit code " + code + " (see above)");
    }
  }
}
