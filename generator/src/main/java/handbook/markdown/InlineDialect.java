package handbook.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The inline syntax of pages of tools other than MkDocs, read as their tools read it. None of
 * them has pymdownx's marks {@code ==x==}, insertions {@code ^^x^^}, superscripts {@code ^x^},
 * subscripts {@code ~x~} or keys {@code ++ctrl+c++}: their text is shown as written
 * ({@link RenderOptions.Extension#PLAIN_INLINE}). GitHub, Docusaurus (remark-gfm) and Hugo
 * (Goldmark) strike text through between single tildes as between double ones, GFM's
 * strikethrough ({@link RenderOptions.Extension#SINGLE_TILDES}); Jekyll (kramdown) and VitePress
 * (markdown-it) only between double ones. Hugo's Goldmark extras, where its config turns them on,
 * draw marks {@code ==x==}, subscripts {@code ~x~} and superscripts {@code ^x^} as pymdownx does.
 */
final class InlineDialect {
  private InlineDialect() {}

  /**
   * Reads a parsed document's inline syntax as the page's tool does ({@code struck}: whether it
   * strikes text through at all; {@code kept}: the tags of the marks its tool draws, Hugo's extras).
   */
  static void apply(Document doc, boolean singleTildes, boolean struck, java.util.Set<String> kept) {
    List<Node> drawn = new ArrayList<>();
    for (Node n = doc.getFirstChild(); n != null; n = MarkdownEngine.following(n, doc)) {
      if (n instanceof MaterialInline.Span span && !kept.contains(span.tag()) || n instanceof MaterialInline.Keys || n instanceof Strikethrough s && (!struck || singleTildes && longer(s))) {
        drawn.add(n);
      }
    }
    List<Node> parents = new ArrayList<>();
    for (Node n : drawn) {
      Node parent = n.getParent();
      if (n instanceof MaterialInline.Span s && s.tag().equals("sub") && singleTildes) {
        Strikethrough del = new Strikethrough(s.getOpeningMarker(), s.getText(), s.getClosingMarker());
        del.takeChildren(s);
        s.insertBefore(del);
        s.unlink();
      } else if (n instanceof com.vladsch.flexmark.util.ast.DelimitedNode s) {
        n.insertBefore(new Text(s.getOpeningMarker()));
        for (Node c = n.getFirstChild(); c != null; ) {
          Node next = c.getNext();
          n.insertBefore(c);
          c = next;
        }
        n.insertBefore(new Text(s.getClosingMarker()));
        n.unlink();
      } else {
        n.insertBefore(new Text(n.getChars()));
        n.unlink();
      }
      parents.add(parent);
    }
    parents.forEach(InlineDialect::mergeTexts);
    if (singleTildes && doc.getChars().indexOf('~') >= 0) {
      List<Node> withTexts = new ArrayList<>();
      for (Node n = doc.getFirstChild(); n != null; n = MarkdownEngine.following(n, doc)) {
        if (n instanceof Text && n.getChars().indexOf('~') >= 0 && !withTexts.contains(n.getParent()) && !literal(n.getParent())) {
          withTexts.add(n.getParent());
        }
      }
      withTexts.forEach(InlineDialect::strike);
    }
  }

  /**
   * Whether a strikethrough's marks are part of longer runs of tildes ({@code ~~~x~~~}), which
   * GFM does not read as one (flexmark takes two of three).
   */
  private static boolean longer(Strikethrough s) {
    BasedSequence open = s.getOpeningMarker();
    BasedSequence close = s.getClosingMarker();
    BasedSequence base = open.getBaseSequence();
    return open.getStartOffset() > 0 && base.charAt(open.getStartOffset() - 1) == '~' || close.getEndOffset() < base.length() && base.charAt(close.getEndOffset()) == '~';
  }

  /** Whether a node's text is read as it is written: code. */
  private static boolean literal(Node n) {
    return n instanceof com.vladsch.flexmark.ast.Code || n instanceof com.vladsch.flexmark.ast.CodeBlock || n instanceof com.vladsch.flexmark.ast.FencedCodeBlock
        || n instanceof com.vladsch.flexmark.ast.IndentedCodeBlock;
  }

  /** Adjacent texts of a parent, written one after the other, made one (as the parser leaves them). */
  private static void mergeTexts(Node parent) {
    Node n = parent.getFirstChild();
    while (n != null) {
      Node next = n.getNext();
      if (n instanceof Text t && next instanceof Text u && t.getChars().getEndOffset() == u.getChars().getStartOffset()) {
        Text both = new Text(t.getChars().baseSubSequence(t.getChars().getStartOffset(), u.getChars().getEndOffset()));
        t.insertBefore(both);
        t.unlink();
        u.unlink();
        n = both;
      } else {
        n = next;
      }
    }
  }

  /**
   * GFM's strikethrough of single tildes among a parent's texts: a tilde alone (not beside
   * another) opens where it is left-flanking and closes where it is right-flanking, as emphasis'
   * delimiters do; a closer takes the nearest opener before it.
   */
  private static void strike(Node parent) {
    BasedSequence base = parent.getChars().getBaseSequence();
    List<int[]> pairs = new ArrayList<>();
    Deque<Integer> openers = new ArrayDeque<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      if (!(n instanceof Text)) {
        continue;
      }
      BasedSequence chars = n.getChars();
      for (int k = chars.indexOf('~'); k >= 0; k = chars.indexOf('~', k + 1)) {
        int at = chars.getStartOffset() + k;
        int before = at > 0 ? base.charAt(at - 1) : '\n';
        int after = at + 1 < base.length() ? base.charAt(at + 1) : '\n';
        if (before == '~' || after == '~' || escaped(base, at)) {
          continue;
        }
        boolean open = !space(after) && (!punctuation(after) || space(before) || punctuation(before));
        boolean close = !space(before) && (!punctuation(before) || space(after) || punctuation(after));
        if (close && !openers.isEmpty()) {
          pairs.add(new int[] {openers.pop(), at});
        } else if (open) {
          openers.push(at);
        }
      }
    }
    // the inner first: a pair closes before the pair around it does
    pairs.sort((a, b) -> Integer.compare(a[1], b[1]));
    for (int[] p : pairs) {
      Text open = alone(parent, p[0]);
      Text close = alone(parent, p[1]);
      Strikethrough del = new Strikethrough(open.getChars(), base.subSequence(p[0] + 1, p[1]), close.getChars());
      for (Node c = open.getNext(); c != close; ) {
        Node next = c.getNext();
        del.appendChild(c);
        c = next;
      }
      open.insertBefore(del);
      open.unlink();
      close.unlink();
    }
  }

  /** The tilde at {@code at} of a text of the parent, made a text of its own. */
  private static Text alone(Node parent, int at) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      BasedSequence c = n.getChars();
      if (n instanceof Text t && c.getStartOffset() <= at && at < c.getEndOffset()) {
        if (c.getStartOffset() < at) {
          t.insertBefore(new Text(c.baseSubSequence(c.getStartOffset(), at)));
        }
        if (at + 1 < c.getEndOffset()) {
          t.insertAfter(new Text(c.baseSubSequence(at + 1, c.getEndOffset())));
        }
        t.setChars(c.baseSubSequence(at, at + 1));
        return t;
      }
    }
    throw new IllegalStateException("no text at " + at);
  }

  private static boolean escaped(BasedSequence base, int at) {
    int slashes = 0;
    for (int i = at - 1; i >= 0 && base.charAt(i) == '\\'; i--) {
      slashes++;
    }
    return slashes % 2 == 1;
  }

  private static boolean space(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean punctuation(int c) {
    if (c < 128) {
      return c > ' ' && c < 127 && !Character.isLetterOrDigit(c);
    }
    int t = Character.getType(c);
    return t == Character.CONNECTOR_PUNCTUATION || t == Character.DASH_PUNCTUATION || t == Character.START_PUNCTUATION || t == Character.END_PUNCTUATION
        || t == Character.INITIAL_QUOTE_PUNCTUATION || t == Character.FINAL_QUOTE_PUNCTUATION || t == Character.OTHER_PUNCTUATION
        || t == Character.MATH_SYMBOL || t == Character.CURRENCY_SYMBOL || t == Character.MODIFIER_SYMBOL || t == Character.OTHER_SYMBOL;
  }
}
