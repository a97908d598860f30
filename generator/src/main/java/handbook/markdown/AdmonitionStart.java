package handbook.markdown;

import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ext.admonition.AdmonitionBlock;
import com.vladsch.flexmark.ext.admonition.internal.AdmonitionOptions;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The start of an admonition as Python-Markdown reads it: {@code !!! type}, {@code ???} or
 * {@code ???+}, then one or more names ({@code !!! note annotate "Title"}, {@code !!! info inline
 * end}: the first is the type, the others classes), then a title or none. flexmark's own parser
 * takes one name and leaves a line with more as text; this one makes the same block of both,
 * with the names as the block's info. What follows the first line is read as flexmark reads it.
 */
final class AdmonitionStart extends AbstractBlockParserFactory {
  private final AdmonitionOptions options;
  private Pattern start;

  AdmonitionStart(DataHolder options) {
    super(options);
    this.options = new AdmonitionOptions(options);
  }

  /** The first name of a block's info: its type. */
  static String type(BasedSequence info) {
    String s = info.toString();
    int space = indexOfSpace(s);
    return space < 0 ? s : s.substring(0, space);
  }

  /** The names after the first of a block's info, each a class of the block, or an empty list. */
  static java.util.List<String> classes(BasedSequence info) {
    String s = info.toString();
    int space = indexOfSpace(s);
    return space < 0 ? java.util.List.of() : java.util.List.of(s.substring(space).strip().split("[ \\t]+"));
  }

  private static int indexOfSpace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == ' ' || s.charAt(i) == '\t') {
        return i;
      }
    }
    return -1;
  }

  @Override
  public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
    if (state.getIndent() >= 4) {
      return BlockStart.none();
    }
    BlockParser matched = matchedBlockParser.getBlockParser();
    boolean inParagraph = matched.isParagraphParser();
    boolean inItemParagraph = inParagraph && matched.getBlock().getParent() instanceof ListItem && matched.getBlock() == matched.getBlock().getParent().getFirstChild();
    if (!marker(state, inParagraph, inItemParagraph)) {
      return BlockStart.none();
    }
    if (start == null) {
      String name = state.getParsing().ATTRIBUTENAME;
      start = Pattern.compile("^(\\?{3}\\+|\\?{3}|!{3})\\s+(" + name + "(?:[ \\t]+" + name + ")*)(?:\\s+(" + state.getParsing().LINK_TITLE_STRING + "))?\\s*$");
    }
    int at = state.getNextNonSpaceIndex();
    BasedSequence line = state.getLine();
    Matcher m = start.matcher(line.subSequence(at, line.length()));
    if (!m.find()) {
      return BlockStart.none();
    }
    Admonition parser = new Admonition(options);
    parser.block.setOpeningMarker(line.subSequence(at + m.start(1), at + m.end(1)));
    parser.block.setInfo(line.subSequence(at + m.start(2), at + m.end(2)));
    parser.block.setTitleChars(m.group(3) == null ? BasedSequence.NULL : line.subSequence(at + m.start(3), at + m.end(3)));
    return BlockStart.of(parser).atIndex(line.length());
  }

  /** Whether an admonition may start here (flexmark's rule, by its options). */
  private boolean marker(ParserState state, boolean inParagraph, boolean inItemParagraph) {
    if (inParagraph && !options.interruptsParagraph || !(options.allowLeadingSpace || state.getIndent() == 0) || inItemParagraph && !options.interruptsItemParagraph) {
      return false;
    }
    if (inItemParagraph && !options.withSpacesInterruptsItemParagraph) {
      return state.getIndent() == 0;
    }
    return state.getIndent() < state.getParsing().CODE_BLOCK_INDENT;
  }

  /**
   * The block's lines after its first: blank, or indented by the content indent and read from
   * there, keeping the rest of their indent. A line less far in ends it unless it is a paragraph's
   * lazy line, as in a quote (flexmark's own parser read every line before the first blank one
   * from its first character: code lost its indent and nested lists were flat).
   */
  private static final class Admonition extends ContainerBlocks.Parsing<AdmonitionBlock> {
    private final AdmonitionOptions options;

    Admonition(AdmonitionOptions options) {
      super(new AdmonitionBlock());
      this.options = options;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
      if (state.isBlank()) {
        return BlockContinue.atIndex(state.getNextNonSpaceIndex());
      }
      if (state.getIndent() >= options.contentIndent) {
        return BlockContinue.atColumn(state.getColumn() + options.contentIndent);
      }
      return BlockContinue.none();
    }

    @Override
    public void closeBlock(ParserState state) {
      // (as flexmark's admonition parser: its text is its content's)
      block.setCharsFromContent();
    }
  }
}
