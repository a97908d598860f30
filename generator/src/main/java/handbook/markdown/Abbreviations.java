package handbook.markdown;

import com.vladsch.flexmark.ext.abbreviation.AbbreviationExtension;
import com.vladsch.flexmark.ext.abbreviation.internal.AbbreviationBlockParser;
import com.vladsch.flexmark.ext.abbreviation.internal.AbbreviationNodePostProcessor;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.Set;

/**
 * flexmark's abbreviations (Python-Markdown's abbr: {@code *[HTML]: Hyper Text Markup Language}),
 * their definitions read at a line's start only. flexmark's reader takes the parts of a
 * definition that does not start its line (in a list item, a quote, after spaces) from the wrong
 * columns: a garbled abbreviation, or, where nothing follows its colon, a read past the line's
 * end that stopped the build. Such a line is text.
 */
final class Abbreviations implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension, Parser.ReferenceHoldingExtension {
  private final AbbreviationExtension flexmark = AbbreviationExtension.create();

  @Override
  public void parserOptions(MutableDataHolder options) {
    flexmark.parserOptions(options);
  }

  @Override
  public void extend(Parser.Builder builder) {
    builder.customBlockParserFactory(new AtLineStart());
    builder.postProcessorFactory(new AbbreviationNodePostProcessor.Factory());
  }

  @Override
  public boolean transferReferences(MutableDataHolder document, DataHolder included) {
    return flexmark.transferReferences(document, included);
  }

  @Override
  public void rendererOptions(MutableDataHolder options) {
    flexmark.rendererOptions(options);
  }

  @Override
  public void extend(HtmlRenderer.Builder builder, String rendererType) {
    flexmark.extend(builder, rendererType);
  }

  /** flexmark's definitions' block parser, tried only where a definition starts its line. */
  private static final class AtLineStart implements CustomBlockParserFactory {
    private final AbbreviationBlockParser.Factory flexmark = new AbbreviationBlockParser.Factory();

    @Override
    public BlockParserFactory apply(DataHolder options) {
      BlockParserFactory own = flexmark.apply(options);
      return (state, matched) -> state.getNextNonSpaceIndex() == 0 ? own.tryStart(state, matched) : BlockStart.none();
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
      return flexmark.getAfterDependents();
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
      return flexmark.getBeforeDependents();
    }

    @Override
    public boolean affectsGlobalScope() {
      return flexmark.affectsGlobalScope();
    }
  }
}
