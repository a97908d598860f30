package handbook.markdown;

import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.admonition.AdmonitionExtension;
import com.vladsch.flexmark.ext.admonition.internal.AdmonitionBlockParser;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.PostProcessor;
import com.vladsch.flexmark.parser.PostProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Map;
import java.util.Set;

/**
 * flexmark's admonition syntax and GFM's autolinks ({@link GfmAutolinks}) with a cheap test in
 * front: the admonition parser compiles a regular expression for every line that could start a
 * block, and the autolinks unescape and scan a text run. Only lines that start with {@code !!!} or
 * {@code ???}, and text that holds {@code ://}, {@code www.} or {@code @}, reach them.
 */
final class FastSyntax {
  private FastSyntax() {}

  /** The admonition block parser, tried only on lines that start like an admonition. */
  static final class Admonitions implements Parser.ParserExtension {
    private final AdmonitionExtension inner = (AdmonitionExtension) AdmonitionExtension.create();

    @Override
    public void parserOptions(MutableDataHolder options) {
      inner.parserOptions(options);
    }

    @Override
    public void extend(Parser.Builder builder) {
      CustomBlockParserFactory real = new AdmonitionBlockParser.Factory();
      builder.customBlockParserFactory(
          new CustomBlockParserFactory() {
            @Override
            public BlockParserFactory apply(DataHolder options) {
              BlockParserFactory f = new AdmonitionStart(options);
              return (state, matched) -> startsLikeAdmonition(state) ? f.tryStart(state, matched) : BlockStart.none();
            }

            @Override
            public com.vladsch.flexmark.util.sequence.mappers.SpecialLeadInHandler getLeadInHandler(DataHolder options) {
              return real.getLeadInHandler(options);
            }

            @Override
            public Set<Class<?>> getAfterDependents() {
              return real.getAfterDependents();
            }

            @Override
            public Set<Class<?>> getBeforeDependents() {
              return real.getBeforeDependents();
            }

            @Override
            public boolean affectsGlobalScope() {
              return real.affectsGlobalScope();
            }
          });
    }

    private static boolean startsLikeAdmonition(ParserState state) {
      BasedSequence line = state.getLine();
      int i = state.getNextNonSpaceIndex();
      if (i + 3 > line.length()) {
        return false;
      }
      char c = line.charAt(i);
      return (c == '!' || c == '?') && line.charAt(i + 1) == c && line.charAt(i + 2) == c && fewBackslashes(line, i);
    }

    /** Titles with more backslashes make flexmark's admonition pattern backtrack exponentially; such a line is text. */
    static final int MAX_TITLE_BACKSLASHES = 16;

    private static boolean fewBackslashes(BasedSequence line, int from) {
      int n = 0;
      for (int i = from; i < line.length(); i++) {
        if (line.charAt(i) == '\\' && ++n > MAX_TITLE_BACKSLASHES) {
          return false;
        }
      }
      return true;
    }
  }

  /** GFM autolinks ({@code www.}, {@code https://}, e-mail addresses) in text that may hold one. */
  static final class Autolinks implements Parser.ParserExtension {
    @Override
    public void parserOptions(MutableDataHolder options) {}

    @Override
    public void extend(Parser.Builder builder) {
      // One walk over the document of our own: a node post-processor (flexmark's way) makes
      // flexmark index every node of every document by class first.
      builder.postProcessorFactory(
          new PostProcessorFactory() {
            @Override
            public Map<Class<?>, Set<Class<?>>> getNodeTypes() {
              return null;
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
              return true;
            }

            @Override
            public PostProcessor apply(Document document) {
              return new PostProcessor() {
                @Override
                public Document processDocument(Document doc) {
                  link(doc);
                  return doc;
                }

                @Override
                public void process(NodeTracker state, Node node) {}
              };
            }
          });
    }

    /**
     * Whether a text may hold a link of these: {@code @}, {@code ://}, {@code www.}, or an entity
     * (which may stand for one of their characters).
     */
    static boolean mayHold(TextProbe probe) {
      return probe.has('@') || probe.has('&') || probe.mayContain("://") || probe.mayContainIgnoringCase("www.");
    }

    /** Links what is in the document's text nodes, in document order, as GitHub would ({@link GfmAutolinks}). */
    static void link(Document doc) {
      java.util.List<Node> texts = new java.util.ArrayList<>();
      java.util.BitSet linked = new java.util.BitSet();
      collect(doc, texts, linked);
      if (linked.isEmpty()) {
        return;
      }
      // the brackets open before each text in its block, counted along up to its last text that may hold a link
      int n = texts.size();
      Node[] blocks = new Node[n];
      for (int i = 0; i < n; i++) {
        blocks[i] = GfmAutolinks.blockOf(texts.get(i));
      }
      int open = 0;
      boolean linkAfter = false;
      java.util.BitSet counted = new java.util.BitSet(n);
      for (int i = n - 1; i >= 0; i--) {
        if (i == n - 1 || blocks[i] != blocks[i + 1]) {
          linkAfter = false;
        }
        if (linkAfter) {
          counted.set(i);
        }
        linkAfter |= linked.get(i);
      }
      for (int i = 0; i < n; i++) {
        if (i == 0 || blocks[i] != blocks[i - 1]) {
          open = 0;
        }
        Node t = texts.get(i);
        if (linked.get(i)) {
          open = GfmAutolinks.link((Text) t, open);
        } else if (counted.get(i)) {
          open = GfmAutolinks.brackets(t.getChars(), open);
        }
      }
    }

    /** The text nodes (of the class itself) in document order, and which of them may hold a link. */
    private static void collect(Node parent, java.util.List<Node> out, java.util.BitSet linked) {
      for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
        if (n.getClass() == Text.class) {
          if (mayHoldLink(n)) {
            linked.set(out.size());
          }
          out.add(n);
        } else if (n.hasChildren()) {
          collect(n, out, linked);
        }
      }
    }

    private static boolean mayHoldLink(Node node) {
      Node next = node.getNext();
      if (next instanceof HtmlEntity || next != null && next.getClass().getSimpleName().equals("TypographicText")) {
        return true;
      }
      BasedSequence s = node.getChars();
      if (s instanceof com.vladsch.flexmark.util.sequence.SubSequence sub && sub.getBase() instanceof String base) {
        // the test on the string the text is part of: no call per character
        return mayHoldLink(base, sub.getStartOffset(), sub.getEndOffset());
      }
      String text = s.toString();
      return mayHoldLink(text, 0, text.length());
    }

    /** {@link #mayHoldLink(Node)}'s test on {@code s[from, to)}. */
    static boolean mayHoldLink(String s, int from, int to) {
      for (int i = from; i < to; i++) {
        char c = s.charAt(i);
        if (c == '@' || c == ':' && i + 2 < to && s.charAt(i + 1) == '/' && s.charAt(i + 2) == '/') {
          return true;
        }
        if ((c == '.') && i >= from + 3 && (s.charAt(i - 1) | 0x20) == 'w' && (s.charAt(i - 2) | 0x20) == 'w' && (s.charAt(i - 3) | 0x20) == 'w') {
          return true;
        }
      }
      return false;
    }
  }
}
