package handbook.jbake.bench;

import java.io.File;
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
    JBakeConfiguration config =
        new JBakeConfigurationFactory().createDefaultJbakeConfiguration(new File(args[0]), new File(args[1]), true);
    Oven oven = new Oven(config);
    oven.bake();
    double seconds = (System.nanoTime() - start) / 1e9;
    if (!oven.getErrors().isEmpty()) {
      for (Throwable t : oven.getErrors()) {
        System.err.println("error: " + t);
      }
      System.err.println("failed: " + oven.getErrors().size() + " errors");
      System.exit(1);
    }
    long html;
    try (Stream<Path> s = Files.walk(Path.of(args[1]))) {
      html = s.filter(p -> p.toString().endsWith(".html")).count();
    }
    System.out.printf(java.util.Locale.ROOT, "baked %d HTML pages in %.2f s%n", html, seconds);
  }
}
