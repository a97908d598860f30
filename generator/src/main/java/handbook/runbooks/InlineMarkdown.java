package handbook.runbooks;

/**
 * The Markdown a front-matter list item may use: code spans. {@code `503`} becomes
 * {@code <code>503</code>}; everything else is escaped as text, so a symptom can name a status
 * code or an error code the way the body does without letting HTML or links into the facts.
 */
final class InlineMarkdown {
  private InlineMarkdown() {}

  /** The text as HTML: code spans rendered, the rest escaped. */
  static String html(String text) {
    StringBuilder out = new StringBuilder();
    walk(text, (literal, code) -> out.append(code ? "<code>" + handbook.render.Html.escape(literal) + "</code>" : handbook.render.Html.escape(literal)));
    return out.toString();
  }

  /** The text as a reader sees it, without the backticks (for search, sorting and attributes). */
  static String plain(String text) {
    StringBuilder out = new StringBuilder();
    walk(text, (literal, code) -> out.append(literal));
    return out.toString();
  }

  private interface Part {
    void accept(String literal, boolean code);
  }

  /**
   * Splits the text into literal runs and code spans as CommonMark does: a run of n backticks
   * opens a span that the next run of exactly n backticks closes; a run with no closer is text.
   */
  private static void walk(String s, Part part) {
    int i = 0;
    int textStart = 0;
    while (i < s.length()) {
      if (s.charAt(i) != '`') {
        i++;
        continue;
      }
      int n = run(s, i);
      int close = closer(s, i + n, n);
      if (close < 0) {
        i += n;
        continue;
      }
      if (textStart < i) {
        part.accept(s.substring(textStart, i), false);
      }
      part.accept(content(s.substring(i + n, close)), true);
      i = close + n;
      textStart = i;
    }
    if (textStart < s.length()) {
      part.accept(s.substring(textStart), false);
    }
  }

  private static int run(String s, int from) {
    int j = from;
    while (j < s.length() && s.charAt(j) == '`') {
      j++;
    }
    return j - from;
  }

  private static int closer(String s, int from, int n) {
    int j = from;
    while (j < s.length()) {
      if (s.charAt(j) == '`') {
        int m = run(s, j);
        if (m == n) {
          return j;
        }
        j += m;
      } else {
        j++;
      }
    }
    return -1;
  }

  /** One space is stripped from both ends when both are there and the content is not only spaces. */
  private static String content(String c) {
    if (c.length() >= 2 && c.startsWith(" ") && c.endsWith(" ") && !c.isBlank()) {
      return c.substring(1, c.length() - 1);
    }
    return c;
  }

}
