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
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * Serves the output folder on 127.0.0.1. HTML responses get one script tag for live reload
 * (served from here, so the pages on disk stay as built). The script listens to
 * {@code /__handbook/events} with the page it shows: after a good build only the tabs whose page
 * (or a stylesheet or script) changed reload; a failed build shows its errors in an overlay while
 * the last good site keeps being served. Whatever goes wrong in a build, even an exception, is
 * shown the same way; the watcher goes on.
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

  /** Builds the site; {@code changed} are the files that changed since the last build, or null for "not known". */
  public interface Builder {
    BuildResult build(Collection<Path> changed);
  }

  /** An open page's event stream; writes to it are serialised (the build's message and the keep-alive ping). */
  private static final class Listener {
    final OutputStream out;
    final String page;

    Listener(OutputStream out, String page) {
      this.out = out;
      this.page = page;
    }

    synchronized void send(String data) throws IOException {
      out.write(("data: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
      out.flush();
    }

    synchronized void ping() throws IOException {
      out.write(": ping\n\n".getBytes(StandardCharsets.UTF_8));
      out.flush();
    }
  }

  private final Path out;
  private final Builder build;
  private final List<Path> watched;
  /** The git folder whose refs are watched too, or null. */
  private final Path git;
  private final HttpServer http;
  private final List<Listener> listeners = new CopyOnWriteArrayList<>();
  private volatile boolean ok = true;
  private volatile String errors = "";
  private volatile int generation;

  public DevServer(Path out, int port, Builder build, List<Path> watched) throws IOException {
    this(out, port, build, watched, null);
  }

  /** The same, rebuilding also when a ref of the git folder {@code git} changes (a tag, a commit; null for none). */
  public DevServer(Path out, int port, Builder build, List<Path> watched, Path git) throws IOException {
    this.out = out;
    this.build = build;
    this.watched = List.copyOf(watched);
    this.git = git;
    noDelay();
    this.http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    http.setExecutor(Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "serve");
      t.setDaemon(true);
      return t;
    }));
    http.createContext("/", this::handle);
  }

  /**
   * Small responses are sent at once (TCP_NODELAY). The JDK's server writes a response's headers
   * and body apart; with Nagle's algorithm the body then waited for the client's delayed
   * acknowledgement, 40 ms on Linux, on every request of a kept-alive connection: a page and its
   * files, and the new page after each edit (measured: 114 ms from save to page on 1,000 pages,
   * 67 ms with it). The JDK reads the setting once, when its first server is made.
   */
  static void noDelay() {
    if (System.getProperty(NO_DELAY) == null) {
      System.setProperty(NO_DELAY, "true");
    }
  }

  static final String NO_DELAY = "sun.net.httpserver.nodelay";

  public int port() {
    return http.getAddress().getPort();
  }

  /** Builds once and starts serving. */
  public void start() {
    rebuild(null);
    http.start();
  }

  public void stop() {
    http.stop(0);
  }

  /** Watches the folders and rebuilds on every change, until interrupted. */
  public void watchForever() throws InterruptedException {
    watchForever(stop -> {});
  }

  /** Quiet builds run before the first change, while none has come: at most this many ... */
  static final int WARM_UP_ROUNDS = 60;

  /** ... and for at most this long together (a site of tens of thousands of pages). */
  static final long WARM_UP_MILLIS = 10_000;

  /**
   * Watches the folders and rebuilds on every change, until interrupted. Until the first change
   * comes, after a build that succeeded, {@code quiet} (a build of what did not change, which
   * writes and reports nothing) runs up to {@link #WARM_UP_ROUNDS} times and {@link
   * #WARM_UP_MILLIS}, so that the code an edit runs is compiled before the first edit: the JIT
   * needs tens of rebuilds. On 10,000 pages (2 cores) the first edits 10 s after a start took
   * 250 to 400 ms from save to page without them, about 190 ms after 20 and 160 ms after 60
   * (measured in {@code bench/README.md}). {@code quiet} is given a test of whether a change has
   * come: it may stop at once then (by throwing), so that the change waits for no quiet build.
   */
  public void watchForever(java.util.function.Consumer<java.util.function.BooleanSupplier> quiet) throws InterruptedException {
    watchForever(quiet, WARM_UP_ROUNDS, WARM_UP_MILLIS);
  }

  /** {@link #watchForever(java.util.function.Consumer)} with other bounds on the quiet builds. */
  void watchForever(java.util.function.Consumer<java.util.function.BooleanSupplier> quiet, int rounds, long millis) throws InterruptedException {
    try (Watcher w = new Watcher(watched, true, git)) {
      long until = System.nanoTime() + millis * 1_000_000;
      // where changes are polled for, a test compares the trees: only between quiet builds
      java.util.function.BooleanSupplier changeCame = w.events() ? w::pending : () -> false;
      for (int i = 0; i < rounds && ok && !w.pending() && System.nanoTime() < until; i++) {
        try {
          synchronized (this) {
            quiet.accept(changeCame);
          }
        } catch (RuntimeException | Error e) {
          break; // stopped for a change, or failed: the next change's build reports what is wrong
        }
      }
      while (true) {
        Set<Path> changed = w.next();
        rebuild(changed);
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Runs a build and tells every open page what it means for it. */
  public synchronized BuildResult rebuild(Collection<Path> changed) {
    BuildResult r;
    Set<String> written;
    try {
      r = build.build(changed);
      written = r.changed();
    } catch (RuntimeException | Error e) {
      // a bug in the generator must not stop the preview: it is shown like a failed build, as
      // the terminal shows it (one line, the trace in a report file)
      generation++;
      ok = false;
      errors = handbook.diag.BugReport.of(e, "handbook " + handbook.build.GeneratorVersion.id());
      broadcast(Set.of(), true);
      return null;
    }
    generation++;
    if (r.ok()) {
      ok = true;
      errors = "";
    } else {
      ok = false;
      DiagnosticPrinter printer = new DiagnosticPrinter(r.sources()::get);
      StringBuilder text = new StringBuilder();
      for (Diagnostic d : r.diagnostics()) {
        if (d.isError()) {
          text.append(printer.format(d));
        }
      }
      errors = text.toString();
    }
    broadcast(written, changed == null);
    return r;
  }

  private void broadcast(Set<String> written, boolean everything) {
    for (Listener l : listeners) {
      try {
        l.send(state(reloads(l.page, written, everything)));
      } catch (IOException e) {
        listeners.remove(l);
      }
    }
  }

  /** Whether a tab showing {@code page} should reload after a build that wrote these site paths. */
  static boolean reloads(String page, Set<String> written, boolean everything) {
    if (everything) {
      return true;
    }
    String file = page.replaceFirst("^/+", "");
    if (file.isEmpty() || file.endsWith("/")) {
      file = file + "index.html";
    }
    for (String w : written) {
      if (w.equals(file) || w.endsWith(".css") || w.endsWith(".js")) {
        return true;
      }
    }
    return false;
  }

  private String state(boolean reload) {
    StringBuilder b = new StringBuilder("{\"ok\":").append(ok).append(",\"generation\":").append(generation).append(",\"reload\":").append(reload);
    if (!ok) {
      b.append(",\"errors\":").append(json(errors));
    }
    return b.append('}').toString();
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
        send(ex, 200, "application/json", state(false).getBytes(StandardCharsets.UTF_8));
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
    String query = ex.getRequestURI().getRawQuery();
    String page = "/";
    if (query != null) {
      for (String part : query.split("&")) {
        if (part.startsWith("page=")) {
          page = URLDecoder.decode(part.substring(5), StandardCharsets.UTF_8);
        }
      }
    }
    ex.getResponseHeaders().add("Content-Type", "text/event-stream");
    ex.getResponseHeaders().add("Cache-Control", "no-cache");
    ex.sendResponseHeaders(200, 0);
    OutputStream o = ex.getResponseBody();
    Listener l = new Listener(o, page);
    synchronized (l) {
      o.write("retry: 1000\n".getBytes(StandardCharsets.UTF_8));
    }
    l.send(state(false));
    listeners.add(l);
    try {
      while (listeners.contains(l)) {
        Thread.sleep(15000);
        l.ping();
      }
    } catch (IOException | InterruptedException e) {
      listeners.remove(l);
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
