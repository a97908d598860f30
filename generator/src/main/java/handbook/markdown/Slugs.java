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
  private final Map<String, Integer> seen = new HashMap<>();

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
