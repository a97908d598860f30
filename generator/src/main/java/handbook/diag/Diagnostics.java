package handbook.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A thread-safe collector of diagnostics for one build. An identical diagnostic is kept once:
 * a page made of other pages (a course module's print view) checks the same links again.
 */
public final class Diagnostics {
  private final List<Diagnostic> all = new ArrayList<>();
  private final Set<Diagnostic> seen = new HashSet<>();

  public synchronized void add(Diagnostic d) {
    if (seen.add(d)) {
      all.add(d);
    }
  }

  public void addAll(List<Diagnostic> ds) {
    ds.forEach(this::add);
  }

  public void error(String code, Span span, String message) {
    add(Diagnostic.error(code, span, message));
  }

  public void error(String code, Span span, String message, String hint) {
    add(Diagnostic.error(code, span, message).withHint(hint));
  }

  public void warning(String code, Span span, String message) {
    add(Diagnostic.warning(code, span, message));
  }

  public synchronized boolean hasErrors() {
    return all.stream().anyMatch(Diagnostic::isError);
  }

  public synchronized int errorCount() {
    return (int) all.stream().filter(Diagnostic::isError).count();
  }

  public synchronized int warningCount() {
    return all.size() - errorCount();
  }

  /** All diagnostics in a stable order: by file, line, column, code, message. */
  public synchronized List<Diagnostic> sorted() {
    List<Diagnostic> copy = new ArrayList<>(all);
    copy.sort(ORDER);
    return copy;
  }

  public static final Comparator<Diagnostic> ORDER =
      Comparator.comparing((Diagnostic d) -> d.span().file())
          .thenComparingInt(d -> d.span().line())
          .thenComparingInt(d -> d.span().column())
          .thenComparing(Diagnostic::code)
          .thenComparing(Diagnostic::message);
}
