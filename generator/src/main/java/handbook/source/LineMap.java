package handbook.source;

import java.util.Arrays;

/** Turns character offsets in a text into 1-based line and column numbers. */
public final class LineMap {
  private final int[] lineStarts;

  public LineMap(CharSequence text) {
    int[] starts = new int[16];
    int n = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, n);
  }

  /** 1-based line of an offset. */
  public int line(int offset) {
    int i = Arrays.binarySearch(lineStarts, offset);
    return (i >= 0 ? i : -i - 2) + 1;
  }

  /** 1-based column of an offset, counted in characters. */
  public int column(int offset) {
    return offset - lineStarts[line(offset) - 1] + 1;
  }

  public int lineCount() {
    return lineStarts.length;
  }
}
