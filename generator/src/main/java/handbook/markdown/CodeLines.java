package handbook.markdown;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Line numbers and highlighted lines of a code block, as MkDocs Material
 * ({@code py linenums="1" hl_lines="2 4-5"}), Docusaurus ({@code js {1,3-4} showLineNumbers})
 * and Expressive Code ({@code js {2} ins={4} del={5}}: inserted and deleted lines highlighted too)
 * write them in the info string, and Docusaurus' magic comments ({@code // highlight-next-line})
 * in the code. They are drawn beside the code, in a column of their own, so
 * the browser's highlighter (which rewrites the code element) leaves them be and the copy button
 * copies the code only; with JavaScript off they are there too.
 *
 * @param start the number of the first line, or 0 for no numbers
 * @param marked the lines highlighted, from 1
 */
record CodeLines(int start, BitSet marked) {
  private static final Pattern LINENUMS = Pattern.compile("(?:^|[\\s{])linenums=[\"']?(\\d{1,9})");
  private static final Pattern HL_LINES = Pattern.compile("(?:^|[\\s{])hl_lines=(?:\"([^\"]*)\"|'([^']*)'|(\\S+))");
  private static final Pattern SHOW_NUMBERS = Pattern.compile("(?:^|\\s)showLineNumbers(?:=(\\d{1,9}))?(?=\\s|$)");
  private static final Pattern BRACES = Pattern.compile("(?:^|\\s|(?<=[\\w+#.-]))\\{([\\d\\s,-]+)}(?=\\s|:|$)");
  /** VitePress' line numbers after the language: {@code ts:line-numbers}, {@code ts:line-numbers=5}, or after its lines ({@code ts{2}:line-numbers}). */
  private static final Pattern COLON_NUMBERS = Pattern.compile("(?<=[\\w+#.}-]):line-numbers(?:=(\\d{1,9}))?(?=\\s|\\{|$)");
  /** Expressive Code's (Astro Starlight's) lines inserted, deleted and marked: {@code ins={4} del={5-6} mark={1}}, each highlighted. */
  private static final Pattern EXPRESSIVE = Pattern.compile("(?:^|\\s)(?:ins|del|mark)=\\{([\\d\\s,-]+)}(?=\\s|$)");
  private static final Pattern RANGE = Pattern.compile("(\\d{1,9})(?:-(\\d{1,9}))?");
  /** Numbers beyond this are not drawn: a block that long is not read by its line numbers. */
  private static final int MAX_LINE = 100_000;

  /** What a block's info string asks for, or null when it asks for neither. */
  static CodeLines of(BasedSequence info) {
    if (info.isNull() || info.indexOf("lin") < 0 && info.indexOf("{") < 0 && info.indexOf("Line") < 0) {
      return null;
    }
    String s = info.toString();
    int start = 0;
    BitSet marked = new BitSet();
    Matcher m = LINENUMS.matcher(s);
    if (m.find()) {
      start = Math.max(1, Integer.parseInt(m.group(1)));
    }
    m = SHOW_NUMBERS.matcher(s);
    if (m.find()) {
      start = m.group(1) == null ? 1 : Math.max(1, Integer.parseInt(m.group(1)));
    }
    m = COLON_NUMBERS.matcher(s);
    if (m.find()) {
      start = m.group(1) == null ? 1 : Math.max(1, Integer.parseInt(m.group(1)));
    }
    m = HL_LINES.matcher(s);
    if (m.find()) {
      ranges(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3), marked);
    }
    m = BRACES.matcher(s);
    if (m.find()) {
      ranges(m.group(1), marked);
    }
    for (m = EXPRESSIVE.matcher(s); m.find(); ) {
      ranges(m.group(1), marked);
    }
    return start == 0 && marked.isEmpty() ? null : new CodeLines(start, marked);
  }

  /** Docusaurus' magic comments, a line of their own in the code's comment syntax: {@code // highlight-next-line}, {@code # highlight-start}, {@code <!-- highlight-end -->}. */
  private static final Pattern MAGIC =
      Pattern.compile("^[ \\t]*(?://|#|--|%|;;|/\\*|\\{/\\*|<!--)[ \\t]*highlight-(next-line|start|end)[ \\t]*(?:\\*/\\}?|-->)?[ \\t]*$");

  /**
   * VitePress' notation at a line's end, in a comment: {@code // [!code highlight]} (or
   * {@code hl}, {@code warning}, {@code error}, {@code ++}, {@code --}, each the line highlighted;
   * with {@code :3}, three lines from it), {@code [!code focus]} and {@code [!code word:x]}
   * (the comment dropped).
   */
  private static final Pattern NOTATION =
      Pattern.compile("[ \\t]*(?://|#|--|%|;;|/\\*|\\{/\\*|<!--)[ \\t]*\\[!code (highlight|hl|warning|error|\\+\\+|--|focus|word:[^\\]\\s]*)(?::(\\d{1,4}))?\\][ \\t]*(?:\\*/\\}?|-->)?[ \\t]*$");

  /** A code block's text without its magic comments, and the lines they mark (from 1). */
  record Magic(String code, BitSet marked) {}

  /** Whether a code block may hold magic comments (a cheap test before {@link #magic}). */
  static boolean mayHoldMagic(BasedSequence code) {
    return code.indexOf("highlight-") >= 0 || code.indexOf("[!code ") >= 0;
  }

  /** The code without Docusaurus' magic comments (and VitePress' notation) and the lines they highlight; null when it has none. */
  static Magic magic(String code) {
    if (!code.contains("highlight-")) {
      return code.contains("[!code ") ? notation(code) : null;
    }
    String[] lines = code.split("\n", -1);
    StringBuilder out = new StringBuilder(code.length());
    BitSet marked = new BitSet();
    boolean found = false;
    boolean next = false;
    boolean block = false;
    int line = 0;
    for (int i = 0; i < lines.length; i++) {
      Matcher m = MAGIC.matcher(lines[i]);
      if (m.matches()) {
        found = true;
        switch (m.group(1)) {
          case "next-line" -> next = true;
          case "start" -> block = true;
          default -> block = false;
        }
        continue;
      }
      if (i == lines.length - 1 && lines[i].isEmpty()) {
        break; // the text's last line end
      }
      line++;
      if (next || block) {
        marked.set(line);
        next = false;
      }
      out.append(lines[i]).append('\n');
    }
    if (!found) {
      return null;
    }
    if (!code.endsWith("\n") && out.length() > 0) {
      out.setLength(out.length() - 1);
    }
    return new Magic(out.toString(), marked);
  }

  /** The code without VitePress' notation comments and the lines they highlight; null when it has none. */
  private static Magic notation(String code) {
    String[] lines = code.split("\n", -1);
    StringBuilder out = new StringBuilder(code.length());
    BitSet marked = new BitSet();
    boolean found = false;
    int count = code.endsWith("\n") ? lines.length - 1 : lines.length;
    for (int i = 0; i < count; i++) {
      Matcher m = NOTATION.matcher(lines[i]);
      if (m.find()) {
        found = true;
        if (!m.group(1).equals("focus") && !m.group(1).startsWith("word:")) {
          int n = m.group(2) == null ? 1 : Math.max(1, Integer.parseInt(m.group(2)));
          marked.set(i + 1, Math.min(i + 1 + n, MAX_LINE + 1));
        }
        out.append(lines[i], 0, m.start());
      } else {
        out.append(lines[i]);
      }
      if (i < count - 1 || code.endsWith("\n")) {
        out.append('\n');
      }
    }
    return found ? new Magic(out.toString(), marked) : null;
  }

  /** The same lines with {@code more} highlighted too (a block that asks for none in its info string: none numbered). */
  static CodeLines with(CodeLines lines, BitSet more) {
    BitSet marked = lines == null ? new BitSet() : (BitSet) lines.marked().clone();
    marked.or(more);
    return new CodeLines(lines == null ? 0 : lines.start(), marked);
  }

  /** {@code 2 4-5} or {@code 2,4-5}: lines and ranges of lines. */
  private static void ranges(String list, BitSet marked) {
    for (String part : list.split("[\\s,]+")) {
      Matcher r = RANGE.matcher(part);
      if (!r.matches()) {
        continue;
      }
      int from = Integer.parseInt(r.group(1));
      int to = r.group(2) == null ? from : Integer.parseInt(r.group(2));
      if (from >= 1 && from <= to && to <= MAX_LINE) {
        marked.set(from, to + 1);
      }
    }
  }

  /** The class the block's {@code pre} takes. */
  String preClass() {
    return start > 0 ? "code-lines numbered" : "code-lines";
  }

  /** The column beside the code: a line for each of its lines, numbered or not, highlighted or not. */
  String gutter(CharSequence code) {
    int lines = 0;
    int n = code.length();
    for (int i = 0; i < n; i++) {
      if (code.charAt(i) == '\n') {
        lines++;
      }
    }
    if (n > 0 && code.charAt(n - 1) != '\n') {
      lines++;
    }
    StringBuilder b = new StringBuilder("<span class=\"code-gutter\" aria-hidden=\"true\">");
    for (int line = 1; line <= lines; line++) {
      if (line > 1) {
        b.append('\n');
      }
      b.append(marked.get(line) ? "<span class=\"hl\">" : "<span>");
      if (start > 0) {
        b.append((long) start + line - 1);
      }
      b.append("</span>");
    }
    return b.append("</span>").toString();
  }
}
