package handbook.markdown;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;

/** flexmark's sequences as strings. */
final class Sequences {
  private Sequences() {}

  /**
   * What {@code s.toString()} gives, copied at once where {@code s} is one part of a string
   * (flexmark's {@code toString} appends it a character at a time); as flexmark reads it, a NUL
   * is U+FFFD.
   */
  static String text(BasedSequence s) {
    if (s instanceof SubSequence sub && sub.getBase() instanceof String base) {
      String t = base.substring(sub.getStartOffset(), sub.getEndOffset());
      return t.indexOf('\0') < 0 ? t : t.replace('\0', '\uFFFD');
    }
    return s.toString();
  }

  /** Appends {@link #text} of {@code s} to {@code out}. */
  static void append(BasedSequence s, StringBuilder out) {
    if (s instanceof SubSequence sub && sub.getBase() instanceof String base) {
      int start = sub.getStartOffset();
      int end = sub.getEndOffset();
      int mark = out.length();
      out.append(base, start, end);
      // looked for in what was appended only, not in the rest of the document
      for (int i = out.indexOf("\0", mark); i >= 0; i = out.indexOf("\0", i + 1)) {
        out.setCharAt(i, '\uFFFD');
      }
      return;
    }
    out.append(s.toString());
  }
}
