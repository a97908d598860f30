package handbook.source;

import java.util.Arrays;

/**
 * Turns character offsets in a text into 1-based line and column numbers. Columns count code
 * points (what a reader counts: an emoji is one), not UTF-16 units.
 */
public final class LineMap {
  private final int[] lineStarts;
  private final CharSequence text;

  public LineMap(CharSequence text) {
    this.text = text;
    int[] starts = new int[16];
    int n = 1;
    int length = text.length();
    String string = text instanceof String t ? t : null;
    for (int i = next(text, string, 0, length); i >= 0; i = next(text, string, i + 1, length)) {
      if (n == starts.length) {
        starts = Arrays.copyOf(starts, n * 2);
      }
      starts[n++] = i + 1;
    }
    this.lineStarts = Arrays.copyOf(starts, n);
  }

  /** The next line end at or after {@code from}, or -1 (a string is searched with its own, quicker indexOf). */
  private static int next(CharSequence text, String string, int from, int length) {
    if (string != null) {
      return string.indexOf('\n', from);
    }
    for (int i = from; i < length; i++) {
      if (text.charAt(i) == '\n') {
        return i;
      }
    }
    return -1;
  }

  /** 1-based line of an offset. */
  public int line(int offset) {
    int i = Arrays.binarySearch(lineStarts, offset);
    return (i >= 0 ? i : -i - 2) + 1;
  }

  /** The column last counted: the next offset on its line is counted from there. */
  private record Mark(int line, int offset, int column) {}

  /**
   * The column of the offset asked last, so that many offsets on one long line (a minified file,
   * a hostile one) are counted once in order, not each from the line's start.
   */
  private volatile Mark mark;

  /** 1-based column of an offset, counted in code points. */
  public int column(int offset) {
    int line = line(offset);
    int start = lineStarts[line - 1];
    int end = Math.min(offset, text.length());
    Mark m = mark;
    int from = start;
    int column = 1;
    if (m != null && m.line() == line && m.offset() <= end) {
      from = m.offset();
      column = m.column();
    }
    int surrogates = 0;
    for (int i = from; i < end; i++) {
      if (Character.isLowSurrogate(text.charAt(i)) && i > start && Character.isHighSurrogate(text.charAt(i - 1))) {
        surrogates++;
      }
    }
    column += offset - from - surrogates;
    if (offset == end) {
      mark = new Mark(line, offset, column);
    }
    return column;
  }

  /** The offset where a 1-based line starts (the text's end past its last line). */
  public int start(int line) {
    return line - 1 < lineStarts.length ? lineStarts[Math.max(0, line - 1)] : text.length();
  }

  public int lineCount() {
    return lineStarts.length;
  }
}
