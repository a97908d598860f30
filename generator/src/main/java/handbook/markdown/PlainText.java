package handbook.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The text of a node, as flexmark's {@link TextCollectingVisitor} collects it. That visitor
 * grows its buffer of text pieces one piece at a time, so its time is quadratic in the number of
 * pieces (nodes and escapes); a node with very many of them is read by a simpler linear walk
 * instead, which gives the same words.
 */
public final class PlainText {
  /** Pieces up to which flexmark's own visitor is used. */
  static final int EXACT_PIECES = 2000;

  private PlainText() {}

  public static String of(Node node) {
    if (pieces(node) <= EXACT_PIECES) {
      return new TextCollectingVisitor().collectAndGetText(node);
    }
    return linear(node);
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
