package handbook.markdown;

import handbook.diag.Diagnostic;
import java.util.List;

/**
 * A compiled body and the warnings compiling it gave (markers of other tools shown as text): kept
 * together, so a body taken from the parse memo warns as it did when it was compiled.
 */
public record Compiled(RenderedMarkdown markdown, List<Diagnostic> warnings) {
  public Compiled {
    warnings = List.copyOf(warnings);
  }
}
