package handbook.build;

import handbook.diag.Diagnostic;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a build: pages written (or checked), the diagnostics in order, and the text of
 * every source by its diagnostic path, for printing source lines; {@code sizes} reports the bytes
 * of notable outputs (the search index); {@code rendered} and {@code reused} count the pages
 * rendered and those an earlier build made that were put in place unchanged;
 * {@code changed} the site paths a run in place ({@code serve}) wrote anew or removed.
 */
public record BuildResult(
    int pages,
    List<Diagnostic> diagnostics,
    Map<String, String> sources,
    long millis,
    Map<String, Long> sizes,
    java.util.Set<String> changed,
    int rendered,
    int reused) {
  public long errors() {
    return diagnostics.stream().filter(Diagnostic::isError).count();
  }

  public long warnings() {
    return diagnostics.size() - errors();
  }

  public boolean ok() {
    return errors() == 0;
  }
}
