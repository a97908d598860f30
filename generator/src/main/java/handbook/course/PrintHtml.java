package handbook.course;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts a lesson's rendered HTML into a module's print view: its heading ids (and the links to
 * them) get the lesson's prefix, so the lessons' ids do not clash on one page, and its headings
 * move one level down, under the lesson's own heading.
 */
final class PrintHtml {
  private static final Pattern ID = Pattern.compile(" id=\"([^\"]*)\"");
  private static final Pattern HASH = Pattern.compile(" href=\"#([^\"]*)\"");
  private static final Pattern HEADING = Pattern.compile("<(/?)h([1-5])(?=[\\s>])");

  private PrintHtml() {}

  /** Prefixes {@code id="x"} and {@code href="#x"} for every x in {@code ids}. */
  static String namespace(String html, Set<String> ids, String prefix) {
    String out = replace(html, ID, " id=\"", ids, prefix);
    return replace(out, HASH, " href=\"#", ids, prefix);
  }

  private static String replace(String html, Pattern p, String lead, Set<String> ids, String prefix) {
    Matcher m = p.matcher(html);
    StringBuilder b = new StringBuilder(html.length() + 64);
    while (m.find()) {
      String v = m.group(1);
      String plain = unescape(v);
      boolean ours = ids.contains(plain) || ids.contains(decode(plain));
      m.appendReplacement(b, Matcher.quoteReplacement(ours ? lead + prefix + v + "\"" : m.group()));
    }
    m.appendTail(b);
    return b.toString();
  }

  /** {@code <h2>} → {@code <h3>} and so on; {@code <h6>} stays. */
  static String shiftHeadings(String html) {
    Matcher m = HEADING.matcher(html);
    StringBuilder b = new StringBuilder(html.length());
    while (m.find()) {
      m.appendReplacement(b, "<" + m.group(1) + "h" + (Integer.parseInt(m.group(2)) + 1));
    }
    m.appendTail(b);
    return b.toString();
  }

  private static String unescape(String s) {
    return s.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }
}
