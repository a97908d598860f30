package handbook.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Callouts in GitHub's and Docusaurus' syntax, read into {@link Callout} nodes. */
final class Callouts {
  private Callouts() {}

  /** GitHub's alert types: the class each is drawn with (GitHub draws CAUTION red). */
  private static final Map<String, String> GITHUB =
      Map.of("note", "note", "tip", "tip", "important", "info", "warning", "warning", "caution", "danger");

  /**
   * Turns every block quote whose first line starts with {@code [!NOTE]}, {@code [!TIP]},
   * {@code [!IMPORTANT]}, {@code [!WARNING]} or {@code [!CAUTION]} (any case) into a callout of
   * that type, without the marker. Text after the marker on its line is the start of the body, as
   * when a formatter has joined the marker line with the next.
   */
  static void githubAlerts(Document doc) {
    List<BlockQuote> quotes = new ArrayList<>();
    for (Node n : doc.getDescendants()) {
      if (n instanceof BlockQuote q && q.getFirstChild() instanceof Paragraph p && p.getFirstChild() instanceof LinkRef) {
        quotes.add(q);
      }
    }
    for (BlockQuote q : quotes) {
      Paragraph p = (Paragraph) q.getFirstChild();
      LinkRef marker = (LinkRef) p.getFirstChild();
      String text = marker.getChars().toString();
      if (!text.startsWith("[!") || !text.endsWith("]")) {
        continue;
      }
      String type = text.substring(2, text.length() - 1).toLowerCase(Locale.ROOT);
      if (!GITHUB.containsKey(type)) {
        continue;
      }
      Node after = marker.getNext();
      while (after instanceof Text t && t.getChars().isBlank()) {
        after = after.getNext();
      }
      // text on the marker's line starts the body (a formatter joined the lines)
      Node end = after == null || after instanceof SoftLineBreak || after instanceof HardLineBreak ? (after == null ? null : after.getNext()) : after;
      if (end instanceof Text t) {
        t.setChars(t.getChars().trimStart());
      }
      for (Node n = p.getFirstChild(); n != end; ) {
        Node next = n.getNext();
        n.unlink();
        n = next;
      }
      if (!p.hasChildren()) {
        p.unlink();
      }
      Callout c = new Callout(q.getChars(), GITHUB.get(type), "admonition." + type, null);
      c.takeChildren(q);
      q.insertBefore(c);
      q.unlink();
    }
  }

  /**
   * Docusaurus admonitions: {@code :::note}, {@code :::tip Title} or {@code :::tip[Title]}, then
   * Markdown, then a line {@code :::}. More colons outside let callouts nest. A type we do not
   * know leaves the lines as they are.
   */
  static final class Docusaurus implements Parser.ParserExtension {
    @Override
    public void parserOptions(MutableDataHolder options) {}

    @Override
    public void extend(Parser.Builder builder) {
      builder.customBlockParserFactory(new ContainerBlocks.Factory(Callouts::tryStart) {});
    }
  }

  private static final Pattern OPEN = Pattern.compile("(:{3,})[ \\t]*([A-Za-z][A-Za-z0-9_-]*)(?:\\[([^\\]]*)\\])?(?:[ \\t]+(.*?))?[ \\t]*");

  private static final class Fence extends ContainerBlocks.Parsing<Callout> {
    private final int colons;
    private boolean closed;

    Fence(Callout block, int colons) {
      super(block);
      this.colons = colons;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
      if (closed) {
        return BlockContinue.none();
      }
      int closing = closingColons(state);
      if (closing < colons) {
        return BlockContinue.atIndex(state.getIndex());
      }
      // an open code block inside keeps its lines; an open callout inside closes first (looked
      // for from the innermost block out to this one: on nested callouts the first one looked at
      // answers, where a search for this one's place cost its depth for each of them)
      List<BlockParser> open = state.getActiveBlockParsers();
      for (int i = open.size() - 1; i >= 0 && open.get(i) != this; i--) {
        BlockParser inner = open.get(i);
        if (inner.getBlock() instanceof com.vladsch.flexmark.ast.FencedCodeBlock
            || inner instanceof Fence f && !f.closed && closing >= f.colons) {
          return BlockContinue.atIndex(state.getIndex());
        }
      }
      // the closing line ends the callout: it is taken whole, and the next line is outside
      closed = true;
      block.closeOffset = state.getLine().subSequence(state.getNextNonSpaceIndex()).getStartOffset();
      return BlockContinue.atIndex(state.getLineEndIndex());
    }


    /** The colons of a closing line ({@code :::} alone), or 0. */
    private static int closingColons(ParserState state) {
      if (state.getIndent() >= 4) {
        return 0;
      }
      BasedSequence line = state.getLine();
      int i = state.getNextNonSpaceIndex();
      int n = 0;
      while (i + n < line.length() && line.charAt(i + n) == ':') {
        n++;
      }
      return n >= 3 && line.subSequence(i + n).isBlank() ? n : 0;
    }
  }

  private static BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
    if (state.getIndent() >= 4) {
      return BlockStart.none();
    }
    BasedSequence line = state.getLine();
    int i = state.getNextNonSpaceIndex();
    if (i + 3 > line.length() || line.charAt(i) != ':' || line.charAt(i + 1) != ':' || line.charAt(i + 2) != ':') {
      return BlockStart.none();
    }
    BasedSequence rest = line.subSequence(i).trimEOL();
    Matcher m = OPEN.matcher(rest);
    if (!m.matches()) {
      return BlockStart.none();
    }
    String type = m.group(2).toLowerCase(Locale.ROOT);
    String title = m.group(3) != null ? m.group(3) : m.group(4);
    Callout c;
    if (type.equals("details")) {
      // VitePress' collapsible container, open where its title ends in {open}
      boolean open = title != null && title.strip().endsWith("{open}");
      c = new Callout(rest, "note", "admonition.details", open ? title.strip().substring(0, title.strip().length() - "{open}".length()) : title, true, open);
    } else if (type.equals(CODE_GROUP) && title == null) {
      c = new Callout(rest, CODE_GROUP, "", null);
    } else if (Admonitions.known(type)) {
      c = new Callout(rest, Admonitions.cls(type), "admonition." + type, title);
    } else {
      return BlockStart.none();
    }
    return BlockStart.of(new Fence(c, m.group(1).length())).atIndex(state.getLineEndIndex());
  }

  /** VitePress' code group's container, while it is read. */
  private static final String CODE_GROUP = "code-group";

  /** A code block's label in a code group: {@code sh [npm]}, the language before it. */
  private static final Pattern LABEL = Pattern.compile("^(\\S*?)[ \\t]*\\[([^\\]]*)\\](.*)$");

  /** Whether a text may hold a code group (a cheap test before {@link #codeGroups}). */
  static boolean mayHoldCodeGroup(TextProbe probe, String text) {
    return TextProbe.contains(probe, text, CODE_GROUP);
  }

  /**
   * VitePress' code groups as content tabs: {@code ::: code-group}, code blocks each with a label
   * after its language ({@code ```sh [npm]}), {@code :::}; a block without a label is titled by
   * its language. What else the group holds follows its tabs as it is.
   */
  static void codeGroups(Document doc) {
    List<Callout> groups = new ArrayList<>();
    for (Node n : doc.getDescendants()) {
      if (n instanceof Callout c && c.cls.equals(CODE_GROUP)) {
        groups.add(c);
      }
    }
    for (Callout group : groups) {
      boolean first = true;
      for (Node n = group.getFirstChild(); n != null; ) {
        Node next = n.getNext();
        if (n instanceof com.vladsch.flexmark.ast.FencedCodeBlock code) {
          BasedSequence info = code.getInfo();
          Matcher m = LABEL.matcher(info);
          String title = info.toString().strip();
          if (m.matches()) {
            title = m.group(2).strip();
            code.setInfo(info.subSequence(0, m.end(1)).append(info.subSequence(m.start(3), m.end(3))));
          }
          Tabs.Tab tab = new Tabs.Tab(code.getChars(), title.isEmpty() ? "Code" : title, false, first);
          first = false;
          code.unlink();
          tab.appendChild(code);
          group.insertBefore(tab);
        } else {
          n.unlink();
          group.insertBefore(n);
        }
        n = next;
      }
      group.unlink();
      Tabs.SEEN.set(doc, true);
    }
  }
}
