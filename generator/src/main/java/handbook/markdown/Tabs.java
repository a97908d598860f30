package handbook.markdown;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Content tabs of MkDocs Material (pymdownx.tabbed): {@code === "Title"} and the lines indented
 * under it are one tab; tabs one after the other are one set ({@code ===!} starts a new set,
 * {@code ===+} is the tab shown first). Drawn as radio buttons and labels, so they switch with
 * CSS alone (no script); without styles every tab is shown in order, under its title.
 */
final class Tabs {
  private Tabs() {}

  /** The most tabs in a set the stylesheet can switch between; a set with more shows them all. */
  static final int MAX = 20;

  /** Set on a document when a tab starts in it: only then are its tabs put into sets. */
  static final com.vladsch.flexmark.util.data.DataKey<Boolean> SEEN = new com.vladsch.flexmark.util.data.DataKey<>("HANDBOOK_TABS", false);

  private static final Pattern START = Pattern.compile("===([!+]{0,2})[ \\t]+\"(.*)\"[ \\t]*");

  /** One tab: its title and what is indented under it. */
  static final class Tab extends Block {
    final String title;
    final boolean selected;
    final boolean newSet;

    Tab(BasedSequence chars, String title, boolean selected, boolean newSet) {
      super(chars);
      this.title = title;
      this.selected = selected;
      this.newSet = newSet;
    }

    @Override
    public BasedSequence[] getSegments() {
      return EMPTY_SEGMENTS;
    }
  }

  /** Tabs one after the other, as one set: its id (the prefix of its inputs' ids) and which tab is shown first. */
  static final class TabSet extends Block {
    final String id;
    final int selected;

    TabSet(BasedSequence chars, String id, int selected) {
      super(chars);
      this.id = id;
      this.selected = selected;
    }

    @Override
    public BasedSequence[] getSegments() {
      return EMPTY_SEGMENTS;
    }

    List<Tab> tabs() {
      List<Tab> tabs = new ArrayList<>();
      for (Node n = getFirstChild(); n != null; n = n.getNext()) {
        tabs.add((Tab) n);
      }
      return tabs;
    }

    /** Whether the stylesheet can switch between its tabs (else all are shown). */
    boolean switches() {
      return tabs().size() <= MAX;
    }
  }

  /**
   * Puts tabs that follow one another into sets, numbered in the order of the text; {@code prefix}
   * goes before their ids (several bodies on one page).
   */
  static void group(Document doc, String prefix) {
    List<Tab> starts = new ArrayList<>();
    for (Node n : doc.getDescendants()) {
      if (n instanceof Tab t && (t.newSet || !(t.getPrevious() instanceof Tab))) {
        starts.add(t);
      }
    }
    int number = 0;
    for (Tab first : starts) {
      number++;
      List<Tab> tabs = new ArrayList<>();
      int selected = 0;
      for (Node n = first; n instanceof Tab t && (t == first || !t.newSet); n = n.getNext()) {
        if (t.selected && selected == 0) {
          selected = tabs.size();
        }
        tabs.add(t);
      }
      Tab last = tabs.get(tabs.size() - 1);
      TabSet set = new TabSet(first.getChars().baseSubSequence(first.getStartOffset(), last.getEndOffset()), prefix + "__tabbed_" + number, selected);
      first.insertBefore(set);
      for (Tab t : tabs) {
        t.unlink();
        set.appendChild(t);
      }
    }
  }

  /** The start of a set: its radio buttons and labels, and the start of its tabs. */
  static String open(TabSet set) {
    List<Tab> tabs = set.tabs();
    StringBuilder b = new StringBuilder("<div class=\"tabbed-set").append(set.switches() ? "" : " tabbed-all").append("\">\n");
    for (int i = 0; i < tabs.size(); i++) {
      b.append("<input type=\"radio\" name=\"").append(set.id).append("\" id=\"").append(set.id).append('_').append(i + 1).append('"');
      b.append(i == set.selected ? " checked" : "").append(">\n");
    }
    b.append("<div class=\"tabbed-labels\">");
    for (int i = 0; i < tabs.size(); i++) {
      b.append("<label for=\"").append(set.id).append('_').append(i + 1).append("\">").append(titleHtml(tabs.get(i).title)).append("</label>");
    }
    return b.append("</div>\n<div class=\"tabbed-content\">").toString();
  }

  static final String CLOSE = "</div>\n</div>";

  /** The start of a tab, with its title (shown where all tabs are shown: printed, without styles). */
  static String openBlock(Tab tab) {
    return "<div class=\"tabbed-block\">\n<p class=\"tabbed-title\">" + titleHtml(tab.title) + "</p>";
  }

  /**
   * A tab's title as HTML: pymdownx reads Markdown in it, and Material's docs put code and icons
   * there ({@code === ":octicons-file-code-16: `docs/index.md`"}). Code spans, emoji and icons
   * are drawn; the rest is text.
   */
  static String titleHtml(String title) {
    StringBuilder b = new StringBuilder();
    int n = title.length();
    int i = 0;
    while (i < n) {
      char c = title.charAt(i);
      if (c == '`') {
        // a code span: a run of backticks to the next run as long (CommonMark's rule)
        int run = i;
        while (run < n && title.charAt(run) == '`') {
          run++;
        }
        String ticks = title.substring(i, run);
        int close = run;
        while ((close = title.indexOf(ticks, close)) >= 0 && close + ticks.length() < n && title.charAt(close + ticks.length()) == '`') {
          while (close < n && title.charAt(close) == '`') {
            close++;
          }
        }
        if (close >= 0) {
          String code = title.substring(run, close);
          if (code.length() >= 2 && code.startsWith(" ") && code.endsWith(" ") && !code.isBlank()) {
            code = code.substring(1, code.length() - 1);
          }
          b.append("<code>").append(handbook.render.Html.escape(code)).append("</code>");
          i = close + ticks.length();
          continue;
        }
        b.append(ticks);
        i = run;
        continue;
      } else if (c == ':') {
        int close = title.indexOf(':', i + 1);
        String drawn = close > i + 1 ? MaterialInline.shortcode(title.substring(i + 1, close)) : null;
        if (drawn != null) {
          b.append(drawn);
          i = close + 1;
          continue;
        }
      }
      b.append(handbook.render.Html.escape(String.valueOf(c)));
      i++;
    }
    return b.toString();
  }

  /** A tab's title as text (for search): code without its backticks, emoji as themselves, icons left out. */
  static String titleText(String title) {
    StringBuilder b = new StringBuilder();
    int n = title.length();
    for (int i = 0; i < n; i++) {
      char c = title.charAt(i);
      if (c == ':') {
        int close = title.indexOf(':', i + 1);
        String drawn = close > i + 1 ? MaterialInline.shortcode(title.substring(i + 1, close)) : null;
        if (drawn != null) {
          b.append(drawn.startsWith("<") ? "" : drawn);
          i = close;
          continue;
        }
      }
      if (c != '`') {
        b.append(c);
      }
    }
    return b.toString().strip();
  }

  static final String CLOSE_BLOCK = "</div>";

  static final class Extension implements Parser.ParserExtension {
    @Override
    public void parserOptions(MutableDataHolder options) {}

    @Override
    public void extend(Parser.Builder builder) {
      builder.customBlockParserFactory(new ContainerBlocks.Factory(Tabs::tryStart) {});
    }
  }

  private static final class Parsing extends ContainerBlocks.Parsing<Tab> {
    Parsing(Tab block) {
      super(block);
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
      if (state.isBlank()) {
        return BlockContinue.atIndex(state.getNextNonSpaceIndex());
      }
      if (state.getIndent() >= 4) {
        return BlockContinue.atColumn(state.getColumn() + 4);
      }
      return BlockContinue.none();
    }
  }

  private static BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
    // as in Python-Markdown, a tab also ends a paragraph it follows
    if (state.getIndent() >= 4) {
      return BlockStart.none();
    }
    BasedSequence line = state.getLine();
    int i = state.getNextNonSpaceIndex();
    if (i + 3 > line.length() || line.charAt(i) != '=' || line.charAt(i + 1) != '=' || line.charAt(i + 2) != '=') {
      return BlockStart.none();
    }
    BasedSequence rest = line.subSequence(i).trimEOL();
    Matcher m = START.matcher(rest);
    if (!m.matches()) {
      return BlockStart.none();
    }
    Tab tab = new Tab(rest, m.group(2), m.group(1).contains("+"), m.group(1).contains("!"));
    SEEN.set(state.getProperties(), true);
    return BlockStart.of(new Parsing(tab)).atIndex(state.getLineEndIndex());
  }
}
