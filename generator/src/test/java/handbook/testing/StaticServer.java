package handbook.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A plain static file server for a built site on 127.0.0.1, like nginx with
 * {@code try_files $uri $uri/ =404}, sending {@code Content-Security-Policy: default-src 'self'}
 * and the other headers the seed asks for. No rewrites.
 */
public final class StaticServer implements SiteServer {
  private static final Map<String, String> TYPES =
      Map.of("html", "text/html; charset=utf-8", "css", "text/css", "js", "application/javascript",
          "json", "application/json", "svg", "image/svg+xml", "png", "image/png", "xml", "application/xml",
          "txt", "text/plain; charset=utf-8");
  private final HttpServer http;
  private final Path root;

  public StaticServer(Path root) throws IOException {
    this.root = root.toAbsolutePath().normalize();
    http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    http.createContext("/", this::handle);
    http.start();
  }

  @Override
  public String url(String path) {
    return "http://127.0.0.1:" + http.getAddress().getPort() + "/" + path.replaceFirst("^/", "");
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String path = URLDecoder.decode(ex.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
      Path file = root.resolve(path.replaceFirst("^/+", "")).normalize();
      if (!file.startsWith(root)) {
        ex.sendResponseHeaders(403, -1);
        return;
      }
      if (Files.isDirectory(file)) {
        if (!path.endsWith("/")) {
          ex.getResponseHeaders().add("Location", path + "/");
          ex.sendResponseHeaders(301, -1);
          return;
        }
        file = file.resolve("index.html");
      }
      int status = 200;
      if (!Files.isRegularFile(file)) {
        status = 404;
        file = root.resolve("404.html");
      }
      String name = file.getFileName().toString();
      String ext = name.substring(name.lastIndexOf('.') + 1);
      byte[] body = Files.readAllBytes(file);
      ex.getResponseHeaders().add("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
      ex.getResponseHeaders().add("Content-Security-Policy", "default-src 'self'");
      ex.getResponseHeaders().add("X-Frame-Options", "DENY");
      ex.getResponseHeaders().add("X-Content-Type-Options", "nosniff");
      ex.sendResponseHeaders(status, body.length);
      ex.getResponseBody().write(body);
    }
  }

  @Override
  public void close() {
    http.stop(0);
  }
}
