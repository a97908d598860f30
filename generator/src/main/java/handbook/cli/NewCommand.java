package handbook.cli;

import handbook.theme.Starter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    description = "Write a small starter project (content/ with docs, a runbook, an API, a course and a checklist) into DIR.")
final class NewCommand implements Callable<Integer> {
  @Parameters(paramLabel = "DIR", description = "A new or empty folder.")
  Path dir;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      return Main.usage(err, "`" + dir + "` is a file");
    }
    if (Files.isDirectory(dir) && !empty(dir)) {
      return Main.usage(err, "`" + dir + "` is not empty; `new` writes only into a new or empty folder");
    }
    Instant time = Main.buildTime();
    Map<String, byte[]> files = Starter.files(LocalDate.ofInstant(time == null ? Instant.now() : time, ZoneOffset.UTC));
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      Path target = dir.resolve(f.getKey());
      try {
        Files.createDirectories(target.getParent());
        Files.write(target, f.getValue());
      } catch (IOException e) {
        return Main.usage(err, "cannot write `" + target + "`: " + Main.reason(e));
      }
    }
    out.println("wrote a starter project to " + dir + " (" + files.size() + " files)");
    out.println("next:");
    out.println("  cd " + dir);
    out.println("  handbook serve                 # preview on http://127.0.0.1:8000/");
    out.println("  git init && git add . && git commit -m \"Handbook\" && git tag v1.0");
    out.println("  handbook build                 # site/ with v1.0, latest and next");
    out.flush();
    return Main.OK;
  }

  private static boolean empty(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.findAny().isEmpty();
    }
  }
}
