package handbook.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.build.BuildResult;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview server without a browser: what a build that throws does, and which tabs reload. */
class DevServerTest {
  @TempDir Path tmp;

  static BuildResult ok(Set<String> changed) {
    return new BuildResult(1, List.of(), Map.of(), 1, Map.of(), changed, 1, 0);
  }

  @Test
  void aBuildThatThrowsIsShownAsAnErrorAndTheNextBuildRecovers() throws Exception {
    Files.createDirectories(tmp.resolve("site"));
    AtomicInteger runs = new AtomicInteger();
    DevServer server =
        new DevServer(tmp.resolve("site"), 0, changed -> {
          if (runs.incrementAndGet() == 2) {
            throw new StackOverflowError("deep");
          }
          return ok(Set.of("docs/index.html"));
        }, List.of(tmp));
    server.start();
    try {
      HttpClient http = HttpClient.newHttpClient();
      URI state = URI.create("http://127.0.0.1:" + server.port() + "/__handbook/state");
      assertTrue(http.send(HttpRequest.newBuilder(state).build(), HttpResponse.BodyHandlers.ofString()).body().startsWith("{\"ok\":true"));
      assertEquals(null, server.rebuild(Set.of(tmp.resolve("x.md"))));
      String failed = http.send(HttpRequest.newBuilder(state).build(), HttpResponse.BodyHandlers.ofString()).body();
      assertTrue(failed.startsWith("{\"ok\":false"), failed);
      // as the terminal shows it: one line and a hint with the report file, no trace
      assertTrue(failed.contains("error[internal]: java.lang.StackOverflowError: deep"), failed);
      assertFalse(failed.contains("\\tat ") || failed.contains("\tat "), failed);
      java.util.regex.Matcher report = java.util.regex.Pattern.compile("please report it with (\\S+?\\.txt)").matcher(failed);
      assertTrue(report.find(), failed);
      Path file = Path.of(report.group(1).replace("\\\\", "\\"));
      assertTrue(Files.readString(file).contains("StackOverflowError: deep"));
      Files.deleteIfExists(file);
      server.rebuild(Set.of(tmp.resolve("x.md")));
      assertTrue(http.send(HttpRequest.newBuilder(state).build(), HttpResponse.BodyHandlers.ofString()).body().startsWith("{\"ok\":true"));
    } finally {
      server.stop();
    }
  }

  /** A started server watching {@code content}, whose builds note what changed in {@code builds}. */
  private DevServer watching(Path content, java.util.List<java.util.Collection<Path>> builds) throws java.io.IOException {
    Files.createDirectories(tmp.resolve("site"));
    DevServer server = new DevServer(tmp.resolve("site"), 0, changed -> {
      builds.add(changed == null ? List.of() : changed);
      return ok(Set.of());
    }, List.of(content));
    server.start();
    return server;
  }

  @Test
  void quietBuildsRunBeforeTheFirstChangeAndStopWhenOneComes() throws Exception {
    Path content = Files.createDirectories(tmp.resolve("content"));
    java.util.List<java.util.Collection<Path>> builds = new java.util.concurrent.CopyOnWriteArrayList<>();
    DevServer server = watching(content, builds);
    AtomicInteger quiet = new AtomicInteger();
    Path edited = content.resolve("page.md");
    Thread watching = new Thread(() -> {
      try {
        server.watchForever(stop -> {
          if (quiet.incrementAndGet() == 3) {
            try {
              Files.writeString(edited, "# Edited\n");
            } catch (java.io.IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          }
          try {
            Thread.sleep(50);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
      } catch (InterruptedException e) {
        // stopped
      }
    });
    watching.start();
    try {
      long until = System.nanoTime() + 20_000_000_000L;
      while (builds.size() < 2 && System.nanoTime() < until) {
        Thread.sleep(20);
      }
      // the start's build, then the change's: the quiet builds stopped for it
      assertEquals(2, builds.size(), builds.toString());
      assertTrue(builds.get(1).contains(edited), builds.toString());
      assertTrue(quiet.get() >= 3 && quiet.get() < DevServer.WARM_UP_ROUNDS, "quiet builds: " + quiet.get());
      int after = quiet.get();
      Thread.sleep(300);
      assertEquals(after, quiet.get(), "no quiet build after the first change");
    } finally {
      watching.interrupt();
      watching.join(5000);
      server.stop();
    }
  }

  @Test
  void aQuietBuildIsToldToStopWhenAChangeComes() throws Exception {
    Path content = Files.createDirectories(tmp.resolve("content"));
    java.util.List<java.util.Collection<Path>> builds = new java.util.concurrent.CopyOnWriteArrayList<>();
    DevServer server = watching(content, builds);
    Path edited = content.resolve("page.md");
    java.util.concurrent.atomic.AtomicBoolean toldToStop = new java.util.concurrent.atomic.AtomicBoolean();
    java.util.concurrent.CountDownLatch running = new java.util.concurrent.CountDownLatch(1);
    Thread watching = new Thread(() -> {
      try {
        // one long quiet build, which looks whether to stop as a build does between its phases
        server.watchForever(stop -> {
          running.countDown();
          long until = System.nanoTime() + 20_000_000_000L;
          while (System.nanoTime() < until) {
            if (stop.getAsBoolean()) {
              toldToStop.set(true);
              throw new IllegalStateException("stopped");
            }
            try {
              Thread.sleep(10);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              return;
            }
          }
        }, 1, 30_000);
      } catch (InterruptedException e) {
        // stopped
      }
    });
    watching.start();
    try {
      running.await();
      Files.writeString(edited, "# Edited\n");
      long until = System.nanoTime() + 20_000_000_000L;
      while (builds.size() < 2 && System.nanoTime() < until) {
        Thread.sleep(20);
      }
      assertTrue(toldToStop.get(), "the quiet build was told that a change came");
      assertEquals(2, builds.size(), builds.toString());
      assertTrue(builds.get(1).contains(edited), builds.toString());
    } finally {
      watching.interrupt();
      watching.join(5000);
      server.stop();
    }
  }

  @Test
  void theQuietBuildsStopWhenTheyHaveTakenTheirTime() throws Exception {
    Files.createDirectories(tmp.resolve("site"));
    DevServer server = new DevServer(tmp.resolve("site"), 0, changed -> ok(Set.of()), List.of(tmp.resolve("site")));
    server.start();
    AtomicInteger quiet = new AtomicInteger();
    Thread watching = new Thread(() -> {
      try {
        // a site whose rebuild takes 50 ms, 400 ms of them at most
        server.watchForever(stop -> {
          quiet.incrementAndGet();
          try {
            Thread.sleep(50);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }, 1000, 400);
      } catch (InterruptedException e) {
        // stopped
      }
    });
    watching.start();
    try {
      Thread.sleep(1500);
      int n = quiet.get();
      assertTrue(n >= 3 && n <= 10, "quiet builds: " + n);
      Thread.sleep(300);
      assertEquals(n, quiet.get(), "none after their time");
    } finally {
      watching.interrupt();
      watching.join(5000);
      server.stop();
    }
  }

  @Test
  void withoutAChangeTheQuietBuildsStopAtTheirNumberAndAfterAFailedBuildNoneRuns() throws Exception {
    Files.createDirectories(tmp.resolve("site"));
    for (boolean failing : new boolean[] {false, true}) {
      DevServer server = new DevServer(tmp.resolve("site"), 0, changed -> failing
          ? new BuildResult(0, List.of(handbook.diag.Diagnostic.error("x.y", handbook.diag.Span.file("content"), "broken")), Map.of(), 1, Map.of(), Set.of(), 0, 0)
          : ok(Set.of()), List.of(tmp.resolve("site")));
      server.start();
      AtomicInteger quiet = new AtomicInteger();
      Thread watching = new Thread(() -> {
        try {
          server.watchForever(stop -> quiet.incrementAndGet());
        } catch (InterruptedException e) {
          // stopped
        }
      });
      watching.start();
      try {
        long until = System.nanoTime() + 10_000_000_000L;
        while (!failing && quiet.get() < DevServer.WARM_UP_ROUNDS && System.nanoTime() < until) {
          Thread.sleep(10);
        }
        Thread.sleep(300);
        assertEquals(failing ? 0 : DevServer.WARM_UP_ROUNDS, quiet.get(), failing ? "after a failed build" : "without a change");
      } finally {
        watching.interrupt();
        watching.join(5000);
        server.stop();
      }
    }
  }

  @Test
  void theServerSendsSmallResponsesAtOnce() throws Exception {
    DevServer server = new DevServer(tmp, 0, changed -> ok(Set.of()), List.of(tmp));
    server.stop();
    // read by the JDK's server when its first one is made: set before
    assertEquals("true", System.getProperty(DevServer.NO_DELAY));
  }

  @Test
  void aTabReloadsWhenItsPageOrAStylesheetOrScriptChanged() {
    assertTrue(DevServer.reloads("/docs/", Set.of("docs/index.html", "search-index.json"), false));
    assertTrue(DevServer.reloads("/docs/a/index.html", Set.of("docs/a/index.html"), false));
    assertFalse(DevServer.reloads("/docs/b/", Set.of("docs/a/index.html", "search-index.json", "sitemap.xml"), false));
    assertTrue(DevServer.reloads("/docs/b/", Set.of("assets/handbook.css"), false));
    assertTrue(DevServer.reloads("/", Set.of("index.html"), false));
    assertTrue(DevServer.reloads("/docs/b/", Set.of(), true), "when what changed is not known, every tab reloads");
  }
}
