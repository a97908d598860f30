package handbook.diag;

import java.util.function.Function;

/**
 * Prints a diagnostic the way a compiler does: the headline, the source line with a caret under
 * the column, and the hint.
 *
 * <pre>
 * content/docs/x.md:12:9: error[link.unresolved]: no page `bakup.md`
 *    12 | Se [backup](bakup.md).
 *       |             ^
 *    = hint: did you mean `backup.md`?
 * </pre>
 */
public final class DiagnosticPrinter {
  /** Code points of a source line shown at most. */
  static final int WIDTH = 120;

  private final Function<String, String> sourceText;

  /**
   * The last file's line starts and the last line's code points: diagnostics come sorted, and
   * many on one long line (a minified file, a hostile one) each took the whole line again.
   */
  private String lastFile;
  private String lastText;
  private handbook.source.LineMap lines;
  private int lastLine;
  private int[] lastPoints;

  /** @param sourceText the text of a file by its diagnostic path, or null when unknown */
  public DiagnosticPrinter(Function<String, String> sourceText) {
    this.sourceText = sourceText;
  }

  public String format(Diagnostic d) {
    StringBuilder out = new StringBuilder(d.headline()).append('\n');
    Span span = d.span();
    int[] points = span.line() > 0 ? points(span.file(), span.line()) : null;
    String gutter = " ".repeat(Integer.toString(span.line()).length() + 1);
    if (points != null) {
      int col = Math.max(1, Math.min(span.column(), points.length + 1));
      // a long line is shown as a window around the column, cut ends marked with …
      int from = 0;
      int to = points.length;
      if (points.length > WIDTH) {
        from = Math.max(0, Math.min(col - 1 - WIDTH / 2, points.length - WIDTH));
        to = Math.min(points.length, from + WIDTH);
      }
      String before = from > 0 ? "…" : "";
      String shown = before + new String(points, from, to - from) + (to < points.length ? "…" : "");
      out.append(' ').append(span.line()).append(" | ").append(shown).append('\n');
      int caret = before.length() + col - 1 - from;
      out.append(gutter).append(" | ").append(" ".repeat(caret)).append("^\n");
    }
    if (d.hint() != null) {
      out.append(gutter).append(" = hint: ").append(d.hint()).append('\n');
    }
    return out.toString();
  }

  /** The code points of a file's line as shown (tabs as spaces), or null when the file or line is not known. */
  private int[] points(String file, int lineNumber) {
    if (!file.equals(lastFile)) {
      lastFile = file;
      lastText = sourceText.apply(file);
      lines = null;
      lastPoints = null;
    }
    if (lastText == null) {
      return null;
    }
    if (lastPoints != null && lastLine == lineNumber) {
      return lastPoints;
    }
    if (lines == null) {
      lines = new handbook.source.LineMap(lastText);
    }
    if (lineNumber > lines.lineCount()) {
      return null;
    }
    int start = lines.start(lineNumber);
    int end = lastText.indexOf('\n', start);
    String line = end < 0 ? lastText.substring(start) : lastText.substring(start, end);
    line = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    lastLine = lineNumber;
    // columns count code points, as the line is shown
    lastPoints = line.replace('\t', ' ').codePoints().toArray();
    return lastPoints;
  }

  static String lineOf(String text, int lineNumber) {
    int start = 0;
    for (int i = 1; i < lineNumber; i++) {
      int nl = text.indexOf('\n', start);
      if (nl < 0) {
        return null;
      }
      start = nl + 1;
    }
    int end = text.indexOf('\n', start);
    String line = end < 0 ? text.substring(start) : text.substring(start, end);
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }
}
