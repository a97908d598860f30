package handbook.jbake.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jbake.app.Oven;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

/**
 * Bakes a JBake project with jbake-core's own {@link Oven}, as {@code jbake -b} does.
 *
 * <pre>java -jar handbook-jbake.jar is the importer; this is
 * java -cp handbook-jbake.jar handbook.jbake.bench.Bake PROJECT OUT</pre>
 */
public final class Bake {
  private Bake() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: Bake PROJECT OUT");
      System.exit(2);
    }
    long start = System.nanoTime();
    java.util.List<Throwable> errors = bake(Path.of(args[0]), Path.of(args[1]));
    double seconds = (System.nanoTime() - start) / 1e9;
    if (!errors.isEmpty()) {
      for (Throwable t : errors) {
        System.err.println("error: " + t);
      }
      System.err.println("failed: " + errors.size() + " errors");
      System.exit(1);
    }
    long html;
    try (Stream<Path> s = Files.walk(Path.of(args[1]))) {
      html = s.filter(p -> p.toString().endsWith(".html")).count();
    }
    System.out.printf(java.util.Locale.ROOT, "baked %d HTML pages in %.2f s%n", html, seconds);
  }

  /** Bakes {@code project} into {@code out}; returns JBake's errors. */
  static java.util.List<Throwable> bake(Path project, Path out) throws Exception {
    JBakeConfiguration config = new JBakeConfigurationFactory().createDefaultJbakeConfiguration(project.toFile(), out.toFile(), true);
    Oven oven = new Oven(config);
    oven.bake();
    return oven.getErrors();
  }
}
