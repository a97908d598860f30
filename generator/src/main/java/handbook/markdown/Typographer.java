package handbook.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import handbook.markdown.RenderOptions.Extension;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Typographic punctuation, as Hugo's Goldmark (its typographer, on by default), Jekyll's kramdown
 * (by default) and Python-Markdown's smarty write it: straight quotes curled ({@code "a"} “a”,
 * {@code 'a'} ‘a’, an apostrophe between letters ’, a decade's {@code '90s} ’90s), dashes
 * ({@code --} –, {@code ---} —), an ellipsis ({@code ...} …) and angle quotes ({@code <<} «,
 * {@code >>} »); each as the project asks. Code, and a mark after a backslash, stay as written.
 *
 * <p>A quote opens where it could open an emphasis and not close one (CommonMark's flanking
 * rules, read from the characters around it in the source, as Goldmark reads them), and closes
 * the other way round; one that could do both or neither stays straight.
 */
final class Typographer {
  private Typographer() {}

  /** Whether its project asks for any of it. */
  static boolean on(Set<Extension> on) {
    return on.contains(Extension.SMART_QUOTES) || on.contains(Extension.SMART_DASHES) || on.contains(Extension.SMART_ELLIPSIS) || on.contains(Extension.SMART_ANGLES);
  }

  /** Puts the typographic characters {@code on} asks for in the text of the document, but in {@code asWritten} (ranges of it). */
  static void read(Document doc, Set<Extension> on, List<int[]> asWritten) {
    List<Text> texts = new ArrayList<>();
    for (Node n : doc.getDescendants()) {
      if (n instanceof Text t && mayHold(t.getChars()) && !MaterialInline.inCode(t)) {
        texts.add(t);
      }
    }
    for (Text t : texts) {
      replace(t, on, asWritten);
    }
  }

  private static boolean mayHold(BasedSequence s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\'' || c == '"' || c == '-' || c == '.' || c == '<' || c == '>') {
        return true;
      }
    }
    return false;
  }

  private static void replace(Text t, Set<Extension> on, List<int[]> asWritten) {
    BasedSequence chars = t.getChars();
    BasedSequence base = chars.getBaseSequence();
    int offset = chars.getStartOffset();
    int n = chars.length();
    int at = 0;
    boolean changed = false;
    for (int i = 0; i < n; ) {
      char c = chars.charAt(i);
      int length = 0;
      String glyph = null;
      if (i > 0 && chars.charAt(i - 1) == '\\' && escaped(chars, i) || !asWritten.isEmpty() && inside(asWritten, offset + i)) {
        i++;
        continue;
      }
      if (c == '-' && on.contains(Extension.SMART_DASHES)) {
        int run = run(chars, i, '-');
        if (run == 2 || run == 3) {
          length = run;
          glyph = run == 2 ? "\u2013" : "\u2014";
        } else {
          i += run;
          continue;
        }
      } else if (c == '.' && on.contains(Extension.SMART_ELLIPSIS) && i + 2 < n && chars.charAt(i + 1) == '.' && chars.charAt(i + 2) == '.') {
        length = 3;
        glyph = "\u2026";
      } else if ((c == '<' || c == '>') && on.contains(Extension.SMART_ANGLES) && i + 1 < n && chars.charAt(i + 1) == c) {
        length = 2;
        glyph = c == '<' ? "\u00ab" : "\u00bb";
      } else if ((c == '\'' || c == '"') && on.contains(Extension.SMART_QUOTES)) {
        // (read in the document around it, but where the text is not a stretch of it: a value filled in)
        glyph = offset >= 0 && offset + n <= base.length() ? quote(c, base, offset + i) : quote(c, chars, i);
        length = glyph == null ? 0 : 1;
      }
      if (glyph == null) {
        i++;
        continue;
      }
      if (i > at) {
        t.insertBefore(new Text(chars.subSequence(at, i)));
      }
      t.insertBefore(new MaterialInline.Replaced(chars.subSequence(i, i + length), glyph, glyph));
      changed = true;
      i += length;
      at = i;
    }
    if (!changed) {
      return;
    }
    if (at < n) {
      t.insertBefore(new Text(chars.subSequence(at)));
    }
    t.unlink();
  }

  /** Whether an offset is in one of the ranges, in order of their starts (the last that starts at or before it). */
  private static boolean inside(List<int[]> ranges, int offset) {
    int lo = 0;
    int hi = ranges.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (ranges.get(mid)[0] <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found >= 0 && offset < ranges.get(found)[1];
  }

  /** Whether the character at {@code i} follows an odd number of backslashes. */
  private static boolean escaped(BasedSequence s, int i) {
    int k = 0;
    for (int j = i - 1; j >= 0 && s.charAt(j) == '\\'; j--) {
      k++;
    }
    return k % 2 == 1;
  }

  private static int run(BasedSequence s, int i, char c) {
    int j = i;
    while (j < s.length() && s.charAt(j) == c) {
      j++;
    }
    return j - i;
  }

  /** The curled quote for the quote at {@code at} of the source, or null where it stays straight. */
  private static String quote(char c, BasedSequence source, int at) {
    int before = at > 0 ? source.charAt(at - 1) : '\n';
    int after = at + 1 < source.length() ? source.charAt(at + 1) : '\n';
    if (c == '\'') {
      // a decade ('90s) and an apostrophe between a letter or digit and a letter (don't, 1990's)
      if ((space(before) || punctuation(before)) && at + 3 < source.length() && Character.isDigit(after) && Character.isDigit(source.charAt(at + 2)) && source.charAt(at + 3) == 's'
          && (at + 4 >= source.length() || space(source.charAt(at + 4)) || punctuation(source.charAt(at + 4)))) {
        return "\u2019";
      }
      if (Character.isLetterOrDigit(before) && Character.isLetter(after)) {
        return "\u2019";
      }
    }
    boolean leftFlanking = !space(after) && (!punctuation(after) || space(before) || punctuation(before));
    boolean rightFlanking = !space(before) && (!punctuation(before) || space(after) || punctuation(after));
    if (leftFlanking && !rightFlanking) {
      return c == '\'' ? "\u2018" : "\u201c";
    }
    if (rightFlanking && !leftFlanking) {
      return c == '\'' ? "\u2019" : "\u201d";
    }
    return null;
  }

  private static boolean space(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** Punctuation as CommonMark reads it: ASCII punctuation or a Unicode punctuation character. */
  private static boolean punctuation(int c) {
    if (c < 128) {
      return c > 32 && c < 127 && !Character.isLetterOrDigit(c);
    }
    return switch (Character.getType(c)) {
      case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
          Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION -> true;
      default -> false;
    };
  }
}
