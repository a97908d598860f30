package handbook.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;
import java.util.Set;

/**
 * flexmark's tables, with each row's indent as the characters before it: flexmark's table reader
 * takes a row indented more than the table's first line as that many characters before its text,
 * counting columns, so a row indented by tabs (a tab is up to four columns) was read with the
 * line before's last characters in its first cell, or failed the build when near the body's start.
 */
final class TableIndents implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
  private final TablesExtension tables = (TablesExtension) TablesExtension.create();

  static TableIndents create() {
    return new TableIndents();
  }

  @Override
  public void parserOptions(MutableDataHolder options) {
    tables.parserOptions(options);
  }

  @Override
  public void extend(Parser.Builder builder) {
    builder.paragraphPreProcessorFactory(factory());
  }

  @Override
  public void rendererOptions(MutableDataHolder options) {
    tables.rendererOptions(options);
  }

  @Override
  public void extend(HtmlRenderer.Builder builder, String rendererType) {
    tables.extend(builder, rendererType);
  }

  /** flexmark's table pre-processor, each paragraph's indents made characters first ({@link #asCharacters}). */
  static ParagraphPreProcessorFactory factory() {
    ParagraphPreProcessorFactory flexmarks = TableParagraphPreProcessor.Factory();
    return new ParagraphPreProcessorFactory() {
      @Override
      public ParagraphPreProcessor apply(ParserState state) {
        ParagraphPreProcessor inner = flexmarks.apply(state);
        return (block, s) -> {
          asCharacters(block);
          return inner.preProcessBlock(block, s);
        };
      }

      @Override
      public Set<Class<?>> getAfterDependents() {
        return flexmarks.getAfterDependents();
      }

      @Override
      public Set<Class<?>> getBeforeDependents() {
        return flexmarks.getBeforeDependents();
      }

      @Override
      public boolean affectsGlobalScope() {
        return flexmarks.affectsGlobalScope();
      }
    };
  }

  /** Makes each line's indent beyond the first line's at most the spaces and tabs before it. */
  static void asCharacters(Paragraph p) {
    int[] indents = p.getLineIndents();
    List<BasedSequence> lines = p.getContentLines();
    if (indents == null || indents.length < 2 || lines.size() != indents.length) {
      return;
    }
    int first = indents[0];
    int[] made = null;
    for (int i = 1; i < indents.length; i++) {
      if (indents[i] <= first) {
        continue;
      }
      BasedSequence line = lines.get(i);
      BasedSequence base = line.getBaseSequence();
      int before = 0;
      for (int at = line.getStartOffset() - 1; at >= 0 && (base.charAt(at) == ' ' || base.charAt(at) == '\t'); at--) {
        before++;
      }
      if (indents[i] - first > before) {
        if (made == null) {
          made = indents.clone();
        }
        made[i] = first + before;
      }
    }
    if (made != null) {
      p.setLineIndents(made);
    }
  }
}
