import handbook.build.Build;
import handbook.build.BuildOptions;
import handbook.build.BuildResult;
import handbook.build.Progress;
import handbook.build.WarmState;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The rebuild `serve` does after one edit, timed inside one JVM (no server, no file watcher):
 * what the pipeline itself costs when the site is warm. With the generator jar on the class path:
 *
 *   java -cp 'generator/target/handbook.jar:generator/target/lib/*' bench/WarmRebuild.java CONTENT OUT EDITS
 */
public class WarmRebuild {
  /** CPU time of the whole process (all threads, the JIT and GC included), in nanoseconds. */
  static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  public static void main(String[] args) throws Exception {
    Path content = Path.of(args[0]);
    Path out = Path.of(args[1]);
    int edits = Integer.parseInt(args[2]);
    Path templates = Path.of("templates");
    Build build = new Build(Build::standardKinds, Progress.NONE);
    WarmState warm = new WarmState();
    BuildOptions opts = new BuildOptions(content, out, templates, true, null);
    long t = System.nanoTime();
    BuildResult first = build.run(opts, warm);
    System.out.printf("first build: %.2f s, %d pages, ok %s%n", (System.nanoTime() - t) / 1e9, first.pages(), first.ok());
    List<Path> pages;
    try (Stream<Path> s = Files.walk(content.resolve("docs"))) {
      pages = s.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().equals("index.md")).sorted().toList();
    }
    List<Double> ms = new ArrayList<>();
    for (int i = 1; i <= edits; i++) {
      Path page = pages.get((i * 7919) % pages.size());
      Files.writeString(page, Files.readString(page, StandardCharsets.UTF_8) + "\n\nEndring " + i + "\n", StandardCharsets.UTF_8);
      long t0 = System.nanoTime();
      long c0 = cpu();
      warm.changed(Set.of(page.toAbsolutePath()));
      BuildResult r = build.run(opts, warm);
      double d = (System.nanoTime() - t0) / 1e6;
      double c = (cpu() - c0) / 1e6;
      ms.add(d);
      System.out.printf("edit %d: %.0f ms wall, %.0f ms CPU, %d rendered, ok %s%n", i, d, c, r.rendered(), r.ok());
    }
    List<Double> sorted = new ArrayList<>(ms);
    Collections.sort(sorted);
    System.out.printf("median: %.0f ms%n", sorted.get(sorted.size() / 2));
  }
}
