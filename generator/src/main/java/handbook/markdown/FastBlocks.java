package handbook.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
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
import com.vladsch.flexmark.util.sequence.SegmentedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The block structure of common Markdown without flexmark's block parser, which tries every block
 * kind on every line (most of a build's parsing time that is not inline text). A body made only of
 * ATX headings, paragraphs (tables among them), fenced code, thematic breaks, quotes of one
 * paragraph and lists whose items are one paragraph each (tight or loose, over several lines),
 * each block starting at the line's first column, becomes the tree flexmark's parser makes of it:
 * the same nodes over the same characters, inline text parsed by the same inline parser, tables
 * by flexmark's own table pre-processor. Anything else (an indented block, a nested quote, HTML, a nested list, a paragraph
 * interrupted, tabs or CR) returns null and is left to flexmark whole. Checked against flexmark's
 * parser node by node (FastBlocksTest).
 */
final class FastBlocks {
  private final DataHolder options;
  private final Supplier<InlineParser> inlines;
  private final ParagraphPreProcessorFactory tables = TableParagraphPreProcessor.Factory();
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
  Document parse(String body) {
    int n = body.length();
    if (n == 0) {
      return null;
    }
    for (int i = 0; i < n; i++) {
      char c = body.charAt(i);
      if (c < ' ' && c != '\n') {
        return null; // tabs, CR, NUL and other controls
      }
    }
    try {
      return new Run(body).parse();
    } catch (Other e) {
      return null;
    }
  }

  private final class Run {
    final String body;
    final int n;
    final Document doc;
    final BasedSequence chars;
    final List<Node> inline = new ArrayList<>();
    final List<Paragraph> piped = new ArrayList<>();
    int at;

    Run(String body) {
      this.body = body;
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
        if (c == '#') {
          heading(end);
        } else if ((c == '`' || c == '~') && run(at, end, c) >= 3) {
          fence(end, c);
        } else if ((c == '-' || c == '*' || c == '_') && thematicBreak(at, end, c)) {
          ThematicBreak t = new ThematicBreak();
          t.setChars(chars.subSequence(at, end));
          doc.appendChild(t);
          at = next(end);
        } else if (c == '>') {
          quote(end);
        } else if (c == '<' && body.startsWith("<!--", at)) {
          comment();
        } else if (marker(at, end) > 0) {
          doc.appendChild(list(0));
        } else if (startsParagraph(at, end)) {
          paragraph();
        } else {
          throw OTHER;
        }
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
      FastSyntax.Autolinks.link(doc);
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

    /** A fence of three or more backticks or tildes, with a one-word info string or none, closed. */
    void fence(int end, char c) {
      int count = 0;
      while (at + count < end && body.charAt(at + count) == c) {
        count++;
      }
      if (count < 3) {
        throw OTHER;
      }
      for (int i = at + count; i < end; i++) {
        char x = body.charAt(i);
        if (x == '`' || x == '~' || x == '\\' || x == '&') {
          throw OTHER;
        }
      }
      int open = at;
      // the info string without the spaces around it
      int infoStart = at + count;
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
        int k = 0;
        while (line + k < e && body.charAt(line + k) == c) {
          k++;
        }
        if (k >= count && line + k == e) {
          close = line;
          break;
        }
        if (k >= 3 || e > line && body.charAt(line) == ' ' && closesIndented(line, e, c)) {
          throw OTHER;
        }
        lines.add(chars.subSequence(line, next(e)));
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
      doc.appendChild(f);
      at = next(closeEnd);
    }

    /** An HTML comment standing alone: to the end of the line that closes it, with nothing after it there. */
    void comment() {
      int close = body.indexOf("-->", at + 2);
      if (close < at + 4) {
        throw OTHER; // not closed, or closed inside its opening ("<!-->")
      }
      int last = end(close);
      if (close + 3 != last) {
        throw OTHER;
      }
      List<BasedSequence> lines = new ArrayList<>();
      int line = at;
      while (line <= last && line < n) {
        int e = end(line);
        lines.add(chars.subSequence(line, next(e)));
        line = next(e);
      }
      HtmlCommentBlock b = new HtmlCommentBlock();
      b.setContent(lines);
      doc.appendChild(b);
      at = line;
    }

    /** A quote of one paragraph: lines opening with "> ", and lazy lines, up to a blank line. */
    void quote(int end) {
      if (at + 2 >= end || body.charAt(at + 1) != ' ' || !startsParagraph(at + 2, end)) {
        throw OTHER;
      }
      BlockQuote q = new BlockQuote();
      q.setOpeningMarker(chars.subSequence(at, at + 1));
      BlockContent content = new BlockContent();
      content.add(chars.subSequence(at + 2, next(end)), 0);
      int start = at;
      boolean pipe = hasPipe(at, end);
      int line = next(end);
      while (line < n) {
        int e = end(line);
        if (e == line) {
          break;
        }
        int from = line;
        if (body.charAt(line) == '>') {
          if (line + 2 >= e || body.charAt(line + 1) != ' ') {
            throw OTHER; // an empty quote line, or no space after the marker
          }
          from = line + 2;
        }
        if (from >= e || !continues(from, e)) {
          throw OTHER;
        }
        content.add(chars.subSequence(from, next(e)), 0);
        line = next(e);
      }
      paragraph(q, content, pipe);
      q.setChars(chars.subSequence(start, line));
      doc.appendChild(q);
      at = line;
    }

    /** Whether an indented line would close the fence (flexmark allows up to three spaces). */
    boolean closesIndented(int line, int e, char c) {
      int i = line;
      while (i < e && body.charAt(i) == ' ') {
        i++;
      }
      return i < e && body.charAt(i) == c;
    }

    /** A paragraph: lines up to a blank line, none of which could start or end a block. */
    void paragraph() {
      BlockContent content = new BlockContent();
      boolean pipe = hasPipe(at, end(at));
      int line = at;
      while (line < n) {
        int e = end(line);
        if (e == line) {
          break;
        }
        if (line != at && !continues(line, e)) {
          throw OTHER;
        }
        content.add(chars.subSequence(line, next(e)), 0);
        line = next(e);
      }
      Paragraph p = paragraph(doc, content, pipe);
      if (line < n) {
        p.setTrailingBlankLine(true);
      }
      at = line;
    }

    /**
     * A paragraph of these lines in {@code container}, its inline text read later, and pre-processed
     * for a table when its first line has a pipe ({@code pipe}).
     */
    Paragraph paragraph(Node container, BlockContent content, boolean pipe) {
      Paragraph p = new Paragraph();
      p.setContent(content);
      container.appendChild(p);
      inline.add(p);
      if (pipe) {
        piped.add(p);
      }
      return p;
    }

    /** Whether {@code body[s, e)} has a pipe. */
    boolean hasPipe(int s, int e) {
      int i = body.indexOf('|', s);
      return i >= 0 && i < e;
    }

    /** Whether a paragraph can start with this line. */
    boolean startsParagraph(int s, int e) {
      char c = body.charAt(s);
      if (c == '[') {
        return linkFirst(s, e);
      }
      if (c == '!' && body.startsWith("!!!", s) || c == '?' && body.startsWith("???", s)) {
        return false; // admonitions
      }
      return plainStart(s, e);
    }

    /**
     * Whether a line that opens with a bracket is no link reference definition nor footnote: its
     * label closes on the line without a colon after it.
     */
    boolean linkFirst(int s, int e) {
      if (s + 1 < e && body.charAt(s + 1) == '^') {
        return false;
      }
      for (int i = s + 1; i < e; i++) {
        char c = body.charAt(i);
        if (c == '[' || c == '\\') {
          return false;
        }
        if (c == ']') {
          return i + 1 == e || body.charAt(i + 1) != ':';
        }
      }
      return false;
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
        case ' ', '#', '>', '<', ':' -> {
          return false;
        }
        case '`', '~' -> {
          return run(s, e, c) < 3; // a code span or strikethrough, not a fence
        }
        case '-', '*', '+' -> {
          // emphasis or text, not a list item, a thematic break or a setext underline
          return s + 1 < e && body.charAt(s + 1) != ' ' && !only(s, e, c);
        }
        case '_', '=' -> {
          return !only(s, e, c);
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
     * A list of one kind whose markers stand {@code ind} spaces in, on the line at {@code at}: its
     * items are one paragraph each, or a paragraph and a list nested at the item's text (tight:
     * no blank line inside a list that holds one). Leaves {@code at} on the first line after it.
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
      list.setTight(true);
      boolean nests = false;
      int line = at;
      ListItem last = null;
      while (line < n) {
        int e = end(line);
        if (e == line) {
          // blank lines: an item of this list after them makes it loose; a block that starts a line
          // ends it (and a nested list's parents); anything else is left to flexmark
          int after = line;
          while (after < n && end(after) == after) {
            after = next(after);
          }
          boolean goesOn = ind == 0 && after < n && item(after, end(after), kind) > 0;
          if (!goesOn && after < n && (marker(after, end(after)) != 0 || body.charAt(after) == ' ') || goesOn && nests) {
            throw OTHER;
          }
          if (last.getLastChild() instanceof Paragraph p) {
            last.setHadBlankAfterItemParagraph(true);
            p.setTrailingBlankLine(true);
          }
          if (!goesOn) {
            break;
          }
          last.setTight(false);
          list.setTight(false);
          line = after;
          e = end(line);
        }
        int k = run(line, e, ' ');
        if (k < ind) {
          break; // an item of a list this one is nested in
        }
        int marker = k == ind ? item(line + ind, e, kind) : 0;
        // the item's text starts after the marker and one to four spaces (five or more start code)
        int m = ind + marker + run(line + ind + marker, e, ' ');
        int text = line + m;
        if (marker == 0 || m > ind + marker + 3 || text >= e || !itemText(text, e)) {
          throw OTHER;
        }
        ListItem item = ordered ? new OrderedListItem() : new BulletListItem();
        item.setOpeningMarker(chars.subSequence(line + ind, line + ind + marker - 1));
        item.setMarkerSuffix(BasedSequence.NULL);
        item.setTight(true);
        BlockContent content = new BlockContent();
        content.add(chars.subSequence(text, next(e)), 0);
        int itemStart = line + ind;
        line = next(e);
        // the item's text goes on over lines indented to its text, or (in a list not nested) not
        // indented at all (lazy); a list may follow at its text
        ListBlock sub = null;
        while (line < n) {
          int le = end(line);
          if (le == line) {
            break;
          }
          int lk = run(line, le, ' ');
          if (lk <= ind && marker(line + lk, le) > 0) {
            break; // an item of this list or one it is nested in
          }
          if (lk == m && marker(line + m, le) > 0) {
            if (!list.isTight()) {
              throw OTHER;
            }
            at = line;
            sub = list(m);
            line = at;
            break;
          }
          int from = lk == m ? line + m : line;
          if (from == line && (lk > 0 || ind > 0) || from >= le || !continues(from, le)) {
            throw OTHER; // other indentation, or a block inside the item
          }
          content.add(chars.subSequence(from, next(le)), 0);
          line = next(le);
        }
        paragraph(item, content, hasPipe(text, e)); // an item's paragraph can be a table too
        if (sub != null) {
          item.appendChild(sub);
          nests = true;
        }
        item.setChars(chars.subSequence(itemStart, line));
        list.appendChild(item);
        last = item;
      }
      list.setChars(chars.subSequence(first, last.getEndOffset()));
      at = line;
      return list;
    }

    /** The length of the marker of an item of the list whose first marker opens with {@code kind}, 0 for none. */
    int item(int s, int e, char kind) {
      int m = marker(s, e);
      char c = body.charAt(s);
      boolean same = kind >= '0' && kind <= '9' ? c >= '0' && c <= '9' : c == kind;
      return m > 0 && same ? m : 0;
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

    /** Tables: flexmark's pre-processor on each paragraph whose first line has a pipe. */
    void tables(InlineParser parser) {
      ParserState state = state(parser);
      ParagraphPreProcessor pre = tablePre;
      if (pre == null) {
        pre = tables.apply(state); // its options are the parser's, as in every document
        tablePre = pre;
      }
      for (Paragraph p : piped) {
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
