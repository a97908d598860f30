package handbook.markdown;

import com.vladsch.flexmark.util.ast.ContentNode;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.List;

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

  /**
   * What {@code s.unescape()} gives (its backslash escapes and entities read), without flexmark's
   * pattern over the sequence where the text holds neither a backslash nor an ampersand.
   */
  static String unescaped(BasedSequence s) {
    String t = text(s);
    return t.indexOf('\\') < 0 && t.indexOf('&') < 0 ? t : com.vladsch.flexmark.util.sequence.Escaping.unescapeString(t);
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

  /**
   * A block's content lines as one string: the text of flexmark's {@code getContentChars()},
   * which joins the lines into a segmented sequence whose builder grows by one part at a time
   * (a block of 60,000 lines in a quote, each line a part, took minutes).
   */
  static String content(ContentNode node) {
    List<BasedSequence> lines = node.getContentLines();
    if (lines.size() == 1) {
      return text(lines.get(0));
    }
    StringBuilder b = new StringBuilder();
    for (BasedSequence line : lines) {
      append(line, b);
    }
    return b.toString();
  }

  /** The same as a sequence of its own (for flexmark's methods on it). */
  static BasedSequence contentChars(ContentNode node) {
    return BasedSequence.of(content(node));
  }

  /** A block's content as one string, and where each of its characters stands in the source. */
  record Content(String text, int[] starts, List<BasedSequence> lines) {
    static Content of(ContentNode node) {
      List<BasedSequence> lines = node.getContentLines();
      int[] starts = new int[lines.size()];
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < lines.size(); i++) {
        starts[i] = b.length();
        append(lines.get(i), b);
      }
      return new Content(b.toString(), starts, lines);
    }

    /** The source offset of the character at {@code index} of {@link #text}. */
    int sourceOffset(int index) {
      int i = java.util.Arrays.binarySearch(starts, index);
      if (i < 0) {
        i = -i - 2;
      }
      // a line that is empty has the start of the next: the last line starting there holds it
      while (i + 1 < starts.length && starts[i + 1] == index && lines.get(i).length() == 0) {
        i++;
      }
      return lines.get(i).getIndexOffset(index - starts[i]);
    }
  }
}
