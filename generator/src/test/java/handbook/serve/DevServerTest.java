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
