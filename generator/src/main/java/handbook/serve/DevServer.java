package handbook.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import handbook.build.BuildResult;
import handbook.diag.Diagnostic;
import handbook.diag.DiagnosticPrinter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Serves the output folder on 127.0.0.1. HTML responses get one script tag for live reload
 * (served from here, so the pages on disk stay as built). The script listens to
 * {@code /__handbook/events}: a good build reloads the page, a failed one shows its errors in an
 * overlay while the last good site keeps being served.
 */
public final class DevServer {
  private static final Map<String, String> TYPES =
      Map.ofEntries(
          Map.entry("html", "text/html; charset=utf-8"),
          Map.entry("css", "text/css; charset=utf-8"),
          Map.entry("js", "text/javascript; charset=utf-8"),
          Map.entry("json", "application/json"),
          Map.entry("svg", "image/svg+xml"),
          Map.entry("png", "image/png"),
          Map.entry("jpg", "image/jpeg"),
          Map.entry("jpeg", "image/jpeg"),
          Map.entry("gif", "image/gif"),
          Map.entry("webp", "image/webp"),
          Map.entry("ico", "image/x-icon"),
          Map.entry("xml", "application/xml"),
          Map.entry("txt", "text/plain; charset=utf-8"),
          Map.entry("woff2", "font/woff2"),
          Map.entry("mp4", "video/mp4"),
          Map.entry("webm", "video/webm"));
  private static final String TAG = "<script src=\"/__handbook/live.js\" defer></script>";

  private final Path out;
  private final Supplier<BuildResult> build;
  private final List<Path> watched;
  private final HttpServer http;
  private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
  private volatile String state = "{\"ok\":true,\"generation\":0}";
  private volatile int generation;

  public DevServer(Path out, int port, Supplier<BuildResult> build, List<Path> watched) throws IOException {
    this.out = out;
    this.build = build;
    this.watched = List.copyOf(watched);
    this.http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    http.setExecutor(Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "serve");
      t.setDaemon(true);
      return t;
    }));
    http.createContext("/", this::handle);
  }

  public int port() {
    return http.getAddress().getPort();
  }

  /** Builds once and starts serving. */
  public void start() {
    rebuild();
    http.start();
  }

  public void stop() {
    http.stop(0);
  }

  /** Polls the watched folders and rebuilds when anything in them changes. */
  public void watchForever() throws InterruptedException {
    String last = fingerprint();
    while (true) {
      Thread.sleep(300);
      String now = fingerprint();
      if (!now.equals(last)) {
        last = now;
        rebuild();
      }
    }
  }

  /** Runs a build and tells every open page. */
  public synchronized BuildResult rebuild() {
    BuildResult r = build.get();
    generation++;
    if (r.ok()) {
      state = "{\"ok\":true,\"generation\":" + generation + "}";
    } else {
      DiagnosticPrinter printer = new DiagnosticPrinter(r.sources()::get);
      StringBuilder text = new StringBuilder();
      for (Diagnostic d : r.diagnostics()) {
        if (d.isError()) {
          text.append(printer.format(d));
        }
      }
      state = "{\"ok\":false,\"generation\":" + generation + ",\"errors\":" + json(text.toString()) + "}";
    }
    broadcast();
    return r;
  }

  private void broadcast() {
    byte[] msg = ("data: " + state + "\n\n").getBytes(StandardCharsets.UTF_8);
    for (OutputStream o : listeners) {
      try {
        o.write(msg);
        o.flush();
      } catch (IOException e) {
        listeners.remove(o);
      }
    }
  }

  private String fingerprint() {
    StringBuilder b = new StringBuilder();
    for (Path root : watched) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path p : walk.sorted().toList()) {
          b.append(p).append(Files.isRegularFile(p) ? Files.getLastModifiedTime(p).toMillis() + ":" + Files.size(p) : "").append('\n');
        }
      } catch (IOException e) {
        b.append("?");
      }
    }
    return b.toString();
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      // decoded as a path: %XX escapes only, a plus stays a plus
      String path = ex.getRequestURI().getPath();
      if (path == null || path.indexOf('\0') >= 0 || !path.startsWith("/")) {
        send(ex, 400, TYPES.get("txt"), "bad request".getBytes(StandardCharsets.UTF_8));
        return;
      }
      if (path.equals("/__handbook/live.js") || path.equals("/__handbook/live.css")) {
        String name = path.substring("/__handbook/".length());
        try (InputStream in = DevServer.class.getResourceAsStream(name)) {
          send(ex, 200, TYPES.get(name.endsWith(".js") ? "js" : "css"), in.readAllBytes());
        }
        return;
      }
      if (path.equals("/__handbook/events")) {
        events(ex);
        return;
      }
      if (path.equals("/__handbook/state")) {
        send(ex, 200, "application/json", state.getBytes(StandardCharsets.UTF_8));
        return;
      }
      Path root = out.toAbsolutePath().normalize();
      Path file = root.resolve(path.replaceFirst("^/+", "")).normalize();
      if (!file.startsWith(root)) {
        send(ex, 403, TYPES.get("txt"), "forbidden".getBytes(StandardCharsets.UTF_8));
        return;
      }
      if (Files.isDirectory(file)) {
        if (!path.endsWith("/")) {
          // built from the folder found, never from the request: "//host/.." would leave this server
          String rel = root.relativize(file).toString().replace('\\', '/');
          ex.getResponseHeaders().add("Location", rel.isEmpty() ? "/" : "/" + handbook.content.Urls.encodePath(rel) + "/");
          ex.sendResponseHeaders(301, -1);
          return;
        }
        file = file.resolve("index.html");
      }
      int status = 200;
      if (!Files.isRegularFile(file)) {
        status = 404;
        file = root.resolve("404.html");
        if (!Files.isRegularFile(file)) {
          send(ex, 404, TYPES.get("txt"), "not found".getBytes(StandardCharsets.UTF_8));
          return;
        }
      }
      String name = file.getFileName().toString();
      String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
      byte[] body = Files.readAllBytes(file);
      if (ext.equals("html")) {
        body = inject(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
      }
      send(ex, status, TYPES.getOrDefault(ext, "application/octet-stream"), body);
    }
  }

  static String inject(String html) {
    int i = html.lastIndexOf("</body>");
    return i < 0 ? html + TAG : html.substring(0, i) + TAG + html.substring(i);
  }

  private void events(HttpExchange ex) throws IOException {
    ex.getResponseHeaders().add("Content-Type", "text/event-stream");
    ex.getResponseHeaders().add("Cache-Control", "no-cache");
    ex.sendResponseHeaders(200, 0);
    OutputStream o = ex.getResponseBody();
    o.write(("retry: 1000\ndata: " + state + "\n\n").getBytes(StandardCharsets.UTF_8));
    o.flush();
    listeners.add(o);
    try {
      while (listeners.contains(o)) {
        Thread.sleep(15000);
        o.write(": ping\n\n".getBytes(StandardCharsets.UTF_8));
        o.flush();
      }
    } catch (IOException | InterruptedException e) {
      listeners.remove(o);
    }
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
    ex.getResponseHeaders().add("Content-Type", type);
    ex.getResponseHeaders().add("Cache-Control", "no-store");
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      ex.getResponseBody().write(body);
    }
  }

  static String json(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20 || c == '<' || c == '>' || c == '&') {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  /** For tests: the number of open event streams. */
  int listeners() {
    return new ArrayList<>(listeners).size();
  }
}
