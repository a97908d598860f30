package handbook.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.build.Build;
import handbook.build.BuildOptions;
import handbook.cli.Main;
import handbook.testing.SiteFixture;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the preview server answers to requests as a browser, or a prober, sends them. */
class DevServerRequestsTest {
  @TempDir Path tmp;
  DevServer server;

  @BeforeEach
  void start() throws IOException {
    SiteFixture site = SiteFixture.of(tmp, """
        -- content/docs/index.md --
        # Start
        -- content/docs/a+b.md --
        # Pluss
        -- content/docs/hash#tag.md --
        # Hash
        -- content/docs/pct%20x.md --
        # Prosent
        """);
    Build build = new Build(Build::standardKinds, handbook.build.Progress.NONE);
    BuildOptions opts = new BuildOptions(site.content(), site.site(), SiteFixture.TEMPLATES, true, null);
    server = new DevServer(site.site(), 0, changed -> build.run(opts), List.of(site.content()));
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  /** The status line and headers of a raw request, sent byte for byte as written. */
  private String get(String rawPath) throws IOException {
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      OutputStream out = s.getOutputStream();
      out.write(("GET " + rawPath + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = s.getInputStream();
      String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int end = response.indexOf("\r\n\r\n");
      return end < 0 ? response : response.substring(0, end);
    }
  }

  private static String status(String head) {
    return head.substring(0, head.indexOf("\r\n"));
  }

  private static String location(String head) {
    for (String line : head.split("\r\n")) {
      if (line.regionMatches(true, 0, "Location:", 0, 9)) {
        return line.substring(9).strip();
      }
    }
    return null;
  }

  @Test
  void pathsAreDecodedAsPathsAPlusStaysAPlus() throws IOException {
    assertEquals("HTTP/1.1 200 OK", status(get("/docs/a+b/")));
    assertEquals("HTTP/1.1 200 OK", status(get("/docs/a%2Bb/")));
    assertEquals("HTTP/1.1 200 OK", status(get("/docs/hash%23tag/")));
    assertEquals("HTTP/1.1 200 OK", status(get("/docs/pct%2520x/")));
    assertEquals("HTTP/1.1 404 Not Found", status(get("/docs/a%20b/")), "a plus is not a space");
  }

  @Test
  void anEncodedNulIsABadRequest() throws IOException {
    assertEquals("HTTP/1.1 400 Bad Request", status(get("/docs/%00")));
    assertEquals("HTTP/1.1 400 Bad Request", status(get("/docs/index.html%00.png")));
  }

  @Test
  void redirectsStayOnThisServer() throws IOException {
    String head = get("/docs/hash%23tag");
    assertEquals("HTTP/1.1 301 Moved Permanently", status(head));
    assertEquals("/docs/hash%23tag/", location(head));
    for (String probe : List.of("/%2F%2Fevil.example/..", "/%2F%2Fevil.example%2F..", "/%5C%5Cevil.example/..", "/docs/..%2F%2Fevil.example/..")) {
      String h = get(probe);
      String loc = location(h);
      assertTrue(loc == null || loc.startsWith("/") && !loc.startsWith("//") && !loc.startsWith("/\\"), probe + " → " + h);
    }
  }

  @Test
  void aBusyPortIsOneLineAndExitTwo() throws IOException {
    try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      SiteFixture site = SiteFixture.of(tmp.resolve("other"), "-- content/docs/index.md --\n# Start\n");
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code = Main.run(
          new String[] {"serve", "--content", site.content().toString(), "--out", site.site().toString(), "--templates", SiteFixture.TEMPLATES.toString(),
            "--port", Integer.toString(busy.getLocalPort())},
          new PrintWriter(out), new PrintWriter(err));
      assertEquals(2, code, err.toString());
      assertTrue(err.toString().startsWith("error[serve.port]: port " + busy.getLocalPort() + " on 127.0.0.1 is in use\n"), err.toString());
      assertTrue(!err.toString().contains("\tat ") && !err.toString().contains("Exception"), err.toString());
    }
  }
}
