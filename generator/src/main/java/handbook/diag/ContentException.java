package handbook.diag;

import java.util.List;

/** Thrown when a build phase ends with errors; carries every diagnostic collected so far. */
public final class ContentException extends RuntimeException {
  private final transient List<Diagnostic> diagnostics;

  public ContentException(List<Diagnostic> diagnostics) {
    super(diagnostics.isEmpty() ? "content errors" : diagnostics.get(0).headline(), null, false, false);
    this.diagnostics = List.copyOf(diagnostics);
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
