import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * Measures `handbook serve`: the time from saving an edit of one page to the server giving the
 * new page, and the heap after garbage collection after some edits (to see that a long-lived
 * server does not grow). Java 17 source launcher, no dependencies:
 *
 *   java bench/ServeLatency.java HANDBOOK CONTENT OUT PORT EDITS [HEAP_AT ...]
 *
 * It edits docs pages in turn (appending a paragraph with a unique marker), polls the page every
 * 2 ms until the marker is there, and prints each latency, then the median. With HEAP_AT values
 * (edit numbers) it prints the live heap after a full GC at those edits (needs jcmd). The first
 * edit comes 2 s after the server answers ({@code SETTLE_MS} in the environment to wait longer).
 * For a site with versions, {@code PAGE_PREFIX=next/} polls the working tree's version;
 * {@code DOCS_URL} is the folder the docs' pages are published in ({@code docs/}; empty for an
 * MkDocs project's, at the site's root).
 */
public class ServeLatency {
  public static void main(String[] args) throws Exception {
    if (args.length < 5) {
      System.err.println("usage: java bench/ServeLatency.java HANDBOOK CONTENT OUT PORT EDITS [HEAP_AT ...]");
      System.exit(2);
    }
    Path handbook = Path.of(args[0]);
    Path content = Path.of(args[1]);
    Path out = Path.of(args[2]);
    int port = Integer.parseInt(args[3]);
    int edits = Integer.parseInt(args[4]);
    List<Integer> heapAt = new ArrayList<>();
    for (int i = 5; i < args.length; i++) {
      heapAt.add(Integer.parseInt(args[i]));
    }
    List<Path> pages;
    try (Stream<Path> s = Files.walk(content.resolve("docs"))) {
      pages = s.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().equals("index.md")).sorted().toList();
    }
    Process server =
        new ProcessBuilder(handbook.toString(), "serve", "--quiet", "--content", content.toString(), "--out", out.toString(), "--port", Integer.toString(port))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    try {
      long start = System.nanoTime();
      while (true) {
        try {
          if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
            break;
          }
        } catch (IOException e) {
          // not up yet
        }
        if (!server.isAlive()) {
          throw new IllegalStateException("serve stopped with exit code " + server.exitValue());
        }
        Thread.sleep(50);
      }
      System.out.printf("first build and start: %.1f s%n", (System.nanoTime() - start) / 1e9);
      Thread.sleep(Long.parseLong(System.getenv().getOrDefault("SETTLE_MS", "2000")));
      List<Double> latencies = new ArrayList<>();
      for (int i = 1; i <= edits; i++) {
        Path page = pages.get((i * 7919) % pages.size());
        String rel = content.resolve("docs").relativize(page).toString().replace('\\', '/').replaceFirst("\\.md$", "/");
        URI url = URI.create("http://127.0.0.1:" + port + "/" + System.getenv().getOrDefault("PAGE_PREFIX", "") + System.getenv().getOrDefault("DOCS_URL", "docs/") + rel);
        String marker = "Endring-" + i + "-" + System.nanoTime();
        String text = Files.readString(page, StandardCharsets.UTF_8);
        long t0 = System.nanoTime();
        Files.writeString(page, text + "\n\n" + marker + "\n", StandardCharsets.UTF_8);
        while (true) {
          String body = http.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString()).body();
          if (body.contains(marker)) {
            break;
          }
          if (System.nanoTime() - t0 > 120_000_000_000L) {
            throw new IllegalStateException("no new page after 120 s: " + url);
          }
          Thread.sleep(2);
        }
        double ms = (System.nanoTime() - t0) / 1e6;
        latencies.add(ms);
        if (edits <= 20 || i % 20 == 0) {
          System.out.printf("edit %d: %s %.0f ms%n", i, rel, ms);
        }
        if (heapAt.contains(i)) {
          System.out.printf("heap after edit %d: %s%n", i, liveHeap(server.pid()));
        }
        Thread.sleep(300);
      }
      List<Double> sorted = new ArrayList<>(latencies);
      Collections.sort(sorted);
      System.out.printf("median of %d edits: %.0f ms%n", sorted.size(), sorted.get(sorted.size() / 2));
    } finally {
      server.destroy();
      server.waitFor();
    }
  }

  /** The heap in use after a full collection, from jcmd. */
  static String liveHeap(long pid) throws Exception {
    run("jcmd", Long.toString(pid), "GC.run");
    String info = run("jcmd", Long.toString(pid), "GC.heap_info");
    // G1 prints one "total NK, used NK" line for the heap; the parallel collector one a generation
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("total (\\d+)K, used (\\d+)K").matcher(info);
    long total = 0;
    long used = 0;
    while (m.find()) {
      total += Long.parseLong(m.group(1));
      used += Long.parseLong(m.group(2));
    }
    return total == 0 ? info.strip() : String.format("%d MiB used of %d MiB", used / 1024, total / 1024);
  }

  static String run(String... cmd) throws Exception {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String s = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return s;
  }
}
