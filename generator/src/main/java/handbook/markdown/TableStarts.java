package handbook.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockPreProcessor;
import com.vladsch.flexmark.parser.block.BlockPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * GFM's tables right after a paragraph's lines: a header row and a delimiter row end the
 * paragraph they follow without a blank line between, as GitHub (cmark-gfm), markdown-it,
 * micromark and Goldmark read them. flexmark, as Python-Markdown and kramdown, reads a table only
 * at a paragraph's start, the rest left as the paragraph's text. Run after flexmark's paragraph
 * pre-processors (link reference definitions, tables that start a paragraph) and before its
 * inline parsing; not in the parser of MkDocs' and Jekyll's pages
 * ({@link RenderOptions.Extension#TABLES_START_BLOCKS}). The lines right after a table's rows are
 * rows up to a blank line, in GFM and on MkDocs' pages (Python-Markdown reads a table's whole
 * block), not on Jekyll's (kramdown ends it at a line without a pipe, as flexmark does).
 */
final class TableStarts implements Parser.ParserExtension {
  /** What is read: GFM's tables (after a paragraph's lines, rows to a blank line), or the rows to a blank line alone. */
  enum Reading {
    GFM,
    ROWS_TO_BLANK
  }

  private final Reading reading;

  TableStarts(Reading reading) {
    this.reading = reading;
  }

  @Override
  public void parserOptions(MutableDataHolder options) {}

  @Override
  public void extend(Parser.Builder builder) {
    builder.blockPreProcessorFactory(
        new BlockPreProcessorFactory() {
          @Override
          public Set<Class<? extends Block>> getBlockTypes() {
            return Set.of(Paragraph.class);
          }

          @Override
          public BlockPreProcessor apply(ParserState state) {
            ParagraphPreProcessor tables = TableIndents.factory().apply(state);
            return (s, block) -> split((Paragraph) block, tables, s, reading == Reading.GFM);
          }

          @Override
          public Set<Class<?>> getAfterDependents() {
            return null;
          }

          @Override
          public Set<Class<?>> getBeforeDependents() {
            return null;
          }

          @Override
          public boolean affectsGlobalScope() {
            return false;
          }
        });
  }

  /**
   * Whether some line after a paragraph's second is a delimiter row under a line with a pipe: a
   * table this reads (the quick block parser leaves such a paragraph to flexmark).
   */
  static boolean holds(List<BasedSequence> lines) {
    for (int i = 2; i < lines.size(); i++) {
      if (delimiterLike(lines.get(i)) && lines.get(i - 1).indexOf('|') >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether a line has only a delimiter row's characters, a dash among them (flexmark's pre-processor decides). */
  private static boolean delimiterLike(BasedSequence line) {
    boolean dash = false;
    boolean pipeOrColon = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '-') {
        dash = true;
      } else if (c == '|' || c == ':') {
        pipeOrColon = true;
      } else if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return false;
      }
    }
    return dash && pipeOrColon;
  }

  /**
   * The paragraph's lines before a table's header row stay the paragraph; the table is put after
   * it, and the lines after the table's rows (a line without a pipe ends them here) after that,
   * as a paragraph of their own.
   */
  private static void split(Paragraph p, ParagraphPreProcessor tables, ParserState state, boolean afterParagraphs) {
    if (p.getParent() != null && p.getPrevious() instanceof TableBlock table && adjacent(table, p)) {
      rows(table, p, tables, state);
      return;
    }
    if (!afterParagraphs) {
      return;
    }
    int n = p.getLineCount();
    if (n < 3 || p.getParent() == null || !holds(p.getContentLines())) {
      return;
    }
    for (int i = 2; i < n; i++) {
      if (!delimiterLike(p.getLineChars(i)) || p.getLineChars(i - 1).indexOf('|') < 0) {
        continue;
      }
      Paragraph rest = new Paragraph();
      rest.setContent(p, i - 1, n);
      p.insertAfter(rest);
      int taken = tables.preProcessBlock(rest, state);
      if (taken <= 0) {
        rest.unlink();
        continue;
      }
      keep(p, 0, i - 1);
      // the lines after the table's rows
      int end = rest.getStartOffset() + taken;
      int first = 0;
      while (first < rest.getLineCount() && rest.getLineChars(first).getEndOffset() <= end) {
        first++;
      }
      if (first >= rest.getLineCount() || rest.getChars().baseSubSequence(rest.getLineChars(first).getStartOffset(), rest.getEndOffset()).isBlank()) {
        rest.unlink();
      } else {
        keep(rest, first, rest.getLineCount());
        rows((TableBlock) rest.getPrevious(), rest, tables, state);
      }
      return;
    }
  }

  /** Whether a paragraph starts on the line after a table's last row (no blank line between). */
  private static boolean adjacent(TableBlock table, Paragraph p) {
    // from the end of its last row (a table's own end takes its line end along)
    Node last = table.getLastChild();
    while (last != null && !(last instanceof TableRow)) {
      last = last.getLastChild() != null ? last.getLastChild() : last.getPrevious();
    }
    if (last == null || last.getEndOffset() > p.getStartOffset()) {
      return false;
    }
    BasedSequence between = p.getChars().baseSubSequence(last.getEndOffset(), p.getStartOffset());
    int breaks = 0;
    for (int i = 0; i < between.length(); i++) {
      char c = between.charAt(i);
      if (c == '\n') {
        breaks++;
      } else if (c != '\r' && c != ' ' && c != '\t' && c != '>') {
        return false;
      }
    }
    return breaks <= 1;
  }

  /**
   * The lines of a paragraph right after a table's rows are rows of it, as GFM reads them: a line
   * without a pipe is a row of one cell (flexmark ended the table there), the others as a table's
   * rows are read. The paragraph goes.
   */
  private static void rows(TableBlock table, Paragraph p, ParagraphPreProcessor tables, ParserState state) {
    Node body = table.getLastChild() instanceof TableBody b ? b : null;
    TableRow header = table.getFirstChild() instanceof TableHead head && head.getFirstChild() instanceof TableRow r ? r : null;
    TableRow delimiter = null;
    for (Node n = table.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof TableSeparator sep && sep.getFirstChild() instanceof TableRow r) {
        delimiter = r;
      }
    }
    if (body == null || header == null || delimiter == null) {
      return;
    }
    List<TableCell.Alignment> alignments = new ArrayList<>();
    for (Node c = header.getFirstChild(); c != null; c = c.getNext()) {
      alignments.add(c instanceof TableCell cell ? cell.getAlignment() : null);
    }
    List<TableRow> rows = new ArrayList<>();
    for (BasedSequence line : p.getContentLines()) {
      BasedSequence text = line.trim();
      TableRow row;
      if (text.indexOf('|') >= 0) {
        // a table of the header, the delimiter row and this line: its one row
        Paragraph one = new Paragraph(text, List.of(header.getChars(), delimiter.getChars(), text), new int[3]);
        Paragraph holder = new Paragraph();
        holder.appendChild(one);
        if (tables.preProcessBlock(one, unseen(state)) <= 0 || !(one.getPrevious() instanceof TableBlock made) || !(made.getLastChild() instanceof TableBody b) || !(b.getFirstChild() instanceof TableRow r)) {
          return; // (never: its header and delimiter made the table) the paragraph is left as it is
        }
        row = r;
        row.unlink();
      } else {
        row = new TableRow(text);
        TableCell cell = new TableCell(text);
        cell.setText(text);
        cell.setAlignment(alignments.isEmpty() ? null : alignments.get(0));
        state.getInlineParser().parse(text, cell);
        row.appendChild(cell);
        for (int i = 1; i < alignments.size(); i++) {
          TableCell empty = new TableCell(text.subSequence(text.length()));
          empty.setAlignment(alignments.get(i));
          row.appendChild(empty);
        }
      }
      rows.add(row);
    }
    int number = 0;
    for (Node n = body.getFirstChild(); n != null; n = n.getNext()) {
      number++;
    }
    for (TableRow row : rows) {
      row.setRowNumber(++number);
      body.appendChild(row);
    }
    body.setCharsFromContent();
    table.setCharsFromContent();
    p.unlink();
  }

  /** The parser's state, but the table made of one row is not added to the document's blocks. */
  private static ParserState unseen(ParserState state) {
    return (ParserState)
        java.lang.reflect.Proxy.newProxyInstance(
            ParserState.class.getClassLoader(),
            new Class<?>[] {ParserState.class},
            (proxy, method, args) -> {
              if (method.getName().equals("blockAdded")) {
                return null;
              }
              try {
                return method.invoke(state, args);
              } catch (java.lang.reflect.InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  /** Keeps lines {@code [from, to)} of a paragraph. */
  private static void keep(Paragraph p, int from, int to) {
    List<BasedSequence> lines = new ArrayList<>(p.getContentLines().subList(from, to));
    int[] indents = java.util.Arrays.copyOfRange(p.getLineIndents(), from, to);
    p.setContentLines(lines);
    p.setLineIndents(indents);
    int start = from == 0 ? p.getStartOffset() : lines.get(0).getStartOffset();
    p.setChars(p.getChars().baseSubSequence(start, lines.get(lines.size() - 1).getEndOffset()));
  }
}
