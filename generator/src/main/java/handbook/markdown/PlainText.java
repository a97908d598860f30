package handbook.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.LinkNode;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.DelimitedNode;
import com.vladsch.flexmark.util.ast.DoNotCollectText;
import com.vladsch.flexmark.util.ast.TypographicText;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The text of a node, as flexmark's {@link TextCollectingVisitor} collects it. A paragraph,
 * heading or table cell whose children are all inline nodes of the kinds known here is read in
 * one pass, with the visitor's result (except where the visitor is wrong: it leaves a stray
 * backtick of code inside an indented block); anything else goes to the visitor. That visitor grows its
 * buffer of text pieces one piece at a time, so its time is quadratic in the number of pieces
 * (nodes and escapes); a node with very many of them is read by a simpler linear walk instead,
 * which gives the same words.
 */
public final class PlainText {
  /** Pieces up to which flexmark's own visitor is used. */
  static final int EXACT_PIECES = 2000;

  private PlainText() {}

  public static String of(Node node) {
    return of(node, null);
  }

  /**
   * {@link #of(Node)}, where {@code plainBase} is the node's document text when that holds no
   * backslash and no {@code &} (its text pieces then need no unescaping, and are not scanned for
   * them piece by piece), else null.
   */
  static String of(Node node, String plainBase) {
    StringBuilder b = new StringBuilder();
    appendTo(node, plainBase, b);
    return b.toString();
  }

  /** Appends {@link #of(Node, String)} to {@code out}. */
  static void appendTo(Node node, String plainBase, StringBuilder out) {
    if (node instanceof com.vladsch.flexmark.ast.Paragraph || node instanceof com.vladsch.flexmark.ast.Heading || node instanceof com.vladsch.flexmark.ext.tables.TableCell) {
      for (Node a = node; a != null; a = a.getParent()) {
        if (a instanceof DoNotCollectText) {
          return;
        }
      }
      int mark = out.length();
      if (inline(node, out, plainBase)) {
        if (node instanceof com.vladsch.flexmark.ast.Paragraph p && p.isTrailingBlankLine()) {
          out.append('\n');
        }
        return;
      }
      out.setLength(mark);
    }
    out.append(pieces(node) <= EXACT_PIECES ? new TextCollectingVisitor().collectAndGetText(node) : linear(node));
  }

  /**
   * The text of a block's inline children as flexmark's visitor collects it (without flags), in
   * one pass; false when a child is of a kind not handled here, for the visitor to read instead.
   */
  private static boolean inline(Node parent, StringBuilder b, String plainBase) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Text || n instanceof TextBase || n instanceof HtmlEntity) {
        unescaped(n.getChars(), b, plainBase);
      } else if (n instanceof Code c) {
        b.append(c.getText());
      } else if (n instanceof SoftLineBreak) {
        b.append(n.getChars());
      } else if (n instanceof HardLineBreak) {
        var chars = n.getChars();
        b.append(chars, chars.length() - 1, chars.length());
      } else if (n instanceof HtmlInline || n instanceof HtmlInlineComment) {
        continue;
      } else if (n instanceof MaterialInline.Drawn d) {
        b.append(d.text());
      } else if (n instanceof Block || n instanceof DoNotCollectText || n instanceof TypographicText || n instanceof com.vladsch.flexmark.util.ast.LineBreakNode) {
        return false;
      } else if (n instanceof DelimitedNode || n instanceof LinkNode || n instanceof RefNode) {
        if (!inline(n, b, plainBase)) {
          return false;
        }
      } else {
        return false;
      }
    }
    return true;
  }

  private static void unescaped(BasedSequence chars, StringBuilder b, String plainBase) {
    if (chars instanceof SubSequence && chars.getBase() instanceof String base) {
      int start = chars.getStartOffset();
      int end = chars.getEndOffset();
      boolean plain = true;
      if (base != plainBase) {
        for (int i = start; i < end && plain; i++) {
          char c = base.charAt(i);
          plain = c != '\\' && c != '&';
        }
      }
      if (plain) {
        b.append(base, start, end);
        return;
      }
    }
    b.append(Escaping.unescapeString(chars));
  }

  private static int pieces(Node node) {
    int n = 0;
    var chars = node.getChars();
    for (int i = 0; i < chars.length(); i++) {
      char c = chars.charAt(i);
      if ((c == '\\' || c == '&') && ++n > EXACT_PIECES) {
        return n;
      }
    }
    Deque<Node> todo = new ArrayDeque<>();
    todo.push(node);
    while (!todo.isEmpty()) {
      Node x = todo.pop();
      if (++n > EXACT_PIECES) {
        return n;
      }
      for (Node c = x.getFirstChild(); c != null; c = c.getNext()) {
        todo.push(c);
      }
    }
    return n;
  }

  private static String linear(Node node) {
    StringBuilder b = new StringBuilder();
    Deque<Node> todo = new ArrayDeque<>();
    todo.push(node);
    while (!todo.isEmpty()) {
      Node x = todo.pop();
      if (x instanceof Block && x != node && b.length() > 0 && b.charAt(b.length() - 1) != '\n') {
        b.append('\n');
      }
      if (x instanceof Text || x instanceof TextBase || x instanceof HtmlEntity) {
        b.append(Escaping.unescapeString(x.getChars().toString()));
      } else if (x instanceof Code c) {
        b.append(c.getText());
      } else if (x instanceof SoftLineBreak || x instanceof HardLineBreak) {
        b.append('\n');
      } else if (x instanceof MaterialInline.Drawn d) {
        b.append(d.text());
      } else {
        Deque<Node> children = new ArrayDeque<>();
        for (Node c = x.getFirstChild(); c != null; c = c.getNext()) {
          children.push(c);
        }
        children.forEach(todo::push);
      }
    }
    return b.toString();
  }
}
