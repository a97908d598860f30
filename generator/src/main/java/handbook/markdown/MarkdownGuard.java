package handbook.markdown;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import handbook.diag.ContentException;
import handbook.diag.Diagnostic;
import handbook.diag.Span;
import handbook.source.LineMap;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Keeps flexmark to bodies it can read in bounded time and stack. flexmark recurses once per
 * level of nesting, and some of its scans grow faster than the text, so a hostile body (a spec
 * is not trusted) could crash or stall a build. Before parsing, nesting of quotes, lists and
 * admonitions deeper than {@value #MAX_DEPTH} levels is refused at its line; while parsing, the
 * inline text of one paragraph, heading or table cell larger than {@value #MAX_BLOCK} characters
 * is not read (see {@link LinearInlineParser}); after parsing, a tree deeper than
 * {@value #MAX_TREE} nodes (emphasis in emphasis ...) is refused. A stack overflow that gets
 * through anyway is reported like too-deep nesting, never thrown on.
 */
final class MarkdownGuard {
  static final int MAX_DEPTH = 100;
  static final int MAX_TREE = 2 * MAX_DEPTH;
  static final int MAX_BLOCK = 65_536;
  static final int MAX_CONTAINER_LINES = 20_000;

  /** Offsets of inline texts the inline parser left unread because they are too large. */
  static final DataKey<List<Integer>> TOO_LARGE = new DataKey<>("HANDBOOK_TOO_LARGE", List.of());

  private MarkdownGuard() {}

  /** Parses a body, or throws a {@link ContentException} with the first problem at its line. */
  static Document parse(Parser parser, FastBlocks blocks, String body, TextProbe probe, String file, int firstLine) {
    int[] deep = deepNesting(body);
    if (deep != null && deep[2] == 1) {
      throw tooLarge(file, firstLine, deep[0], deep[1], "line");
    }
    if (deep != null && deep[2] == 2) {
      throw new ContentException(List.of(
          Diagnostic.error("markdown.too-large", Span.at(file, firstLine + deep[0] - 1, deep[1]),
                  "a quote, list item or indented block of more than " + MAX_CONTAINER_LINES + " lines is too large to read")
              .withHint("split it into several")));
    }
    if (deep != null) {
      throw tooDeep(file, firstLine, deep[0], deep[1]);
    }
    Document doc;
    try {
      doc = blocks == null ? null : blocks.parse(body, probe);
      if (doc == null) {
        doc = parser.parse(body);
      }
    } catch (StackOverflowError e) {
      // whether the caller's stack overflows depends on the thread; parsed again on a large one,
      // the nesting is found below at the same line and column on every machine
      doc = onLargeStack(parser, body);
      if (doc == null) {
        throw tooDeep(file, firstLine, overflowLine(parser, body), 1);
      }
    }
    List<Integer> large = TOO_LARGE.get(doc);
    if (!large.isEmpty()) {
      LineMap lines = new LineMap(body);
      int at = large.get(0);
      throw tooLarge(file, firstLine, lines.line(at), lines.column(at), "paragraph");
    }
    Node deepest = deepestNode(doc);
    if (deepest != null) {
      LineMap lines = new LineMap(body);
      int at = Math.min(deepest.getStartOffset(), body.length());
      throw tooDeep(file, firstLine, lines.line(at), lines.column(at));
    }
    return doc;
  }

  private static ContentException tooLarge(String file, int firstLine, int line, int column, String what) {
    return new ContentException(List.of(
        Diagnostic.error("markdown.too-large", Span.at(file, firstLine + line - 1, column),
                "a " + what + " of more than " + MAX_BLOCK + " characters is too large to read")
            .withHint("split it into paragraphs with blank lines")));
  }

  private static ContentException tooDeep(String file, int firstLine, int line, int column) {
    return new ContentException(List.of(
        Diagnostic.error("markdown.too-deep", Span.at(file, firstLine + line - 1, column),
                "nesting deeper than " + MAX_DEPTH + " levels (quotes, lists, emphasis or links in one another)")
            .withHint("flatten the structure; no reader follows that many levels")));
  }

  /**
   * The line and column where quotes, list items and indentation nest deeper than allowed
   * ({@code [line, column, 0]}), or where a line too long for flexmark's thematic-break pattern
   * starts ({@code [line, column, 1]}), or where a quote, list item or indented block of more
   * than {@value #MAX_CONTAINER_LINES} lines starts ({@code [line, 1, 2]}); null when none. Each {@code >}, list marker and two
   * columns of indentation count as a level, which is never less than flexmark's own nesting;
   * fenced code is skipped.
   */
  static int[] deepNesting(String body) {
    int pos = 0;
    int lineNo = 1;
    String fence = null;
    // the quote or list item the line is in: its first line and how many lines it has so far
    int containerStart = 0;
    int containerLines = 0;
    boolean lastBlank = true;
    while (pos <= body.length()) {
      int nl = body.indexOf('\n', pos);
      int end = nl < 0 ? body.length() : nl;
      int depth = 0;
      int indent = 0;
      int i = pos;
      boolean item = false;
      while (i < end) {
        char c = body.charAt(i);
        if (c == ' ') {
          indent++;
          i++;
        } else if (c == '\t') {
          indent += 4;
          i++;
        } else if (c == '>') {
          depth++;
          i++;
        } else if ((c == '-' || c == '*' || c == '+') && i + 1 < end && (body.charAt(i + 1) == ' ' || body.charAt(i + 1) == '\t')) {
          item |= depth == 0 && indent < 4;
          depth++;
          i++;
        } else if (c >= '0' && c <= '9') {
          int j = i;
          while (j < end && j - i < 10 && body.charAt(j) >= '0' && body.charAt(j) <= '9') {
            j++;
          }
          if (j + 1 < end && (body.charAt(j) == '.' || body.charAt(j) == ')') && (body.charAt(j + 1) == ' ' || body.charAt(j + 1) == '\t')) {
            item |= depth == 0 && indent < 4;
            depth++;
            i = j + 1;
          } else {
            break;
          }
        } else {
          break;
        }
        if (fence == null && depth + indent / 2 > MAX_DEPTH) {
          return new int[] {lineNo, i - pos + 1, 0};
        }
      }
      if (fence == null && end - i > MAX_BLOCK && onlyBreakCharacters(body, i, end)) {
        return new int[] {lineNo, i - pos + 1, 1};
      }
      // flexmark joins the lines of a block one part at a time, in time that grows with the square
      // of their number, where each line is a part of its own: in a quote or list item, and where
      // it strips a line's indentation (a paragraph's indented lines, indented code). Such a run
      // of more lines is refused, from a quote, a list item or an indented line to a line at the
      // margin after a blank one
      boolean blank = i == end && indent == end - pos;
      if (fence == null && (item || containerLines == 0 && (depth > 0 || indent > 0 && !blank))) {
        containerStart = lineNo;
        containerLines = 1;
      } else if (containerLines > 0 && (blank || depth > 0 || indent > 0 || !lastBlank)) {
        if (++containerLines > MAX_CONTAINER_LINES) {
          return new int[] {containerStart, 1, 2};
        }
      } else {
        containerLines = 0;
      }
      lastBlank = blank;
      String rest = body.substring(i, Math.min(end, i + 3));
      if (fence == null && (rest.equals("```") || rest.equals("~~~"))) {
        fence = rest;
      } else if (fence != null && rest.equals(fence)) {
        fence = null;
      }
      if (nl < 0) {
        break;
      }
      pos = nl + 1;
      lineNo++;
    }
    return null;
  }

  /** Whether a line holds only {@code * - _}, spaces and tabs: flexmark's pattern for those recurses per character. */
  private static boolean onlyBreakCharacters(String body, int from, int to) {
    for (int i = from; i < to; i++) {
      if ("*-_ \t".indexOf(body.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** The document parsed on a thread with a 1 GB stack (reserved, not used), or null if it still overflows. */
  private static Document onLargeStack(Parser parser, String body) {
    Document[] result = new Document[1];
    Thread t = new Thread(null, () -> {
      try {
        result[0] = parser.parse(body);
      } catch (StackOverflowError e) {
        result[0] = null;
      }
    }, "markdown-large-stack", 1L << 30);
    t.start();
    try {
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
    return result[0];
  }

  /** A node deeper than {@link #MAX_TREE} below the document, or null; an explicit stack, no recursion. */
  private static Node deepestNode(Document doc) {
    Deque<Node> nodes = new ArrayDeque<>();
    Deque<Integer> depths = new ArrayDeque<>();
    nodes.push(doc);
    depths.push(0);
    while (!nodes.isEmpty()) {
      Node n = nodes.pop();
      int d = depths.pop();
      if (d > MAX_TREE) {
        return n;
      }
      // last child pushed first: nodes are visited in document order, so the first one too deep
      // is where the nesting crosses the limit, not the end of the innermost level
      for (Node c = n.getLastChild(); c != null; c = c.getPrevious()) {
        nodes.push(c);
        depths.push(d + 1);
      }
    }
    return null;
  }

  /**
   * The first line of the first part of the body (parts end at blank lines) that overflows the
   * stack on its own; line 1 when none does alone.
   */
  private static int overflowLine(Parser parser, String body) {
    String[] lines = body.split("\n", -1);
    int start = 0;
    for (int i = 0; i <= lines.length; i++) {
      if (i == lines.length || lines[i].isBlank()) {
        if (i > start) {
          try {
            parser.parse(String.join("\n", java.util.Arrays.asList(lines).subList(start, i)));
          } catch (StackOverflowError e) {
            return start + 1;
          }
        }
        start = i + 1;
      }
    }
    return 1;
  }
}
