package handbook.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Drops the indentation of a template's lines as it is loaded: templates are indented to be read,
 * and on every page of a large site those spaces add up. Only the template's own text loses
 * them; what it inserts (a page's rendered Markdown) is never touched. Lines inside {@code <pre>}
 * and {@code <textarea>} keep theirs, since there whitespace is content; every line break stays,
 * so lines keep their numbers and words never run together.
 *
 * @param text the template without indentation
 * @param removed per line (index 0 is line 1), how many characters were dropped at its start, so
 *     that a column FreeMarker reports can be turned back into a column of the file
 */
record Indentation(String text, int[] removed) {
  static Indentation strip(String source) {
    StringBuilder out = new StringBuilder(source.length());
    List<Integer> removed = new ArrayList<>();
    int dropped = 0;
    boolean lineStart = true;
    String keepUntil = null;
    for (int i = 0; i < source.length(); i++) {
      char c = source.charAt(i);
      if (keepUntil == null && lineStart && (c == ' ' || c == '\t')) {
        dropped++;
        continue;
      }
      if (lineStart) {
        removed.add(dropped);
        dropped = 0;
      }
      lineStart = c == '\n';
      if (c == '<') {
        if (keepUntil == null) {
          keepUntil = opens(source, i, "pre") ? "</pre" : opens(source, i, "textarea") ? "</textarea" : null;
        } else if (source.regionMatches(true, i, keepUntil, 0, keepUntil.length())) {
          keepUntil = null;
        }
      }
      out.append(c);
    }
    if (lineStart) {
      removed.add(dropped);
    }
    return new Indentation(out.toString(), removed.stream().mapToInt(Integer::intValue).toArray());
  }

  /** The column in the file of a column in {@link #text()} (both 1-based). */
  int column(int line, int column) {
    return line >= 1 && line <= removed.length ? column + removed[line - 1] : column;
  }

  /** Whether a start tag with this name begins at {@code at}. */
  private static boolean opens(String html, int at, String name) {
    int end = at + 1 + name.length();
    if (end >= html.length() || !html.regionMatches(true, at + 1, name, 0, name.length())) {
      return false;
    }
    char next = html.charAt(end);
    return next == '>' || next == ' ' || next == '\t' || next == '\n' || next == '/';
  }
}
