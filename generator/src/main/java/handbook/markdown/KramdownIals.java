package handbook.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * kramdown's block attribute lists, on lines of their own, in a Jekyll project's pages, placed
 * as kramdown places them: a list on the line right after a block is that block's (a heading's
 * id and classes, {@code {: .no_toc }} keeping it out of the table of contents; a table's, a
 * list's, a quote's, a rule's, a code block's, {@code .language-ruby} its language), one after a
 * blank line or at the start is the next block's, over blank lines (kramdown keeps it over them),
 * one at its container's end is no block's (it is left out). A list's line ends a paragraph, and an
 * unindented one ends a list (it is no lazy line there), so the list of
 *
 * <pre>{@code
 * - one
 * - two
 * {: .steps }
 * }</pre>
 *
 * is the list's. A list at the end of a paragraph's last line is {@link AttrLists}'.
 */
final class KramdownIals {
  private KramdownIals() {}

  /**
   * One list's line: where its {@code {} is, the paragraph it is a line of, its line's range in
   * the document, and the block it is for (null where it is for none: left out).
   */
  record Placed(int offset, Paragraph host, int start, int end, Node target, String inside) {}

  /** Whether a text may hold a block attribute list of kramdown's. */
  static boolean mayHold(String body) {
    return body.contains("{:");
  }

  /** The lists of a document's paragraphs that are placed, in document order. */
  static List<Placed> find(Document doc) {
    List<Placed> out = new ArrayList<>();
    for (Node n = doc.getFirstChild(); n != null; n = MarkdownEngine.following(n, doc)) {
      if (n instanceof Paragraph p) {
        read(p, out);
      }
    }
    return out;
  }

  /** A line that is a list alone (up to {@code maxIndent} spaces before it): the list's text inside its braces, else null. */
  private static String list(BasedSequence line, int maxIndent) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    if (i > maxIndent || i + 2 >= line.length() || line.charAt(i) != '{' || line.charAt(i + 1) != ':' || line.charAt(i + 2) == ':' || line.charAt(i + 2) == '/') {
      return null;
    }
    Matcher m = AttrLists.LIST.matcher(line.subSequence(i).trimEnd());
    return m.matches() ? m.group(1) : null;
  }

  private static void read(Paragraph p, List<Placed> out) {
    List<BasedSequence> lines = p.getContentLines();
    int n = lines.size();
    if (n == 0) {
      return;
    }
    int first = 0;
    while (first < n && list(lines.get(first), 3) != null) {
      first++;
    }
    if (first == n || first > 0) {
      leading(p, lines, first, out);
    }
    if (first == n) {
      return;
    }
    // the lists that end the paragraph, and those between its lines
    int last = n;
    while (last > first && list(lines.get(last - 1), Integer.MAX_VALUE) != null) {
      last--;
    }
    if (p.getParent() instanceof Document) {
      for (int i = first; i < last; i++) {
        if (list(lines.get(i), 3) != null && covered(p, lines.get(i).getStartOffset(), lines.get(i).getEndOffset())) {
          // (the lines before it are a paragraph of their own, with the list: see split)
          placed(p, lines.get(i), p, out);
        }
      }
    }
    if (last < n && covered(p, lines.get(last).getStartOffset(), lines.get(n - 1).getEndOffset())) {
      Node target = ending(p, lines.get(last));
      if (target != null) {
        for (int i = last; i < n; i++) {
          placed(p, lines.get(i), target, out);
        }
      }
    }
  }

  /**
   * The lists that start a paragraph (its lines up to {@code first}): the block's right before
   * it; else the rest of the paragraph's; else, where they are all of it, the next block's, blank
   * lines between or not (kramdown keeps the list over them; at the end of its container it is no
   * block's).
   */
  private static void leading(Paragraph p, List<BasedSequence> lines, int first, List<Placed> out) {
    if (!covered(p, lines.get(0).getStartOffset(), lines.get(first - 1).getEndOffset())) {
      return;
    }
    Node before = p.getPrevious();
    Node target;
    if (before != null && adjacent(before, p)) {
      target = before;
    } else if (first < lines.size()) {
      target = p;
    } else {
      target = p.getNext();
      if (target == null) {
        // (none: left out)
        for (int i = 0; i < first; i++) {
          placed(p, lines.get(i), null, out);
        }
        return;
      }
    }
    if (!takes(target)) {
      return; // (a block that takes none: shown, and named)
    }
    for (int i = 0; i < first; i++) {
      placed(p, lines.get(i), target, out);
    }
  }

  /**
   * Whose the lists on the last lines of a paragraph are: the paragraph's, or, where the first of
   * them is a lazy line of an item's or a quote's that the paragraph ends, the list's or the
   * quote's it ends (the outermost); null where that is not sure.
   */
  private static Node ending(Paragraph p, BasedSequence line) {
    int indent = indent(line);
    int quotes = quoteMarkers(line);
    Node at = p;
    while (true) {
      Node parent = at.getParent();
      boolean leaves = parent instanceof ListItem item ? indent < contentColumn(item) : parent instanceof BlockQuote q && quotes < depth(q);
      if (!leaves) {
        return at;
      }
      // (where the item or the quote goes on after the line, kramdown would end it there: not sure)
      if (at.getNext() != null || parent instanceof ListItem item && item.getNext() != null) {
        return null;
      }
      at = parent instanceof ListItem ? parent.getParent() : parent;
    }
  }

  /** The quotes a node is in, itself among them. */
  private static int depth(Node n) {
    int d = 0;
    for (Node x = n; x != null; x = x.getParent()) {
      if (x instanceof BlockQuote) {
        d++;
      }
    }
    return d;
  }

  /** The quote markers ({@code >}) before a content line on its line of the document. */
  private static int quoteMarkers(BasedSequence line) {
    BasedSequence base = line.getBaseSequence();
    int count = 0;
    for (int i = line.getStartOffset() - 1; i >= 0 && base.charAt(i) != '\n'; i--) {
      if (base.charAt(i) == '>') {
        count++;
      }
    }
    return count;
  }

  /**
   * Splits each paragraph of the document's top level after the lists between its lines: the
   * lines before (with the lists) a paragraph, the lines after another, as kramdown reads a list's
   * line as the end of a paragraph.
   */
  private static void split(Document doc) {
    for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
      if (!(n instanceof Paragraph p)) {
        continue;
      }
      List<BasedSequence> lines = p.getContentLines();
      int first = 0;
      while (first < lines.size() && list(lines.get(first), 3) != null) {
        first++;
      }
      for (int i = first; i + 1 < lines.size(); i++) {
        if (list(lines.get(i), 3) != null && list(lines.get(i + 1), 3) == null && covered(p, lines.get(i).getStartOffset(), lines.get(i).getEndOffset())) {
          int cut = lines.get(i + 1).getStartOffset();
          Paragraph rest = new Paragraph();
          rest.setContent(new ArrayList<>(lines.subList(i + 1, lines.size())));
          for (Node c = p.getFirstChild(); c != null; ) {
            Node next = c.getNext();
            if (c.getStartOffset() >= cut) {
              rest.appendChild(c);
            }
            c = next;
          }
          p.setContent(new ArrayList<>(lines.subList(0, i + 1)));
          p.insertAfter(rest);
          break; // (the rest is split in its turn)
        }
      }
    }
  }

  private static void placed(Paragraph p, BasedSequence line, Node target, List<Placed> out) {
    int brace = line.indexOf('{');
    String inside = list(line, Integer.MAX_VALUE);
    out.add(new Placed(line.getStartOffset() + brace, p, line.getStartOffset(), line.getEndOffset(), target, inside));
  }

  /** The spaces before a line's text, as columns from the document's line start. */
  private static int indent(BasedSequence line) {
    int column = column(line.getBaseSequence(), line.getStartOffset());
    int i = 0;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    return column + i;
  }

  /** The column of an offset on its line. */
  private static int column(BasedSequence base, int offset) {
    int start = offset;
    while (start > 0 && base.charAt(start - 1) != '\n') {
      start--;
    }
    return offset - start;
  }

  /** The column where an item's text starts (after its marker and the space after it). */
  private static int contentColumn(ListItem item) {
    BasedSequence marker = item.getOpeningMarker();
    int column = column(item.getBaseSequence(), marker.getStartOffset()) + marker.length();
    BasedSequence base = item.getBaseSequence();
    int at = marker.getEndOffset();
    int spaces = 0;
    while (at + spaces < base.length() && base.charAt(at + spaces) == ' ' && spaces < 4) {
      spaces++;
    }
    return column + Math.max(1, spaces);
  }

  /** Whether the inline nodes over a range of a paragraph are text alone (so the lines can be taken out). */
  private static boolean covered(Paragraph p, int start, int end) {
    for (Node c = p.getFirstChild(); c != null; c = c.getNext()) {
      if (c.getEndOffset() <= start || c.getStartOffset() >= end) {
        continue;
      }
      if (!(c instanceof Text || c instanceof SoftLineBreak) || c.getStartOffset() < start && !(c instanceof SoftLineBreak)) {
        return false;
      }
    }
    return true;
  }

  /** Whether two blocks are on lines next to each other (no blank line between them). */
  private static boolean adjacent(Node before, Node after) {
    BasedSequence base = after.getBaseSequence();
    int newlines = 0;
    for (int i = Math.max(0, before.getEndOffset() - 1); i < after.getStartOffset(); i++) {
      if (base.charAt(i) == '\n') {
        newlines++;
      }
    }
    return newlines <= 1;
  }

  /** The blocks a list is put on. */
  static boolean takes(Node n) {
    return n instanceof Paragraph || n instanceof Heading || n instanceof TableBlock || n instanceof BulletList || n instanceof OrderedList
        || n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock || n instanceof BlockQuote || n instanceof ThematicBreak;
  }

  /** Takes the lists' lines out of their paragraphs (a paragraph of lists alone out of the document) and keeps their attributes for the writers. */
  static void apply(Document doc) {
    split(doc);
    List<Placed> placed = find(doc);
    if (placed.isEmpty()) {
      return;
    }
    Map<Node, List<AttrLists.Attr>> found = new IdentityHashMap<>(AttrLists.KEY.get(doc));
    for (Placed pl : placed) {
      if (pl.target() != null) {
        found.merge(pl.target(), AttrLists.written(pl.inside()), AttrLists::merged);
      }
    }
    java.util.Set<Paragraph> hosts = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (Placed pl : placed) {
      hosts.add(pl.host());
      List<Node> gone = new ArrayList<>();
      for (Node c = pl.host().getFirstChild(); c != null; c = c.getNext()) {
        if (c.getStartOffset() >= pl.start() && c.getEndOffset() <= pl.end()) {
          gone.add(c);
        }
      }
      gone.forEach(Node::unlink);
    }
    for (Paragraph p : hosts) {
      // the line break that ended a line taken out, and the indent of the line after it
      while (p.getFirstChild() instanceof SoftLineBreak b) {
        b.unlink();
      }
      while (p.getLastChild() instanceof SoftLineBreak b) {
        b.unlink();
      }
      if (p.getFirstChild() instanceof Text t) {
        t.setChars(t.getChars().trimStart(com.vladsch.flexmark.util.misc.CharPredicate.SPACE_TAB));
      }
      if (!p.hasChildren()) {
        p.unlink();
      }
    }
    doc.set(AttrLists.KEY, found);
  }
}
