package handbook.markdown;

import java.nio.charset.StandardCharsets;

/**
 * Hrefs as CommonMark writes them: every character that may not stand in a URL percent-encoded
 * as UTF-8 ({@code ä} → {@code %C3%A4}, a space → {@code %20}, {@code \} → {@code %5C}); ASCII
 * letters and digits, {@code ;/?:@&=+$,-_.!~*'()#} and existing {@code %XX} escapes stay as they
 * are. A relative href (a page, file or heading of this site) keeps its non-ASCII letters, as the
 * generator's own links do ({@code #løsning-på-feil}); only URLs with a scheme or a leading
 * {@code /} have them encoded.
 */
final class UrlEscaping {
  private UrlEscaping() {}

  private static final String KEEP = ";/?:@&=+$,-_.!~*'()#";

  /** ASCII characters that stand in an href as they are. */
  private static final boolean[] PLAIN = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      PLAIN[c] = Character.isLetterOrDigit(c) || KEEP.indexOf(c) >= 0;
    }
  }

  static String href(String url) {
    boolean relative = !absolute(url);
    int i = 0;
    while (i < url.length() && keep(url, i, relative)) {
      i++;
    }
    if (i == url.length()) {
      return url;
    }
    StringBuilder b = new StringBuilder(url.length() + 16).append(url, 0, i);
    while (i < url.length()) {
      if (keep(url, i, relative)) {
        b.append(url.charAt(i++));
        continue;
      }
      int cp = url.codePointAt(i);
      for (byte x : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
        b.append('%').append(Character.toUpperCase(Character.forDigit((x >> 4) & 0xF, 16))).append(Character.toUpperCase(Character.forDigit(x & 0xF, 16)));
      }
      i += Character.charCount(cp);
    }
    return b.toString();
  }

  /** Whether a URL has a scheme ({@code [a-zA-Z][a-zA-Z0-9+.-]*:}) or starts with {@code /}. */
  static boolean absolute(String url) {
    if (url.isEmpty()) {
      return false;
    }
    char first = url.charAt(0);
    if (first == '/') {
      return true;
    }
    if (!asciiLetter(first)) {
      return false;
    }
    for (int i = 1; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == ':') {
        return true;
      }
      if (!asciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '.' && c != '-') {
        return false;
      }
    }
    return false;
  }

  private static boolean asciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  private static boolean keep(String s, int i, boolean relative) {
    char c = s.charAt(i);
    if (c < 128 && PLAIN[c]) {
      return true;
    }
    if (c >= 128 && relative) {
      int cp = s.codePointAt(i);
      return !Character.isSpaceChar(cp) && !Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT;
    }
    return c == '%' && i + 2 < s.length() && hex(s.charAt(i + 1)) && hex(s.charAt(i + 2));
  }

  private static boolean hex(char c) {
    return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
  }
}
