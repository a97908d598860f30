package handbook.markdown;

import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.Set;

/** What the container blocks read here (callouts, content tabs) share in flexmark's block parsing. */
final class ContainerBlocks {
  private ContainerBlocks() {}

  /**
   * A factory of the block parsers {@code start} starts: it depends on no other, and its blocks are
   * local. flexmark tells factories apart by their class, so each use is a class of its own:
   * {@code new ContainerBlocks.Factory(start) {}}.
   */
  abstract static class Factory implements CustomBlockParserFactory {
    private final BlockParserFactory start;

    Factory(BlockParserFactory start) {
      this.start = start;
    }

    @Override
    public BlockParserFactory apply(DataHolder options) {
      return start;
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
  }

  /** A container block's parser: it holds blocks of any kind, and its text reaches to its last child's end. */
  abstract static class Parsing<B extends Block> extends AbstractBlockParser {
    final B block;

    Parsing(B block) {
      this.block = block;
    }

    @Override
    public Block getBlock() {
      return block;
    }

    @Override
    public boolean isContainer() {
      return true;
    }

    @Override
    public boolean canContain(ParserState state, BlockParser blockParser, Block block) {
      return true;
    }

    @Override
    public void closeBlock(ParserState state) {
      coverChildren(block);
    }
  }

  /** A closed container's text reaches to the end of its last child (flexmark leaves it at its first line). */
  static void coverChildren(Block block) {
    Node last = block.getLastChild();
    if (last != null && last.getEndOffset() > block.getEndOffset()) {
      block.setChars(block.getChars().baseSubSequence(block.getStartOffset(), last.getEndOffset()));
    }
  }
}
