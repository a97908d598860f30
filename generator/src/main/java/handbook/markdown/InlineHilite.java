package handbook.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The language of a code span, as pymdownx.inlinehilite reads it in an MkDocs project that lists
 * it: {@code `#!python range(3)`} or {@code `:::python range(3)`} is the code
 * {@code range(3)} in Python, highlighted in the browser as a code block of that language is.
 * A shebang ({@code `#!/bin/sh`}) names no language and stays as written.
 */
final class InlineHilite {
  private InlineHilite() {}

  /** The language of each code span that names one, for the writers. */
  static final DataKey<Map<Node, String>> KEY = new DataKey<>("HANDBOOK_INLINE_HILITE", Map.of());

  /** As inlinehilite's pattern: the mark, a language (maybe none), white space, then the code. */
  private static final Pattern LANGUAGE = Pattern.compile("(?s)(?:#!|:{3,})([\\w#.+-]*)\\s+(?=.)");

  /** Takes the language off each code span that names one, and keeps it for the writers. */
  static void read(Document doc) {
    Map<Node, String> found = null;
    for (Node n : doc.getDescendants()) {
      if (!(n instanceof Code code)) {
        continue;
      }
      var text = code.getText();
      if (text.length() < 3 || text.charAt(0) != '#' && text.charAt(0) != ':') {
        continue;
      }
      Matcher m = LANGUAGE.matcher(text);
      if (!m.lookingAt()) {
        continue;
      }
      var rest = text.subSequence(m.end());
      code.setText(rest);
      if (code.getFirstChild() instanceof Text t && t.getNext() == null) {
        t.setChars(rest);
      }
      if (!m.group(1).isEmpty()) {
        if (found == null) {
          found = new IdentityHashMap<>();
        }
        found.put(code, m.group(1));
      }
    }
    if (found != null) {
      doc.set(KEY, found);
    }
  }
}
