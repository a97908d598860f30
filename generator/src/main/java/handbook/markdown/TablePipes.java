package handbook.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Pipes in a table's code spans. GFM reads {@code \|} in a cell's code as a pipe ({@code `a \| b`}
 * is {@code a | b}: the escape that keeps the cell whole); flexmark kept the backslash. (A pipe in
 * a code span splits no cell here, as in Python-Markdown's tables.)
 */
final class TablePipes {
  private TablePipes() {}

  /** GFM's reading of a cell's code: {@code \|} is a pipe. */
  static void unescape(Document doc) {
    for (Node n : doc.getDescendants()) {
      if (n instanceof Code c && c.getText().indexOf("\\|") >= 0 && inCell(c)) {
        c.setText(BasedSequence.of(c.getText().toString().replace("\\|", "|")));
      }
    }
  }

  private static boolean inCell(Node n) {
    for (Node p = n.getParent(); p != null; p = p.getParent()) {
      if (p instanceof TableCell) {
        return true;
      }
    }
    return false;
  }
}
