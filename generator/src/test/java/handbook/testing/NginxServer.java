package handbook.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's nginx serving a built site on 127.0.0.1 with the project's reference configuration
 * ({@code deploy/nginx.conf}, its {@code listen} and {@code root} set for the test), run in the
 * foreground from a scratch folder and stopped on {@link #close}. Skips the test when nginx is
 * not installed, or fails it when {@code HANDBOOK_REQUIRE_NGINX} is set (as in CI).
 */
public final class NginxServer implements SiteServer {
  static final List<Path> BINARIES = List.of(Path.of("/usr/sbin/nginx"), Path.of("/usr/bin/nginx"));
  /** The reference configuration, as the tests run from the generator module. */
  public static final Path CONFIG = Path.of("../deploy/nginx.conf").toAbsolutePath().normalize();

  private final Process process;
  private final int port;
  private final Path prefix;

  private NginxServer(Process process, int port, Path prefix) {
    this.process = process;
    this.port = port;
    this.prefix = prefix;
  }

  static Path binary() {
    return BINARIES.stream().filter(Files::isExecutable).findFirst().orElse(null);
  }

  public static boolean installed() {
    return binary() != null;
  }

  static void failIfRequired() {
    if (System.getenv("HANDBOOK_REQUIRE_NGINX") != null) {
      throw new IllegalStateException("nginx is required (HANDBOOK_REQUIRE_NGINX is set): apt-get install nginx-light");
    }
  }

  /** Serves {@code site} through nginx, or skips the test (see the class comment). */
  public static NginxServer start(Path site) throws IOException {
    Path nginx = binary();
    if (nginx == null) {
      failIfRequired();
      Assumptions.assumeTrue(false, "nginx is not installed");
    }
    // a free port can be taken by another test's server before nginx binds it: then another one
    for (int attempt = 1; ; attempt++) {
      NginxServer server = startOnce(nginx, site);
      if (server != null) {
        return server;
      }
      if (attempt == 5) {
        throw new IllegalStateException("nginx did not start on five free ports in a row");
      }
    }
  }

  /** nginx on a free port, or null where it could not bind it (another process took it first). */
  private static NginxServer startOnce(Path nginx, Path site) throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    Path prefix = Files.createTempDirectory("handbook-nginx");
    Files.createDirectories(prefix.resolve("logs"));
    Files.createDirectories(prefix.resolve("tmp"));
    Files.writeString(prefix.resolve("handbook.conf"), serverBlock(Files.readString(CONFIG), port, site.toAbsolutePath().normalize()));
    Path mime = Path.of("/etc/nginx/mime.types");
    String types = Files.isRegularFile(mime)
        ? "include " + mime + ";"
        : "types { text/html html; text/css css; application/javascript js; application/json json; image/svg+xml svg; image/png png; text/plain txt; application/xml xml; }";
    String conf =
        // as root the workers read the test's private temporary folders as root too
        ("root".equals(System.getProperty("user.name")) ? "user root;\n" : "")
            + "worker_processes 1;\npid nginx.pid;\nerror_log logs/error.log warn;\nevents { worker_connections 64; }\n"
            + "http {\n  " + types + "\n  default_type application/octet-stream;\n  access_log off;\n"
            + "  client_body_temp_path tmp/body; proxy_temp_path tmp/proxy; fastcgi_temp_path tmp/fastcgi; uwsgi_temp_path tmp/uwsgi; scgi_temp_path tmp/scgi;\n"
            + "  include handbook.conf;\n}\n";
    Files.writeString(prefix.resolve("nginx.conf"), conf);
    Process p =
        new ProcessBuilder(nginx.toString(), "-p", prefix + "/", "-c", prefix.resolve("nginx.conf").toString(), "-g", "daemon off;")
            .redirectErrorStream(true)
            .redirectOutput(prefix.resolve("logs/stdout.log").toFile())
            .start();
    NginxServer server = new NginxServer(p, port, prefix);
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (true) {
      // ready when nginx has bound the port (it writes its pid file after) and answers there
      if (Files.exists(prefix.resolve("nginx.pid")) && answersAsNginx(port)) {
        return server;
      }
      if (!p.isAlive() || server.log().contains("Address already in use")) {
        String log = server.log();
        server.close();
        if (log.contains("Address already in use")) {
          return null;
        }
        throw new IllegalStateException("nginx did not start: " + log);
      }
      if (System.nanoTime() > until) {
        server.close();
        throw new IllegalStateException("nginx did not start: " + server.log());
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException ie) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(ie);
      }
    }
  }

  /** Whether the server on the port answers a request as nginx does (its {@code Server} header). */
  private static boolean answersAsNginx(int port) {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", port), 200);
      s.setSoTimeout(2000);
      s.getOutputStream().write("HEAD / HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      String head = new String(s.getInputStream().readNBytes(4096), StandardCharsets.ISO_8859_1);
      return head.toLowerCase(java.util.Locale.ROOT).contains("\nserver: nginx");
    } catch (IOException e) {
      return false;
    }
  }

  /** The reference server block with the test's port and site folder. */
  static String serverBlock(String reference, int port, Path site) {
    String s = reference.replaceFirst("(?m)^(\\s*)listen\\s+80;", "$1listen 127.0.0.1:" + port + ";");
    s = s.replaceFirst("(?m)^(\\s*)root\\s+[^;]+;", "$1root " + site.toString().replace("\\", "/") + ";");
    if (s.equals(reference) || !s.contains("127.0.0.1:" + port) || !s.contains("root " + site)) {
      throw new IllegalStateException("deploy/nginx.conf has no `listen 80;` and `root ...;` to set for the test");
    }
    return s;
  }

  /** nginx's error log and output, for failure messages. */
  public String log() {
    try {
      return Files.readString(prefix.resolve("logs/error.log"), StandardCharsets.UTF_8) + Files.readString(prefix.resolve("logs/stdout.log"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  @Override
  public String url(String path) {
    return "http://127.0.0.1:" + port + "/" + path.replaceFirst("^/", "");
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      StagedSiteCleanup.delete(prefix);
    } catch (UncheckedIOException e) {
      // a scratch folder left in the temporary folder is harmless
    }
  }

  /** Removes the scratch folder. */
  static final class StagedSiteCleanup {
    static void delete(Path root) {
      try (var walk = Files.walk(root)) {
        for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
