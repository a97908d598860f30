package handbook.assets;

/**
 * Conservative minifiers for the theme's own CSS and JavaScript: comments and the whitespace no
 * token needs go, nothing is renamed or rewritten. Strings, regular expressions, template
 * literals and {@code url(...)} are copied as they are; licence comments ({@code /*! ... *}{@code /})
 * are kept. A line break that may end a JavaScript statement is kept.
 */
public final class Minifier {
  private Minifier() {}

  // ---------------------------------------------------------------- CSS

  /** The CSS without comments and needless whitespace. */
  public static String css(String in) {
    StringBuilder out = new StringBuilder(in.length());
    int n = in.length();
    int i = 0;
    boolean space = false;
    while (i < n) {
      char c = in.charAt(i);
      if (c == '/' && i + 1 < n && in.charAt(i + 1) == '*') {
        int end = in.indexOf("*/", i + 2);
        end = end < 0 ? n : end + 2;
        if (i + 2 < n && in.charAt(i + 2) == '!') {
          flushSpace(out, space, '/');
          space = false;
          out.append(in, i, end).append('\n');
        } else {
          space = space || (out.length() > 0 && !Character.isWhitespace(out.charAt(out.length() - 1)));
        }
        i = end;
        continue;
      }
      if (Character.isWhitespace(c)) {
        space = true;
        i++;
        continue;
      }
      if (space) {
        flushSpace(out, true, c);
        space = false;
      }
      if (c == '"' || c == '\'') {
        int end = stringEnd(in, i);
        out.append(in, i, end);
        i = end;
        continue;
      }
      if ((c == 'u' || c == 'U') && in.regionMatches(true, i, "url(", 0, 4)) {
        int end = in.indexOf(')', i);
        end = end < 0 ? n : end + 1;
        String inner = in.substring(i + 4, end - 1).strip();
        if (!inner.startsWith("\"") && !inner.startsWith("'")) {
          out.append(in, i, end);
          i = end;
          continue;
        }
      }
      if (c == '}' && out.length() > 0 && out.charAt(out.length() - 1) == ';') {
        out.setLength(out.length() - 1);
      }
      out.append(c);
      i++;
    }
    return out.toString().strip() + "\n";
  }

  /** Writes one space where the CSS needs it between what came before and {@code next}. */
  private static void flushSpace(StringBuilder out, boolean space, char next) {
    if (!space || out.length() == 0) {
      return;
    }
    char prev = out.charAt(out.length() - 1);
    if ("{};,>:\n".indexOf(prev) >= 0 || "{};,>!".indexOf(next) >= 0) {
      return;
    }
    out.append(' ');
  }

  private static int stringEnd(String in, int start) {
    char q = in.charAt(start);
    int i = start + 1;
    while (i < in.length()) {
      char c = in.charAt(i);
      if (c == '\\') {
        i += 2;
        continue;
      }
      i++;
      if (c == q || c == '\n') {
        break;
      }
    }
    return Math.min(i, in.length());
  }

  // ---------------------------------------------------------------- JavaScript

  /** After these keywords a {@code /} starts a regular expression, not a division. */
  private static final java.util.Set<String> BEFORE_REGEX =
      java.util.Set.of("return", "typeof", "instanceof", "in", "of", "new", "delete", "void", "throw", "case", "do", "else", "yield", "await");

  /** The JavaScript without comments and needless whitespace. */
  public static String js(String in) {
    Js js = new Js(in);
    js.run();
    return js.out.toString().strip() + "\n";
  }

  private static final class Js {
    final String in;
    final StringBuilder out;
    int i;
    /** Whitespace was skipped since the last token; with a line break in it. */
    boolean space;
    boolean newline;
    /** Whether a {@code /} here would start a regular expression. */
    boolean regexAllowed = true;
    String lastWord = "";

    Js(String in) {
      this.in = in;
      this.out = new StringBuilder(in.length());
    }

    void run() {
      int n = in.length();
      while (i < n) {
        char c = in.charAt(i);
        if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
          space = true;
          newline = true;
          i++;
        } else if (Character.isWhitespace(c)) {
          space = true;
          i++;
        } else if (c == '/' && i + 1 < n && in.charAt(i + 1) == '/') {
          while (i < n && in.charAt(i) != '\n' && in.charAt(i) != '\r') {
            i++;
          }
        } else if (c == '/' && i + 1 < n && in.charAt(i + 1) == '*') {
          int end = in.indexOf("*/", i + 2);
          end = end < 0 ? n : end + 2;
          String comment = in.substring(i, end);
          if (comment.startsWith("/*!")) {
            token(comment, '/', '/');
            newline = true;
            space = true;
          } else {
            space = true;
            if (comment.indexOf('\n') >= 0) {
              newline = true;
            }
          }
          i = end;
        } else if (c == '"' || c == '\'') {
          int end = stringEnd(in, i);
          token(in.substring(i, end), c, c);
          regexAllowed = false;
          i = end;
        } else if (c == '`') {
          int end = templateEnd(i);
          token(in.substring(i, end), c, c);
          regexAllowed = false;
          i = end;
        } else if (c == '/' && regexAllowed) {
          int end = regexEnd(i);
          if (end < 0) {
            punct(c);
            i++;
          } else {
            token(in.substring(i, end), '/', in.charAt(end - 1));
            regexAllowed = false;
            i = end;
          }
        } else if (isWord(c)) {
          int start = i;
          while (i < n && isWord(in.charAt(i))) {
            i++;
          }
          String word = in.substring(start, i);
          token(word, c, word.charAt(word.length() - 1));
          regexAllowed = BEFORE_REGEX.contains(word);
          lastWord = word;
        } else {
          punct(c);
          i++;
        }
      }
    }

    void punct(char c) {
      token(String.valueOf(c), c, c);
      regexAllowed = ")]}".indexOf(c) < 0;
    }

    /** Appends a token, with the whitespace before it that the code needs. */
    void token(String text, char first, char last) {
      if (out.length() > 0 && space) {
        char prev = out.charAt(out.length() - 1);
        boolean postfix = (prev == '+' || prev == '-') && out.length() > 1 && out.charAt(out.length() - 2) == prev;
        if (newline && (postfix || mayEndStatement(prev)) && !continues(first)) {
          out.append('\n');
        } else if (needsSpace(prev, first)) {
          out.append(' ');
        }
      }
      space = false;
      newline = false;
      out.append(text);
    }

    /** A line break after this character may end a statement (automatic semicolon insertion). */
    static boolean mayEndStatement(char prev) {
      return "{([,;:=?&|!+-*%<>~^".indexOf(prev) < 0;
    }

    /** A line that starts with this character continues the statement before it (no semicolon goes between). */
    static boolean continues(char next) {
      return ")]},.;?:".indexOf(next) >= 0;
    }

    static boolean needsSpace(char prev, char next) {
      return (isWord(prev) && isWord(next))
          || (prev == '+' && next == '+')
          || (prev == '-' && next == '-')
          || (prev == '/' && (next == '/' || next == '*'));
    }

    int templateEnd(int start) {
      int n = in.length();
      int j = start + 1;
      while (j < n) {
        char c = in.charAt(j);
        if (c == '\\') {
          j += 2;
        } else if (c == '`') {
          return j + 1;
        } else if (c == '$' && j + 1 < n && in.charAt(j + 1) == '{') {
          j = exprEnd(j + 2);
        } else {
          j++;
        }
      }
      return n;
    }

    /** The end of a template literal's {@code ${...}}, skipping its strings and nested templates. */
    int exprEnd(int j) {
      int depth = 1;
      int n = in.length();
      while (j < n && depth > 0) {
        char c = in.charAt(j);
        if (c == '"' || c == '\'') {
          j = stringEnd(in, j);
        } else if (c == '`') {
          j = templateEnd(j);
        } else {
          if (c == '{') {
            depth++;
          } else if (c == '}') {
            depth--;
          }
          j++;
        }
      }
      return j;
    }

    /** The end of a regular expression literal (with its flags), or -1 when none ends on this line. */
    int regexEnd(int start) {
      int n = in.length();
      int j = start + 1;
      boolean inClass = false;
      while (j < n) {
        char c = in.charAt(j);
        if (c == '\n' || c == '\r') {
          return -1;
        }
        if (c == '\\') {
          j += 2;
          continue;
        }
        if (c == '[') {
          inClass = true;
        } else if (c == ']') {
          inClass = false;
        } else if (c == '/' && !inClass) {
          j++;
          while (j < n && isWord(in.charAt(j))) {
            j++;
          }
          return j;
        }
        j++;
      }
      return -1;
    }
  }

  static boolean isWord(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '\\' || c > 127;
  }
}
