package handbook.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.admonition.AdmonitionBlock;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.DocumentBlockParser;
import com.vladsch.flexmark.util.ast.BlockContent;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.PrefixedSubSequence;
import com.vladsch.flexmark.util.sequence.SegmentedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The block structure of common Markdown without flexmark's block parser, which tries every block
 * kind on every line (most of a build's parsing time that is not inline text). A body made of
 * ATX headings, paragraphs (tables and link reference definitions among them), fenced code,
 * thematic breaks, HTML comments and blocks of the tags that end at a blank line, quotes of
 * paragraphs, MkDocs admonitions, and lists at any depth whose items hold paragraphs, fences,
 * comments, quotes and lists (tight or loose, task items too), becomes the tree flexmark's parser
 * makes of it: the same nodes over the same characters with the same flags, inline text parsed
 * by the same inline parser, tables and definitions by flexmark's own pre-processors. Anything
 * else (indented code, setext headings, nested quotes, lazy lines flexmark reads its own way,
 * tabs or CR) returns null and is left to flexmark whole. Checked against flexmark's
 * parser node by node (FastBlocksTest).
 */
final class FastBlocks {
  private final DataHolder options;
  private final Supplier<InlineParser> inlines;
  private final ParagraphPreProcessorFactory tables = TableIndents.factory();
  /** flexmark's table pre-processor, made once: it keeps only its options (and compiles a pattern for them). */
  private volatile ParagraphPreProcessor tablePre;

  /**
   * @param options the parser's options
   * @param inlines a new inline parser, as the parser's factory makes it for a document
   */
  FastBlocks(DataHolder options, Supplier<InlineParser> inlines) {
    this.options = options;
    this.inlines = inlines;
  }

  /** Thrown inside to leave the body to flexmark. */
  private static final class Other extends RuntimeException {
    Other() {
      super(null, null, false, false);
    }
  }

  private static final Other OTHER = new Other();

  /** The body's tree, or null when it has something this parser leaves to flexmark. */
  Document parse(String body, TextProbe probe) {
    try {
      return parseOrFail(body, probe);
    } catch (RuntimeException e) {
      return null; // a mistake here must not cost the page: flexmark reads it (the tests see it)
    }
  }

  /** {@link #parse}, but a mistake of this parser's is thrown (for the tests that hold it to flexmark). */
  Document parseOrFail(String body) {
    return parseOrFail(body, TextProbe.of(body));
  }

  private Document parseOrFail(String body, TextProbe probe) {
    if (body.isEmpty() || probe.hasControls()) {
      return null; // tabs, CR, NUL and other controls
    }
    try {
      return new Run(body, probe).parse();
    } catch (Other e) {
      return null;
    }
  }

  private final class Run {
    final String body;
    final TextProbe probe;
    final int n;
    final Document doc;
    final BasedSequence chars;
    final List<Node> inline = new ArrayList<>();
    final List<Paragraph> piped = new ArrayList<>();
    final List<ListItem> tasks = new ArrayList<>();
    /** Paragraphs that open with a bracket: link reference definitions, maybe. */
    final List<Paragraph> defining = new ArrayList<>();
    /** The text columns of the items (and admonition) the line being read is in, outermost first. */
    final int[] cols = new int[64];
    int depth;
    /** The column no lazy line may start before: an admonition's (lazy lines there are left to flexmark). */
    int floor;
    /** The list blocks, items and blocks in items that a blank line follows (flexmark's "last line blank"). */
    final java.util.Set<Node> endsBlank = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    int at;

    Run(String body, TextProbe probe) {
      this.body = body;
      this.probe = probe;
      this.n = body.length();
      DocumentBlockParser documentParser = new DocumentBlockParser();
      documentParser.initializeDocument(options, BasedSequence.of(body));
      this.doc = documentParser.getBlock();
      this.chars = doc.getChars();
    }

    /** The end of the line starting at {@code i}, before its line feed. */
    int end(int i) {
      int e = body.indexOf('\n', i);
      return e < 0 ? n : e;
    }

    /** The start of the next line after the line ending at {@code end}. */
    int next(int end) {
      return end < n ? end + 1 : n;
    }

    Document parse() {
      InlineParser parser = inlines.get();
      parser.initializeDocument(doc);
      while (at < n) {
        int end = end(at);
        if (end == at) {
          at = next(end);
          continue;
        }
        char c = body.charAt(at);
        int spaces = c == ' ' ? run(at, end, ' ') : 0;
        if (at + spaces == end) {
          at = next(end); // a line of spaces is blank here
        } else if (spaces >= 4) {
          doc.appendChild(indentedCode());
        } else if (c == '#') {
          heading(end);
        } else if ((c == '`' || c == '~') && run(at, end, c) >= 3) {
          doc.appendChild(fence(0));
        } else if ((c == '-' || c == '*' || c == '_') && thematicBreak(at, end, c)) {
          ThematicBreak t = new ThematicBreak();
          t.setChars(chars.subSequence(at, end));
          doc.appendChild(t);
          at = next(end);
        } else if (c == '>') {
          doc.appendChild(quote(0));
        } else if (c == '<' && body.startsWith("<!--", at)) {
          doc.appendChild(comment(0));
        } else if (c == '<' && (htmlStart(at, end) || loneTag(at, end))) {
          doc.appendChild(html());
        } else if ((c == '!' || c == '?') && body.startsWith(c == '!' ? "!!! " : "???", at)) {
          doc.appendChild(admonition(end));
        } else if (marker(at, end) > 0) {
          doc.appendChild(list(0));
        } else if (startsParagraph(at, end)) {
          paragraph();
        } else {
          throw OTHER;
        }
      }
      // task items become flexmark's task list items once their lists are whole, as its block
      // pre-processor makes them
      for (ListItem item : tasks) {
        TaskListItem task = new TaskListItem(item);
        task.setTight(item.isOwnTight());
        item.insertBefore(task);
        item.unlink();
      }
      if (!defining.isEmpty()) {
        definitions(parser);
      }
      if (!piped.isEmpty()) {
        tables(parser);
      }
      for (Node b : inline) {
        if (b instanceof Paragraph p) {
          if (p.getParent() != null) {
            parser.parse(p.getContentChars(), p);
          }
        } else {
          Heading h = (Heading) b;
          parser.parse(h.getText(), h);
        }
      }
      parser.finalizeDocument(doc);
      if (FastSyntax.Autolinks.mayHold(probe)) {
        FastSyntax.Autolinks.link(doc);
      }
      return doc;
    }

    /** An ATX heading of text without closing marks. */
    void heading(int end) {
      int level = 0;
      while (at + level < end && body.charAt(at + level) == '#') {
        level++;
      }
      int text = at + level + 1;
      if (level > 6 || text >= end || body.charAt(text - 1) != ' ' || body.charAt(text) == ' ') {
        throw OTHER;
      }
      char last = body.charAt(end - 1);
      if (last == ' ' || last == '#' || last == '\\') {
        throw OTHER;
      }
      Heading h = new Heading();
      h.setOpeningMarker(chars.subSequence(at, at + level));
      h.setText(chars.subSequence(text, end));
      h.setLevel(level);
      h.setCharsFromContent();
      doc.appendChild(h);
      inline.add(h);
      at = next(end);
    }

    /**
     * A fence of three or more backticks or tildes, with a one-word info string or none, closed:
     * opened {@code col} spaces in on the line at {@code at}, its lines and its close as far in
     * (a list item's). Leaves {@code at} on the line after it.
     */
    FencedCodeBlock fence(int col) {
      int open = at + col;
      int end = end(at);
      char c = body.charAt(open);
      int count = run(open, end, c);
      if (count < 3) {
        throw OTHER;
      }
      for (int i = open + count; i < end; i++) {
        char x = body.charAt(i);
        if (x == '`' || x == '~' || x == '\\' || x == '&') {
          throw OTHER;
        }
      }
      // the info string without the spaces around it
      int infoStart = open + count;
      int infoEnd = end;
      while (infoStart < infoEnd && body.charAt(infoStart) == ' ') {
        infoStart++;
      }
      while (infoEnd > infoStart && body.charAt(infoEnd - 1) == ' ') {
        infoEnd--;
      }
      int line = next(end);
      List<BasedSequence> lines = new ArrayList<>();
      int close = -1;
      while (line < n) {
        int e = end(line);
        if (e > line && run(line, e, ' ') < col) {
          throw OTHER; // a line outside the item: the fence is not closed in it
        }
        int from = within(line, e, col);
        int k = run(from, e, c);
        if (k >= count && from + k == e) {
          close = from;
          break;
        }
        if (k >= count && only(from + k, e, ' ') || e > from && body.charAt(from) == ' ' && closesIndented(from, e, c, count)) {
          throw OTHER; // a close with spaces after it, or indented
        }
        lines.add(chars.subSequence(from, next(e)));
        line = next(e);
      }
      if (close < 0) {
        throw OTHER;
      }
      int closeEnd = end(close);
      FencedCodeBlock f = new FencedCodeBlock();
      f.setOpeningMarker(chars.subSequence(open, open + count));
      if (infoEnd > infoStart) {
        f.setInfo(chars.subSequence(infoStart, infoEnd));
      }
      BasedSequence spanning = chars.subSequence(open + count, next(end));
      if (!lines.isEmpty()) {
        f.setContent(spanning, lines);
        f.appendChild(new Text(SegmentedSequence.create(chars, lines)));
      } else {
        f.setContent(spanning, BasedSequence.EMPTY_LIST);
      }
      f.setClosingMarker(chars.subSequence(close, closeEnd));
      f.setCharsFromContent();
      at = next(closeEnd);
      return f;
    }

    /**
     * The tags that open an HTML block that ends at a blank line (CommonMark's sixth kind), as
     * flexmark has them ({@code Parser.HTML_BLOCK_TAGS}).
     */
    static final java.util.Set<String> BLOCK_TAGS =
        java.util.Set.of(
            "address", "article", "aside", "base", "basefont", "blockquote", "body", "caption", "center", "col", "colgroup", "dd", "details", "dialog", "dir",
            "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header",
            "hr", "html", "iframe", "legend", "li", "link", "main", "math", "menu", "menuitem", "meta", "nav", "noframes", "ol", "optgroup", "option", "p", "param",
            "section", "source", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "track", "ul");

    /** The tags of CommonMark's first kind of HTML block, which ends at their closing tag: left to flexmark. */
    static final java.util.Set<String> RAW_TAGS = java.util.Set.of("script", "pre", "style", "textarea");

    /** A complete open or closing tag, then only spaces: CommonMark's seventh kind of HTML block (up to a blank line). */
    static final java.util.regex.Pattern LONE_TAG =
        java.util.regex.Pattern.compile(
            "(?:<[A-Za-z][A-Za-z0-9-]*(?:\\s+[a-zA-Z_:][a-zA-Z0-9_.:-]*(?:\\s*=\\s*(?:[^\"'=<>{}`\\x00-\\x20]+|'[^']*'|\"[^\"]*\"))?)*\\s*/?>|</[A-Za-z][A-Za-z0-9-]*\\s*>)\\s*");

    /** The name of the tag opened or closed at {@code s} ({@code <a}, {@code </a}), lower case; null for none. */
    String tagName(int s, int e) {
      int i = s + 1;
      if (i < e && body.charAt(i) == '/') {
        i++;
      }
      int name = i;
      if (i >= e || !(body.charAt(i) >= 'A' && body.charAt(i) <= 'Z' || body.charAt(i) >= 'a' && body.charAt(i) <= 'z')) {
        return null;
      }
      while (i < e && (body.charAt(i) >= 'A' && body.charAt(i) <= 'Z' || body.charAt(i) >= 'a' && body.charAt(i) <= 'z' || body.charAt(i) >= '0' && body.charAt(i) <= '9' || body.charAt(i) == '-')) {
        i++;
      }
      return body.substring(name, i).toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether the line at {@code s} is a tag of no block kind alone ({@code <img src="a.png">}, {@code <Tabs>}): an HTML block up to a blank line. */
    boolean loneTag(int s, int e) {
      return otherTag(s, e) && LONE_TAG.matcher(body).region(s, e).matches();
    }

    /**
     * Whether the line at {@code s} starts with a tag of no block kind, and is short enough to be
     * matched against {@link #LONE_TAG} (whose every attribute takes stack: a longer line is left
     * to flexmark, whose own patterns are parsed on a larger stack when they need it).
     */
    private boolean otherTag(int s, int e) {
      String name = e - s > 1000 ? null : tagName(s, e);
      return name != null && !BLOCK_TAGS.contains(name) && !RAW_TAGS.contains(name);
    }

    /** Whether the line at {@code s} starts with an autolink ({@code <https://...>}), which starts no HTML block: no tag has a colon in its name. */
    boolean autolink(int s, int e) {
      int i = s + 1;
      if (i >= e || !(body.charAt(i) >= 'A' && body.charAt(i) <= 'Z' || body.charAt(i) >= 'a' && body.charAt(i) <= 'z')) {
        return false;
      }
      while (i < e && (Character.isLetterOrDigit(body.charAt(i)) && body.charAt(i) < 128 || body.charAt(i) == '+' || body.charAt(i) == '.' || body.charAt(i) == '-')) {
        i++;
      }
      return i < e && body.charAt(i) == ':';
    }

    /** Whether the line at {@code s} starts with a tag that starts no HTML block: a paragraph with inline HTML ({@code <a name="x"></a> Text}). */
    boolean inlineTag(int s, int e) {
      return otherTag(s, e) && !LONE_TAG.matcher(body).region(s, e).matches();
    }

    /** Whether an HTML block of one of {@link #BLOCK_TAGS} opens at {@code s}: {@code <div}, {@code </div} and a space, {@code >}, {@code />} or the line's end. */
    boolean htmlStart(int s, int e) {
      if (body.charAt(s) != '<') {
        return false;
      }
      String name = tagName(s, e);
      if (name == null || !BLOCK_TAGS.contains(name)) {
        return false;
      }
      int i = s + 1 + (body.charAt(s + 1) == '/' ? 1 : 0) + name.length();
      return i == e || body.charAt(i) == ' ' || body.charAt(i) == '>' || body.startsWith("/>", i);
    }

    /** An HTML block of those tags, at the start of the line at {@code at}: up to a blank line. */
    HtmlBlock html() {
      int line = at;
      while (line < n && line + run(line, end(line), ' ') < end(line)) {
        line = next(end(line)); // up to a blank line, or one of spaces
      }
      HtmlBlock b = new HtmlBlock();
      b.setContent(lines(at, line, 0));
      at = line;
      return b;
    }

    /** The lines starting in {@code [from, to)} of a block {@code col} spaces in (a line less far in is not in it). */
    List<BasedSequence> lines(int from, int to, int col) {
      List<BasedSequence> lines = new ArrayList<>();
      for (int line = from; line < to; line = next(end(line))) {
        int e = end(line);
        if (e > line && run(line, e, ' ') < col) {
          throw OTHER;
        }
        lines.add(chars.subSequence(within(line, e, col), next(e)));
      }
      return lines;
    }

    /**
     * An HTML comment standing alone, opened {@code col} spaces in on the line at {@code at} (a list
     * item's lines as far in): to the end of the line that closes it, with nothing after it there.
     * Leaves {@code at} on the line after it.
     */
    HtmlCommentBlock comment(int col) {
      int open = at + col;
      int close = body.indexOf("-->", open + 2);
      if (close < open + 4) {
        throw OTHER; // not closed, or closed inside its opening ("<!-->")
      }
      int last = end(close);
      if (close + 3 != last) {
        throw OTHER;
      }
      HtmlCommentBlock b = new HtmlCommentBlock();
      b.setContent(lines(at, next(last), col));
      at = next(last);
      return b;
    }

    /**
     * Indented code at the line at {@code at} (four spaces in or more, not a blank line): lines four
     * spaces in and blank lines, up to a line less far in; the blank lines at its end are not in it.
     * Leaves {@code at} on the line after its last line of code.
     */
    IndentedCodeBlock indentedCode() {
      List<BasedSequence> lines = new ArrayList<>();
      int kept = 0;
      int line = at;
      int after = at;
      while (line < n) {
        int e = end(line);
        int k = run(line, e, ' ');
        boolean blank = line + k == e;
        if (!blank && k < 4) {
          break;
        }
        // as flexmark's parser: a line four in or more from its fifth column, a blank one less far
        // in from its line break
        lines.add(chars.subSequence(k >= 4 ? line + 4 : e, next(e)));
        if (!blank) {
          kept = lines.size();
          after = next(e);
        }
        line = next(e);
      }
      IndentedCodeBlock b = new IndentedCodeBlock();
      b.setContent(lines.subList(0, kept));
      at = after;
      return b;
    }

    /**
     * An MkDocs admonition at the start of the line at {@code at} ({@code !!! note "Title"}, {@code
     * ???} or {@code ???+}, one name or more, a title in double quotes or none) and its blocks, each line four spaces
     * in (lazy lines and lines further in are left to flexmark). Leaves {@code at} on the line after it.
     */
    AdmonitionBlock admonition(int end) {
      char c = body.charAt(at);
      int marker = c == '?' && at + 3 < end && body.charAt(at + 3) == '+' ? 4 : 3;
      int info = at + marker + run(at + marker, end, ' ');
      if (info == at + marker || info >= end || !nameStart(body.charAt(info))) {
        throw OTHER;
      }
      int infoEnd = info + 1;
      while (infoEnd < end && nameChar(body.charAt(infoEnd))) {
        infoEnd++;
      }
      // more names: classes of the block ({@code !!! note inline end})
      for (int next = infoEnd + run(infoEnd, end, ' '); next > infoEnd && next < end && nameStart(body.charAt(next)); next = infoEnd + run(infoEnd, end, ' ')) {
        infoEnd = next + 1;
        while (infoEnd < end && nameChar(body.charAt(infoEnd))) {
          infoEnd++;
        }
      }
      int title = infoEnd + run(infoEnd, end, ' ');
      int titleEnd = title;
      if (title < end) {
        int close = body.indexOf('"', title + 1);
        if (title == infoEnd || body.charAt(title) != '"' || close < 0 || close >= end || body.substring(title, close).indexOf('\\') >= 0) {
          throw OTHER; // a title of another kind, or text after the name
        }
        titleEnd = close + 1;
        if (!only(titleEnd, end, ' ')) {
          throw OTHER;
        }
      }
      AdmonitionBlock a = new AdmonitionBlock();
      a.setOpeningMarker(chars.subSequence(at, at + marker));
      a.setInfo(chars.subSequence(info, infoEnd));
      a.setTitleChars(titleEnd > title ? chars.subSequence(title, titleEnd) : BasedSequence.NULL);
      int savedFloor = floor;
      floor = 4;
      if (depth == cols.length) {
        throw OTHER;
      }
      cols[depth++] = 4;
      BlockContent content = null;
      boolean pipe = false;
      int line = next(end);
      while (line < n) {
        int le = end(line);
        if (le == line) {
          if (content != null) {
            paragraph(a, content, pipe).setTrailingBlankLine(true);
            content = null;
          }
          int after = afterBlank(line);
          if (after >= n || run(after, end(after), ' ') < 4) {
            break; // a line less far in after a blank line ends it
          }
          line = after;
          le = end(line);
        }
        int lk = run(line, le, ' ');
        if (lk != 4 || line + lk == le) {
          throw OTHER; // lazy or deeper, or a line of spaces
        }
        int s = line + 4;
        if (opensBlock(s, le)) {
          if (content != null) {
            if (!interruptsParagraph(s, le)) {
              throw OTHER;
            }
            paragraph(a, content, pipe);
            content = null;
          }
          at = line;
          a.appendChild(block(4));
          line = at;
          continue;
        }
        if (content == null) {
          if (!startsParagraph(s, le)) {
            throw OTHER;
          }
          content = new BlockContent();
          pipe = hasPipe(s, le);
        } else if (!continues(s, le)) {
          throw OTHER;
        }
        content.add(chars.subSequence(s, next(le)), 0);
        line = next(le);
      }
      if (content != null) {
        paragraph(a, content, pipe);
      }
      depth--;
      floor = savedFloor;
      if (a.getFirstChild() == null) {
        throw OTHER;
      }
      a.setCharsFromContent();
      at = line;
      return a;
    }

    /** Whether an attribute name (an admonition's kind) can start with {@code c}. */
    static boolean nameStart(char c) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == ':';
    }

    /** Whether an attribute name can go on with {@code c}. */
    static boolean nameChar(char c) {
      return nameStart(c) || c >= '0' && c <= '9' || c == '.' || c == '-';
    }

    /**
     * A quote of paragraphs, opened {@code col} spaces in on the line at {@code at}: lines opening
     * with "> " up to a blank line, empty quote lines between the paragraphs; lazy lines too where
     * it is not in a list item. Leaves {@code at} on the line after it.
     */
    BlockQuote quote(int col) {
      int open = at + col;
      int end = end(at);
      if (open + 2 >= end || body.charAt(open + 1) != ' ' || !startsParagraph(open + 2, end)) {
        throw OTHER;
      }
      BlockQuote q = new BlockQuote();
      q.setOpeningMarker(chars.subSequence(open, open + 1));
      BlockContent content = new BlockContent();
      content.add(chars.subSequence(open + 2, next(end)), 0);
      boolean pipe = hasPipe(open, end);
      int line = next(end);
      while (line < n) {
        int e = end(line);
        if (e == line) {
          break;
        }
        int from = line;
        int k = run(line, e, ' ');
        if (k == col && line + col < e && body.charAt(line + col) == '>') {
          if (only(line + col + 1, e, ' ')) {
            // an empty quote line ends the paragraph
            if (content != null) {
              paragraph(q, content, pipe).setTrailingBlankLine(true);
              content = null;
            }
            line = next(e);
            continue;
          }
          if (body.charAt(line + col + 1) != ' ') {
            throw OTHER; // no space after the marker
          }
          from = line + col + 2;
          if (content == null) {
            if (!startsParagraph(from, e)) {
              throw OTHER;
            }
            content = new BlockContent();
            pipe = hasPipe(from, e);
            content.add(chars.subSequence(from, next(e)), 0);
            line = next(e);
            continue;
          }
        } else if (content == null) {
          break; // after an empty quote line, a line without the marker is not in it
        } else if (col > 0) {
          if (line + k < e && (marker(line + k, e) != 0 || interrupts(line + k, e))) {
            break; // a list, fence or comment after it
          }
          throw OTHER;
        }
        if (from >= e || !continues(from, e)) {
          throw OTHER;
        }
        content.add(chars.subSequence(from, next(e)), 0);
        line = next(e);
      }
      if (content != null) {
        paragraph(q, content, pipe);
      }
      q.setChars(chars.subSequence(open, line));
      at = line;
      return q;
    }

    /**
     * Whether an indented line could close a fence of {@code count} {@code c} (flexmark allows up
     * to three spaces before the close, and spaces after it).
     */
    boolean closesIndented(int line, int e, char c, int count) {
      int i = line + run(line, e, ' ');
      return i - line <= 3 && run(i, e, c) >= count && only(i + run(i, e, c), e, ' ');
    }

    /** A paragraph: lines up to a blank line or a comment, none of which could start or end a block. */
    void paragraph() {
      BlockContent content = new BlockContent();
      boolean pipe = hasPipe(at, end(at));
      int line = at;
      while (line < n) {
        int e = end(line);
        if (e == line) {
          break;
        }
        if (line != at && body.startsWith("<!--", line) || line != at && htmlStart(line, e)) {
          break; // a comment or an HTML block ends it
        }
        int k = run(line, e, ' ');
        if (line + k == e) {
          break; // a line of spaces is blank
        }
        if (line != at && (marker(line + k, e) != 0 || !continues(line + k, e))) {
          throw OTHER;
        }
        // a line further in: flexmark keeps it from its first character, its spaces put back
        // before it
        BasedSequence text = chars.subSequence(line + k, next(e));
        content.add(k > 0 ? PrefixedSubSequence.repeatOf(' ', k, text) : text, k);
        line = next(e);
      }
      Paragraph p = paragraph(doc, content, pipe);
      if (line < n && line + run(line, end(line), ' ') == end(line)) {
        p.setTrailingBlankLine(true);
      }
      at = line;
    }

    /**
     * A paragraph of these lines in {@code container}, its inline text read later, and pre-processed
     * for a table when its first line has a pipe ({@code pipe}).
     */
    Paragraph paragraph(Node container, BlockContent content, boolean pipe) {
      if (content.getLineCount() >= 3 && TableStarts.holds(content.getLines())) {
        throw OTHER; // a table after the paragraph's first lines (GFM's)
      }
      Paragraph p = new Paragraph();
      p.setContent(content);
      container.appendChild(p);
      inline.add(p);
      if (pipe) {
        piped.add(p);
      }
      if (p.getChars().charAt(0) == '[') {
        defining.add(p);
      }
      return p;
    }

    /** Whether {@code body[s, e)} has a pipe. */
    boolean hasPipe(int s, int e) {
      // the first pipe at or after a place is kept: a text without one was searched to its end
      // from every line (a page of 2,000 lines, 2 million characters)
      if (s < pipeFrom || pipeAt >= 0 && s > pipeAt) {
        pipeFrom = s;
        pipeAt = body.indexOf('|', s);
      }
      return pipeAt >= 0 && pipeAt < e;
    }

    /** The first pipe at or after {@link #pipeFrom} (-1: none), for {@link #hasPipe}. */
    private int pipeAt;

    private int pipeFrom = Integer.MAX_VALUE;

    /** Whether a paragraph can start with this line. */
    boolean startsParagraph(int s, int e) {
      char c = body.charAt(s);
      if (c == '[') {
        return linkFirst(s, e) || definition(s, e);
      }
      if (c == '!' && body.startsWith("!!!", s) || c == '?' && body.startsWith("???", s)) {
        return false; // admonitions
      }
      return plainStart(s, e);
    }

    /** Whether a line may start with a link reference definition: a label closed on it, then a colon. */
    boolean definition(int s, int e) {
      int close = label(s, e);
      return close >= 0 && close + 1 < e && body.charAt(close + 1) == ':';
    }

    /**
     * Whether a line that opens with a bracket is no link reference definition nor footnote: its
     * label closes on the line without a colon after it.
     */
    boolean linkFirst(int s, int e) {
      if (body.startsWith("[![", s)) {
        return true; // a link around an image (a badge): no definition's label holds a bracket
      }
      int close = label(s, e);
      return close >= 0 && (close + 1 == e || body.charAt(close + 1) != ':');
    }

    /** Where the label opened at {@code s} closes on its line (no bracket or backslash in it, not a footnote's); -1 for none. */
    int label(int s, int e) {
      if (s + 1 < e && body.charAt(s + 1) == '^') {
        return -1;
      }
      for (int i = s + 1; i < e; i++) {
        char c = body.charAt(i);
        if (c == '[' || c == '\\') {
          return -1;
        }
        if (c == ']') {
          return i;
        }
      }
      return -1;
    }

    /** Whether a line can go on a paragraph. */
    boolean continues(int s, int e) {
      char c = body.charAt(s);
      if (c == '[') {
        return !body.startsWith("[^", s); // a footnote definition can interrupt
      }
      if (c == '!' || c == '?') {
        return !body.startsWith(c == '!' ? "!!!" : "???", s);
      }
      return plainStart(s, e);
    }

    /** A line whose first character starts no block of another kind, nor ends a paragraph. */
    boolean plainStart(int s, int e) {
      char c = body.charAt(s);
      switch (c) {
        case ' ', '#', '>' -> {
          return false;
        }
        case '<' -> {
          return autolink(s, e) || inlineTag(s, e);
        }
        case ':' -> {
          // a Docusaurus callout, a definition (`: text` under a term, or an empty one: `:` alone)
          return !body.startsWith(":::", s) && !(s + 1 >= e || body.charAt(s + 1) == ' ' || body.charAt(s + 1) == '\t' || body.charAt(s + 1) == '\r');
        }
        case '`' -> {
          return run(s, e, c) < 3; // a code span, not a fence
        }
        case '~' -> {
          // strikethrough, not a fence, nor a definition (`~ text` under a term, or `~` alone, as `:`)
          return run(s, e, c) < 3 && !(s + 1 >= e || body.charAt(s + 1) == ' ' || body.charAt(s + 1) == '\t' || body.charAt(s + 1) == '\r');
        }
        case '-', '*', '+' -> {
          // emphasis or text, not a list item, a thematic break, a setext underline or an abbreviation ({@code *[HTML]: ...})
          return s + 1 < e && body.charAt(s + 1) != ' ' && !only(s, e, c) && !(c == '*' && body.charAt(s + 1) == '[');
        }
        case '_' -> {
          return !only(s, e, c);
        }
        case '=' -> {
          return !only(s, e, c) && !body.startsWith("===", s); // a content tab
        }
        default -> {
          if (c >= '0' && c <= '9') {
            return orderedMarker(s, e) == -1;
          }
          return true;
        }
      }
    }

    /** How many {@code c} the line starts with. */
    int run(int s, int e, char c) {
      int i = s;
      while (i < e && body.charAt(i) == c) {
        i++;
      }
      return i - s;
    }

    /** Whether the line is made of {@code c} and spaces only. */
    boolean only(int s, int e, char c) {
      for (int i = s; i < e; i++) {
        if (body.charAt(i) != c && body.charAt(i) != ' ') {
          return false;
        }
      }
      return true;
    }

    /** A line of three or more {@code c} and nothing else (spaces between them are left to flexmark). */
    boolean thematicBreak(int s, int e, char c) {
      return e - s >= 3 && run(s, e, c) == e - s;
    }

    /** The length of a list marker and its space at {@code s}, 0 when there is none. */
    int marker(int s, int e) {
      if (s >= e) {
        return 0;
      }
      char c = body.charAt(s);
      if (c == '-' || c == '*' || c == '+') {
        return s + 1 < e && body.charAt(s + 1) == ' ' ? 2 : 0;
      }
      if (c >= '0' && c <= '9') {
        int m = orderedMarker(s, e);
        return m > 0 ? m : 0;
      }
      return 0;
    }

    /**
     * The length of an ordered list marker and its space ("12. ") at {@code s}; -1 for none, -2
     * for a marker of a kind left to flexmark ("1)", an empty item, leading zeros).
     */
    int orderedMarker(int s, int e) {
      int i = s;
      while (i < e && body.charAt(i) >= '0' && body.charAt(i) <= '9') {
        i++;
      }
      int digits = i - s;
      if (digits == 0 || digits > 9 || i >= e || body.charAt(i) != '.' && body.charAt(i) != ')') {
        return -1;
      }
      if (i + 1 < e && body.charAt(i + 1) != ' ') {
        return -1; // "1.5" is text
      }
      if (body.charAt(i) == ')' || i + 1 >= e || digits > 1 && body.charAt(s) == '0') {
        return -2;
      }
      return digits + 2;
    }

    /**
     * A list of one kind whose markers stand {@code ind} spaces in, on the line at {@code at}.
     * Leaves {@code at} on the first line after it (a blank line it ends at included).
     */
    ListBlock list(int ind) {
      int first = at + ind;
      char kind = body.charAt(first);
      boolean ordered = kind >= '0' && kind <= '9';
      ListBlock list;
      if (ordered) {
        OrderedList o = new OrderedList();
        o.setStartNumber(Integer.parseInt(body, first, first + orderedMarker(first, end(first)) - 2, 10));
        o.setDelimiter('.');
        list = o;
      } else {
        BulletList b = new BulletList();
        b.setOpeningMarker(kind);
        list = b;
      }
      int line = at;
      while (line < n) {
        int e = end(line);
        if (e == line) {
          // blank lines: an item of this list after them goes on with it; an item of another list
          // as far in is left to flexmark; anything else ends it
          int after = afterBlank(line);
          int ae = after < n ? end(after) : n;
          if (after >= n || run(after, ae, ' ') != ind || item(after + ind, ae, kind) == 0) {
            if (after < n && run(after, ae, ' ') == ind && marker(after + ind, ae) != 0) {
              throw OTHER;
            }
            endsBlank.add(list);
            break;
          }
          line = after;
          e = end(line);
        }
        int k = run(line, e, ' ');
        if (line + k == e) {
          throw OTHER; // a line of spaces
        }
        if (k < ind) {
          break; // an item of a list this one is nested in
        }
        int marker = k == ind ? item(line + ind, e, kind) : 0;
        if (marker == 0) {
          if (interrupts(line + k, e)) {
            break; // a fence or comment of a list this one is in, or after it
          }
          throw OTHER;
        }
        at = line;
        list.appendChild(listItem(ind, marker, ordered));
        line = at;
      }
      tight(list);
      list.setChars(chars.subSequence(first, list.getLastChild().getEndOffset()));
      at = line;
      return list;
    }

    /**
     * An item whose marker ({@code marker} characters with its space) stands {@code ind} spaces in
     * on the line at {@code at}: a paragraph, then paragraphs, fences, comments, quotes and lists at
     * its text, with or without blank lines between them. Leaves {@code at} on the line after it.
     */
    ListItem listItem(int ind, int marker, boolean ordered) {
      int line = at;
      int e = end(line);
      // the item's text starts after the marker and one to four spaces (five or more start code)
      int m = ind + marker + run(line + ind + marker, e, ' ');
      int text = line + m;
      BasedSequence suffix = BasedSequence.NULL;
      if (text + 3 < e && body.charAt(text) == '[' && body.charAt(text + 2) == ']' && " xX".indexOf(body.charAt(text + 1)) >= 0) {
        // a task box: the text after it and one to four spaces; the item's lines still as far in
        // as the box
        int spaces = run(text + 3, e, ' ');
        if (spaces == 0 || spaces > 4) {
          throw OTHER;
        }
        suffix = chars.subSequence(text, text + 3);
        text += 3 + spaces;
      }
      if (m > ind + marker + 3 || text >= e || !itemText(text, e)) {
        throw OTHER;
      }
      ListItem item = ordered ? new OrderedListItem() : new BulletListItem();
      item.setOpeningMarker(chars.subSequence(line + ind, line + ind + marker - 1));
      item.setMarkerSuffix(suffix);
      item.setTight(true);
      if (suffix.isNotNull()) {
        tasks.add(item);
      }
      BlockContent content = new BlockContent();
      content.add(chars.subSequence(text, next(e)), 0);
      boolean pipe = hasPipe(text, e); // a paragraph can be a table, in an item too
      if (depth == cols.length) {
        throw OTHER;
      }
      cols[depth++] = m;
      line = next(e);
      while (line < n) {
        int le = end(line);
        if (le == line) {
          int after = afterBlank(line);
          if (content != null) {
            paragraph(item, content, pipe).setTrailingBlankLine(true);
            content = null;
          }
          endsBlank.add(item.getLastChild());
          int in = after >= n ? 0 : run(after, end(after), ' ');
          if (in >= 4 && in < m) {
            throw OTHER; // indented code after the list, or more of it: flexmark reads it its own way
          }
          if (after >= n || in < m) {
            endsBlank.add(item); // it ends at the blank line
            break;
          }
          line = after;
          le = end(line);
        }
        int lk = run(line, le, ' ');
        if (line + lk == le) {
          throw OTHER; // a line of spaces
        }
        if (lk < m && lk >= 4 && interrupts(line + lk, le)) {
          throw OTHER; // too far in for a fence or comment outside the item: a lazy line, as flexmark reads it
        }
        if (lk <= ind && marker(line + lk, le) > 0 || lk < m && interrupts(line + lk, le)) {
          break; // an item of this list or one it is nested in, or a fence or comment outside it
        }
        if (lk == m && opensBlock(line + m, le)) {
          // a list, a fence, a comment or a quote at the item's text: it ends the paragraph
          if (content != null) {
            if (!interruptsParagraph(line + m, le)) {
              throw OTHER;
            }
            paragraph(item, content, pipe);
            content = null;
          }
          at = line;
          item.appendChild(block(m));
          line = at;
          continue;
        }
        if (content == null) {
          // a paragraph after a blank line or another block
          if (lk != m || !startsParagraph(line + m, le)) {
            throw OTHER;
          }
          content = new BlockContent();
          pipe = hasPipe(line + m, le);
          content.add(chars.subSequence(line + m, next(le)), 0);
        } else {
          // the paragraph goes on over lines as far in as its text or further, or less far (lazy):
          // flexmark keeps each from its first character, with the spaces beyond the last item
          // whose text it reaches
          if (marker(line + lk, le) != 0 || !continues(line + lk, le) || lk < floor) {
            throw OTHER; // a block inside the item, an item of another kind, or lazy in an admonition
          }
          int reached = 0;
          for (int d = depth - 1; d >= 0 && reached == 0; d--) {
            reached = cols[d] <= lk ? cols[d] : 0;
          }
          BasedSequence rest = chars.subSequence(line + lk, next(le));
          // flexmark gives the line its indent back as spaces before it (a code span over the
          // line break shows them)
          content.add(lk > reached ? PrefixedSubSequence.repeatOf(' ', lk - reached, rest) : rest, lk - reached);
        }
        line = next(le);
      }
      depth--;
      if (content != null) {
        paragraph(item, content, pipe);
      }
      // flexmark's flags: a blank line after the first paragraph, a blank line inside (in a
      // nested list or a fence too)
      int start = item.getOpeningMarker().getStartOffset();
      int last = item.getLastChild().getEndOffset();
      item.setHadBlankAfterItemParagraph(((Paragraph) item.getFirstChild()).isTrailingBlankLine());
      item.setContainsBlankLine(blankLine(next(end(start)), last));
      item.setChars(chars.subSequence(start, last));
      at = line;
      return item;
    }

    /**
     * Where a line of a block {@code col} spaces in starts: after those spaces; a blank line in a
     * list item or admonition at its end (their parsers skip all its spaces).
     */
    int within(int line, int e, int col) {
      return col > 0 && line + run(line, e, ' ') == e ? e : Math.min(line + col, e);
    }

    /** The first line that is not blank (nor made of spaces) from {@code line} on ({@code n} at the end). */
    int afterBlank(int line) {
      int after = line;
      while (after < n && after + run(after, end(after), ' ') == end(after)) {
        after = next(end(after));
      }
      return after;
    }

    /** Whether a line starting in {@code [from, to)} is blank or made of spaces. */
    boolean blankLine(int from, int to) {
      for (int line = from; line < to; line = next(end(line))) {
        int e = end(line);
        if (line + run(line, e, ' ') == e) {
          return true;
        }
      }
      return false;
    }

    /** Whether a list, a fence, a comment or a quote opens at {@code s}: what an item or admonition holds besides paragraphs. */
    boolean opensBlock(int s, int e) {
      return marker(s, e) > 0 || interrupts(s, e) || body.charAt(s) == '>';
    }

    /** That block, opened {@code col} spaces in on the line at {@code at}. Leaves {@code at} on the line after it. */
    Node block(int col) {
      int s = at + col;
      int e = end(at);
      char c = body.charAt(s);
      return marker(s, e) > 0 ? list(col) : c == '>' ? quote(col) : c == '<' ? comment(col) : fence(col);
    }

    /**
     * Whether a list item at {@code s} may end a paragraph: a bullet, or a number that is 1 (other
     * numbers go on the paragraph, as flexmark reads them; left to it).
     */
    boolean interruptsParagraph(int s, int e) {
      char c = body.charAt(s);
      return c < '0' || c > '9' || c == '1' && orderedMarker(s, e) == 3;
    }

    /** Whether a fence or a comment opens at {@code s}: blocks that end a paragraph. */
    boolean interrupts(int s, int e) {
      return fenceAt(s, e) || body.startsWith("<!--", s);
    }

    /** Whether a fence opens at {@code s}. */
    boolean fenceAt(int s, int e) {
      char c = body.charAt(s);
      return (c == '`' || c == '~') && run(s, e, c) >= 3;
    }

    /**
     * Whether a list is tight, as flexmark decides it: no item but the last ends with a blank line,
     * and no block in an item ends with one but the last block of the last item. An item that
     * ends with a blank line before another is loose itself.
     */
    void tight(ListBlock list) {
      boolean tight = true;
      for (Node i = list.getFirstChild(); i != null; i = i.getNext()) {
        if (endsWithBlankLine(i) && i.getNext() != null) {
          ((ListItem) i).setTight(false);
          tight = false;
        }
        for (Node b = i.getFirstChild(); b != null && tight; b = b.getNext()) {
          if (endsWithBlankLine(b) && (i.getNext() != null || b.getNext() != null)) {
            tight = false;
          }
        }
      }
      list.setTight(tight);
    }

    /** flexmark's test: a block followed by a blank line, or a list or item whose last block is. */
    boolean endsWithBlankLine(Node b) {
      for (Node x = b; x != null; x = x instanceof ListItem || x instanceof ListBlock ? x.getLastChild() : null) {
        if (endsBlank.contains(x)) {
          return true;
        }
      }
      return false;
    }

    /** The length of the marker of an item of the list whose first marker opens with {@code kind}, 0 for none. */
    int item(int s, int e, char kind) {
      int m = marker(s, e);
      if (m == 0) {
        return 0;
      }
      char c = body.charAt(s);
      boolean same = kind >= '0' && kind <= '9' ? c >= '0' && c <= '9' : c == kind;
      return same ? m : 0;
    }

    /** Whether an item's text is a plain paragraph (no nested block, no task box). */
    boolean itemText(int s, int e) {
      char c = body.charAt(s);
      if (c == '[') {
        if (s + 2 < e && body.charAt(s + 2) == ']' && " xX".indexOf(body.charAt(s + 1)) >= 0) {
          return false;
        }
        return linkFirst(s, e); // an item's paragraph can hold link reference definitions too
      }
      if (c == '!' || c == '?' || c == '|') {
        return !body.startsWith(c == '!' ? "!!!" : "???", s) && c != '|';
      }
      return plainStart(s, e);
    }

    /**
     * Link reference definitions at the start of paragraphs, read as flexmark reads them: by its
     * inline parser as a paragraph pre-processor, which puts a reference before the paragraph for
     * each and keeps it for the links. A paragraph of definitions only goes; one with text after
     * them is left to flexmark.
     */
    void definitions(InlineParser parser) {
      ParagraphPreProcessor pre = (ParagraphPreProcessor) parser;
      ParserState state = state(parser);
      for (Paragraph p : defining) {
        int pos = pre.preProcessBlock(p, state);
        if (pos > 0) {
          if (!p.getChars().subSequence(pos).isBlank()) {
            throw OTHER;
          }
          p.unlink();
        }
      }
    }

    /** Tables: flexmark's pre-processor on each paragraph whose first line has a pipe. */
    void tables(InlineParser parser) {
      ParserState state = state(parser);
      ParagraphPreProcessor pre = tablePre;
      if (pre == null) {
        pre = tables.apply(state); // its options are the parser's, as in every document
        tablePre = pre;
      }
      for (Paragraph p : piped) {
        if (p.getParent() == null) {
          continue; // definitions only
        }
        int pos = pre.preProcessBlock(p, state);
        if (pos > 0) {
          BasedSequence rest = p.getChars().subSequence(pos);
          if (!rest.isBlank()) {
            throw OTHER; // a paragraph after the table's rows
          }
          p.unlink();
        }
      }
    }

    /** What the table pre-processor asks of a parser state: the inline parser and the options. */
    ParserState state(InlineParser parser) {
      return (ParserState)
          java.lang.reflect.Proxy.newProxyInstance(
              ParserState.class.getClassLoader(),
              new Class<?>[] {ParserState.class},
              (proxy, method, args) ->
                  switch (method.getName()) {
                    case "getInlineParser" -> parser;
                    case "getProperties" -> doc;
                    case "blockAdded" -> null;
                    default -> throw new UnsupportedOperationException(method.getName());
                  });
    }
  }
}
