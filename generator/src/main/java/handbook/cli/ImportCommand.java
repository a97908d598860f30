package handbook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code handbook import}: content from other tools. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = "Import content from another tool.",
    subcommands = {ImportCommand.JBake.class, ImportCommand.QuizBankCommand.class})
final class ImportCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return Main.USAGE;
  }

  /**
   * {@code handbook import jbake SRC DEST}. The importer is the separate jar {@code handbook-jbake.jar}
   * (jbake-core, OrientDB and JBake's libraries in its {@code lib/}); it runs in a class loader of
   * its own whose parent is the platform loader, so none of it meets the generator's libraries.
   */
  @Command(
      name = "jbake",
      mixinStandardHelpOptions = true,
      description = "Import a JBake project (jbake.properties, content/, assets/) as Handbook content in DEST/content.")
  static final class JBake implements Callable<Integer> {
    /** Where the importer jar is, when it is not beside the generator. */
    static final String JAR_PROPERTY = "handbook.jbake.jar";

    static final String ENTRY = "handbook.jbake.ImportMain";

    @Parameters(index = "0", paramLabel = "SRC", description = "The JBake project (the folder with jbake.properties).")
    Path src;

    @Parameters(index = "1", paramLabel = "DEST", description = "A new or empty folder; content/ is written inside it.")
    Path dest;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      List<Path> tried = new ArrayList<>();
      Path jar = importer(tried);
      if (jar == null) {
        return Main.usage(
            err,
            "the JBake importer (handbook-jbake.jar) is not installed; looked at "
                + String.join(", ", tried.stream().map(Path::toString).toList())
                + "\nhint: use the release bundle, or build it with `mvn -B -DskipTests package` (or set -D" + JAR_PROPERTY + "=PATH)");
      }
      Thread thread = Thread.currentThread();
      ClassLoader before = thread.getContextClassLoader();
      try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
        thread.setContextClassLoader(loader);
        Method run = Class.forName(ENTRY, true, loader).getMethod("run", String[].class, PrintWriter.class, PrintWriter.class);
        return (Integer) run.invoke(null, new String[] {src.toString(), dest.toString()}, out, err);
      } catch (InvocationTargetException e) {
        throw e.getCause() instanceof Exception ex ? ex : e;
      } finally {
        thread.setContextClassLoader(before);
      }
    }

    /** The importer jar: from the system property, beside the generator jar (release bundle), or in the build tree. */
    static Path importer(List<Path> tried) {
      String given = System.getProperty(JAR_PROPERTY);
      if (given != null && !given.isBlank()) {
        Path p = Path.of(given);
        tried.add(p);
        return Files.isRegularFile(p) ? p : null;
      }
      Path home = generatorHome();
      if (home == null) {
        return null;
      }
      for (Path p : List.of(home.resolve("jbake/handbook-jbake.jar"), home.resolve("../../jbake/target/handbook-jbake.jar").normalize())) {
        tried.add(p);
        if (Files.isRegularFile(p)) {
          return p;
        }
      }
      return null;
    }

    /** The folder of the generator's jar (or classes folder). */
    private static Path generatorHome() {
      CodeSource source = Main.class.getProtectionDomain().getCodeSource();
      if (source == null || source.getLocation() == null) {
        return null;
      }
      try {
        return Path.of(source.getLocation().toURI()).toAbsolutePath().getParent();
      } catch (URISyntaxException | IllegalArgumentException e) {
        return null;
      }
    }
  }

  /**
   * {@code handbook import quiz FILE.json --format answer-options}: a quiz bank of another tool as
   * {@code content/quizzes/NAME.yaml}, whose quizzes a lesson embeds by id.
   */
  @Command(
      name = "quiz",
      mixinStandardHelpOptions = true,
      description = "Import a quiz bank (JSON) as content/quizzes/NAME.yaml; a lesson embeds a quiz of it with a ```quiz block that names its id.")
  static final class QuizBankCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "The quiz bank, JSON.")
    Path file;

    @CommandLine.Option(names = "--format", required = true, paramLabel = "FORMAT", description = "The shape of the file: ${COMPLETION-CANDIDATES}.", converter = FormatConverter.class, completionCandidates = Formats.class)
    handbook.course.QuizImport.Format format;

    @CommandLine.Option(names = "--content", paramLabel = "DIR", description = "The content folder (default: ${DEFAULT-VALUE}).", defaultValue = "content")
    Path content;

    @CommandLine.Option(names = "--name", paramLabel = "NAME", description = "The bank's file name, without .yaml (default: the file's name).")
    String name;

    @CommandLine.Option(names = "--prefix", paramLabel = "TEXT", description = "Put before every quiz id, so two banks' ids differ (default: none).", defaultValue = "")
    String prefix;

    @CommandLine.Option(names = "--force", description = "Replace the bank if it exists.")
    boolean force;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    static final class Formats extends ArrayList<String> {
      Formats() {
        for (handbook.course.QuizImport.Format f : handbook.course.QuizImport.Format.values()) {
          add(f.toString());
        }
      }
    }

    static final class FormatConverter implements CommandLine.ITypeConverter<handbook.course.QuizImport.Format> {
      @Override
      public handbook.course.QuizImport.Format convert(String value) {
        for (handbook.course.QuizImport.Format f : handbook.course.QuizImport.Format.values()) {
          if (f.toString().equals(value)) {
            return f;
          }
        }
        throw new CommandLine.TypeConversionException("unknown format `" + value + "`; known: " + String.join(", ", new Formats()));
      }
    }

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      if (!Files.isRegularFile(file)) {
        return Main.usage(err, "no file `" + file + "`");
      }
      String base = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
      String bank = name == null ? base : name;
      if (!bank.matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
        return Main.usage(err, "`" + bank + "` cannot name a bank file; give --name with letters, digits, `-`, `_` or `.`");
      }
      Path target = content.resolve("quizzes").resolve(bank + ".yaml");
      if (Files.exists(target) && !force) {
        return Main.usage(err, "`" + target + "` exists; give --force to replace it, or --name for another bank");
      }
      String text;
      try {
        text = handbook.source.Decoding.utf8(Files.readAllBytes(file));
      } catch (handbook.source.Decoding.NotUtf8 e) {
        return Main.usage(err, "`" + file + "` is not UTF-8 (" + e.getMessage() + ")");
      }
      String shown = file.toString();
      handbook.course.QuizImport.Result r = handbook.course.QuizImport.convert(text, shown, format, prefix, file.getFileName().toString());
      handbook.diag.DiagnosticPrinter printer = new handbook.diag.DiagnosticPrinter(p -> p.equals(shown) ? text : null);
      r.diagnostics().sorted().forEach(d -> err.print(printer.format(d)));
      err.flush();
      if (r.yaml() == null || r.diagnostics().hasErrors()) {
        err.println("failed: nothing written");
        err.flush();
        return Main.CONTENT_ERROR;
      }
      Files.createDirectories(target.getParent());
      Files.writeString(target, r.yaml(), java.nio.charset.StandardCharsets.UTF_8);
      out.println("wrote " + target + ": " + r.quizzes() + " " + (r.quizzes() == 1 ? "quiz" : "quizzes") + ", " + r.questions() + " questions");
      out.flush();
      return Main.OK;
    }
  }
}
