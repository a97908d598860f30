package handbook.cli;

import handbook.build.Build;
import handbook.build.BuildResult;
import handbook.serve.DevServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Build, serve the site on 127.0.0.1, rebuild on changes and reload the page.")
final class ServeCommand implements Callable<Integer> {
  @Mixin Main.Common common;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--port", paramLabel = "N", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port = 8000;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String problem = common.usageProblem(true);
    if (problem != null) {
      return Main.usage(err, problem);
    }
    if (port < 0 || port > 65535) {
      return Main.usage(err, "port " + port + " is not a port number");
    }
    Console console = new Console(out, err, common.quiet, common.verbose);
    Build build = new Build(Build::standardKinds, console.progress());
    handbook.build.WarmState warm = new handbook.build.WarmState();
    // a tag or commit made while serving: released versions and last_updated's days change
    java.nio.file.Path git = null;
    try (handbook.versions.GitVersions repo = handbook.versions.GitVersions.find(common.content)) {
      git = repo == null ? null : repo.gitDir();
    } catch (java.io.IOException | RuntimeException e) {
      // not watched: the next edit's build reads the repository as it is then
    }
    DevServer server;
    try {
      server =
          new DevServer(
              common.out,
              port,
              changed -> {
                warm.changed(changed);
                BuildResult r = build.run(options(), warm);
                console.report(r, "built", common.out.toString());
                return r;
              },
              java.util.List.of(common.content, common.templates()),
              git);
    } catch (java.net.BindException e) {
      err.println("error[serve.port]: port " + port + " on 127.0.0.1 is in use");
      err.println("  = hint: stop what uses it, or pick another with `--port N` (0 picks a free one)");
      err.flush();
      return Main.USAGE;
    }
    server.start();
    out.println("serving " + common.out + " on http://127.0.0.1:" + server.port() + "/ (Ctrl+C stops)");
    out.flush();
    // rebuilds of nothing changed before the first edit: the JIT compiles what an edit runs; one
    // stops between its phases when an edit comes
    server.watchForever(stop -> build.run(options(), warm, stop));
    return Main.OK;
  }

  /** A build's options: a Hugo project's config as {@code hugo server} reads it (its development environment). */
  private handbook.build.BuildOptions options() {
    handbook.build.BuildOptions o = common.options(true);
    return o.withEnvironment(handbook.config.HugoConfig.previewed(o.environment()));
  }
}
