package handbook.cli;

import handbook.build.BuildResult;
import handbook.build.Progress;
import handbook.diag.Diagnostic;
import handbook.diag.DiagnosticPrinter;
import java.io.PrintWriter;
import java.util.Locale;

/** Prints what a build found: diagnostics with source lines, then one summary line. */
final class Console {
  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean quiet;
  private final boolean verbose;

  Console(PrintWriter out, PrintWriter err, boolean quiet, boolean verbose) {
    this.out = out;
    this.err = err;
    this.quiet = quiet;
    this.verbose = verbose;
  }

  void report(BuildResult r, String verb, String outName) {
    DiagnosticPrinter printer = new DiagnosticPrinter(r.sources()::get);
    for (Diagnostic d : r.diagnostics()) {
      if (quiet && !d.isError()) {
        continue;
      }
      err.print(printer.format(d));
    }
    String time = String.format(Locale.ROOT, "%.2f s", r.millis() / 1000.0);
    if (r.ok()) {
      if (!quiet) {
        StringBuilder line = new StringBuilder(verb + " " + r.pages() + " " + plural(r.pages(), "page", "pages") + ", "
            + r.warnings() + " " + plural(r.warnings(), "warning", "warnings") + ", 0 errors in " + time);
        if (r.reused() > 0) {
          line.append("; ").append(r.rendered()).append(" rendered, ").append(r.reused()).append(" unchanged");
        }
        r.sizes().forEach((what, bytes) -> line.append("; ").append(what).append(' ').append(kilobytes(bytes)));
        out.println(line);
      }
    } else {
      String left = outName == null ? "" : "; " + outName + " left as it was";
      err.println("failed: " + r.errors() + " " + plural(r.errors(), "error", "errors") + ", "
          + r.warnings() + " " + plural(r.warnings(), "warning", "warnings") + " in " + time + left);
    }
    out.flush();
    err.flush();
  }

  boolean verbose() {
    return verbose;
  }

  PrintWriter out() {
    return out;
  }

  /** Progress on an interactive terminal after two seconds; nothing in CI logs or when quiet. */
  Progress progress() {
    boolean terminal = System.console() != null && System.getenv("CI") == null && !quiet;
    if (!terminal && !verbose) {
      return Progress.NONE;
    }
    long start = System.nanoTime();
    return (phase, done, total) -> {
      long ms = (System.nanoTime() - start) / 1_000_000;
      if (verbose) {
        if (total == 0 || done == 0) {
          err.println(String.format(Locale.ROOT, "[%6d ms] %s", ms, phase));
          err.flush();
        }
      } else if (ms > 2000) {
        synchronized (err) {
          err.print(total > 0 ? "\r" + phase + " " + done + "/" + total + "   " : "\r" + phase + "          ");
          if (total > 0 && done == total) {
            err.print("\r" + " ".repeat(40) + "\r");
          }
          err.flush();
        }
      }
    };
  }

  static String kilobytes(long bytes) {
    return bytes < 1024 * 1024
        ? String.format(Locale.ROOT, "%d KB", (bytes + 1023) / 1024)
        : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }

  static String plural(long n, String one, String many) {
    return n == 1 ? one : many;
  }
}
