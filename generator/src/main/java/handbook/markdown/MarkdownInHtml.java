package handbook.markdown;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Python-Markdown's md_in_html where the element's content follows its opening tag on the next
 * line, as MkDocs Material writes a figure: {@code <figure markdown="span">}, then {@code
 * ![Title](img.png)}, {@code <figcaption>...}, {@code </figure>}. CommonMark reads all of it as
 * one HTML block; a blank line after the opening tag and one before the closing tag (two
 * insertions, which move no line of the text as written) let its Markdown be read.
 */
final class MarkdownInHtml {
  private MarkdownInHtml() {}

  /** An opening tag with the markdown attribute anywhere in it (group 1 its name). */
  private static final String TAG = "<([A-Za-z][\\w-]*)(?=\\s[^>]*(?<=\\s)markdown[\\s=/>])[^>]*>";

  /** Such a tag on a line of its own, and the line's end. */
  private static final Pattern OPEN = Pattern.compile("[ ]{0,3}" + TAG + "[ \\t]*\\r?\\n");

  /**
   * Such a tag (group 1 the tag) with text, not a tag, on the next line: where it is not split, its
   * Markdown is not read (named by {@link ForeignMarkers}).
   */
  static final Pattern UNREAD = Pattern.compile("[ ]{0,3}(" + TAG + ")[ \\t]*\\r?\\n[ \\t]*[^<\\s]");

  /** Whether a text may hold such an element (a cheap test). */
  static boolean mayHold(TextProbe probe, String body) {
    return TextProbe.contains(probe, body, " markdown");
  }

  /** Whether the tag at {@code i} (of up to 300 characters) holds {@code markdown} after a space (a cheap test). */
  static boolean attributeAt(String body, int i) {
    int end = Math.min(body.length(), i + 300);
    for (int j = i + 1; j < end; j++) {
      char c = body.charAt(j);
      if (c == '>' || c == '<') {
        return false;
      }
      if (c == 'm' && Character.isWhitespace(body.charAt(j - 1)) && body.startsWith("markdown", j)) {
        return true;
      }
    }
    return false;
  }

  /** The insertions that split each such element's HTML block (none where it ends other than with its closing tag on a line of its own). */
  static List<ForeignMarkers.Edit> splits(Document doc) {
    List<ForeignMarkers.Edit> out = new ArrayList<>();
    for (Node n : doc.getDescendants()) {
      if (!(n instanceof HtmlBlock)) {
        continue;
      }
      String text = n.getChars().toString();
      Matcher m = OPEN.matcher(text);
      if (!m.lookingAt()) {
        continue;
      }
      String trimmed = text.stripTrailing();
      int lastLine = trimmed.lastIndexOf('\n') + 1;
      if (lastLine <= m.end() || !trimmed.substring(lastLine).strip().equalsIgnoreCase("</" + m.group(1) + ">")) {
        continue;
      }
      out.add(new ForeignMarkers.Edit(n.getStartOffset() + m.end(), n.getStartOffset() + m.end(), "\n"));
      out.add(new ForeignMarkers.Edit(n.getStartOffset() + lastLine, n.getStartOffset() + lastLine, "\n"));
    }
    return out;
  }

  /**
   * A scan of the text with the insertions made, as a scan of the text as written: its edits and
   * markers moved back, the insertions among its edits; null where an edit of it spans an
   * insertion (then the text is read without them).
   */
  static ForeignMarkers.Scan before(ForeignMarkers.Scan scan, List<ForeignMarkers.Edit> inserted) {
    // where each insertion stands in the text with them made
    int[] at = new int[inserted.size()];
    int shift = 0;
    for (int i = 0; i < at.length; i++) {
      at[i] = inserted.get(i).start() + shift;
      shift += inserted.get(i).text().length();
    }
    List<ForeignMarkers.Edit> edits = new ArrayList<>(inserted);
    for (ForeignMarkers.Edit e : scan.edits()) {
      for (int p : at) {
        if (e.start() <= p && p < e.end()) {
          return null;
        }
      }
      edits.add(new ForeignMarkers.Edit(back(e.start(), at, inserted), back(e.end(), at, inserted), e.text()));
    }
    edits.sort(java.util.Comparator.comparingInt(ForeignMarkers.Edit::start).thenComparingInt(ForeignMarkers.Edit::end));
    List<ForeignMarkers.Marker> unknown = new ArrayList<>();
    for (ForeignMarkers.Marker m : scan.unknown()) {
      unknown.add(new ForeignMarkers.Marker(back(m.offset(), at, inserted), m.text(), m.tool(), m.outcome()));
    }
    return new ForeignMarkers.Scan(List.copyOf(edits), List.copyOf(unknown));
  }

  /** An offset in the text with the insertions made, in the text as written. */
  private static int back(int offset, int[] at, List<ForeignMarkers.Edit> inserted) {
    int moved = 0;
    for (int i = 0; i < at.length && at[i] < offset; i++) {
      moved += inserted.get(i).text().length();
    }
    return offset - moved;
  }
}
