package handbook.diag;

import java.util.Objects;

/**
 * One problem found in the content: a stable code such as {@code link.unresolved}, a message
 * that starts lower-case, where it is, and an optional hint.
 */
public record Diagnostic(Severity severity, String code, String message, Span span, String hint) {
  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(span, "span");
  }

  // written out (every component), as Span's: a record's own equals and hash spin method handles
  // on their first call
  @Override
  public boolean equals(Object o) {
    return o instanceof Diagnostic d && severity == d.severity && code.equals(d.code) && message.equals(d.message) && span.equals(d.span) && Objects.equals(hint, d.hint);
  }

  @Override
  public int hashCode() {
    return Objects.hash(severity, code, message, span, hint);
  }

  public static Diagnostic error(String code, Span span, String message) {
    return new Diagnostic(Severity.ERROR, code, message, span, null);
  }

  public static Diagnostic warning(String code, Span span, String message) {
    return new Diagnostic(Severity.WARNING, code, message, span, null);
  }

  public Diagnostic withHint(String newHint) {
    return new Diagnostic(severity, code, message, span, newHint);
  }

  /** The same diagnostic, its file named with a prefix (for example a git tag). */
  public Diagnostic prefixed(String prefix) {
    return new Diagnostic(
        severity, code, message, new Span(prefix + span.file(), span.line(), span.column()), hint);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The first line as printed: {@code path:line:col: error[code]: message}. */
  public String headline() {
    return span + ": " + severity.label() + "[" + code + "]: " + message;
  }
}
