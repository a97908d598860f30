package handbook.markdown;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * GitHub-style heading ids that keep Norwegian letters: lower-case, letters, digits, {@code -}
 * and {@code _} kept, spaces become {@code -}, everything else dropped ({@code Løsning på feil}
 * becomes {@code løsning-på-feil}). Repeats on one page get {@code -1}, {@code -2}.
 */
public final class Slugs {
  /** How ids are made: GitHub's way (above), or Python-Markdown's toc extension's by default (MkDocs'). */
  public enum Style {
    GITHUB,
    /**
     * Letters decomposed and kept where ASCII ({@code Größe} {@code groe}), characters but word
     * characters, spaces and dashes dropped, lower-case, runs of spaces and dashes one dash;
     * repeats {@code _1}, {@code _2}.
     */
    PYTHON_MARKDOWN,
    /** The same, letters beyond ASCII kept as they are (Python-Markdown's {@code slugify_unicode}): {@code Größe} {@code größe}. */
    PYTHON_UNICODE
  }

  private final Map<String, Integer> seen = new HashMap<>();
  private final Style style;

  public Slugs() {
    this(Style.GITHUB);
  }

  public Slugs(Style style) {
    this.style = style;
  }

  /** Python-Markdown's {@code slugify(value, '-')}. */
  static String pythonMarkdown(String text) {
    return pythonMarkdown(text, false);
  }

  /** Python-Markdown's {@code slugify(value, '-', unicode)}: {@code slugify_unicode} where {@code unicode}. */
  static String pythonMarkdown(String text, boolean unicode) {
    String decomposed = unicode ? text : java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKD);
    StringBuilder kept = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); ) {
      int c = decomposed.codePointAt(i);
      i += Character.charCount(c);
      // word characters (ASCII alone, unless unicode), white space and dashes
      if ((c < 0x80 || unicode) && (Character.isLetterOrDigit(c) || c == '_' || c == '-' || isSpace(c) || unicode && unicodeSpace(c))) {
        kept.appendCodePoint(c);
      }
    }
    String lower = kept.toString().strip().toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder(lower.length());
    boolean run = false;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      boolean gap = c == '-' || isSpace(c) || unicode && unicodeSpace(c);
      if (!gap) {
        b.append(c);
      } else if (!run) {
        b.append('-');
      }
      run = gap;
    }
    return b.toString();
  }

  /** Python's white space beyond ASCII (a no-break space among it). */
  private static boolean unicodeSpace(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean isSpace(int c) {
    return c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1c && c <= 0x1f;
  }

  /** Python-Markdown's unique id: {@code _1} after a repeat, or the number after {@code _} one more. */
  private String uniquePython(String base) {
    String id = base;
    while (id.isEmpty() || seen.containsKey(id)) {
      java.util.regex.Matcher m = COUNTED.matcher(id);
      id = m.matches() ? m.group(1) + "_" + (Long.parseLong(m.group(2)) + 1) : id + "_1";
    }
    seen.put(id, 0);
    return id;
  }

  private static final java.util.regex.Pattern COUNTED = java.util.regex.Pattern.compile("(.*)_([0-9]{1,18})", java.util.regex.Pattern.DOTALL);

  public static String slugify(String text) {
    StringBuilder b = new StringBuilder(text.length());
    String lower = text.strip().toLowerCase(Locale.ROOT);
    for (int i = 0; i < lower.length(); ) {
      int cp = lower.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp) || cp == '_' || cp == '-' || Character.getType(cp) == Character.NON_SPACING_MARK) {
        b.appendCodePoint(cp);
      } else if (cp == ' ') {
        b.append('-');
      }
    }
    return b.toString();
  }

  /** A unique id on this page for a heading text. */
  public String unique(String text) {
    if (style != Style.GITHUB) {
      return uniquePython(pythonMarkdown(text, style == Style.PYTHON_UNICODE));
    }
    String base = slugify(text);
    if (base.isEmpty()) {
      base = "section";
    }
    String id = base;
    Integer n = seen.get(base);
    while (seen.containsKey(id)) {
      n = n == null ? 1 : n + 1;
      id = base + "-" + n;
      seen.put(base, n);
    }
    seen.put(id, seen.getOrDefault(id, 0));
    return id;
  }

  /** Reserves an id that is on the page for another reason (footnotes, embeds). */
  public void reserve(String id) {
    seen.putIfAbsent(id, 0);
  }
}
