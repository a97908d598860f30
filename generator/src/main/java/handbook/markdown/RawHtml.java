package handbook.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Raw HTML in Markdown, read as the reader's browser will: the addresses in it ({@code src} and
 * {@code href} of {@code <img>}, {@code <a>}, {@code <source>}, {@code <video>}, a video's
 * {@code poster}, each address of an image's or a picture's source's {@code srcset}), so they are
 * checked and rewritten like Markdown links; and GFM's disallowed raw
 * HTML filter, so a stray {@code <style>} or {@code <textarea>} cannot swallow the rest of a page.
 */
final class RawHtml {
  private RawHtml() {}

  /** An address in raw HTML: where its value stands in the text, and the value decoded. */
  record Address(int start, int end, String value, boolean quoted, boolean image) {}

  private static final Set<String> TAGS = Set.of("img", "a", "source", "video");
  private static final Pattern TAG = Pattern.compile("<!--|<([a-zA-Z][a-zA-Z0-9-]*)");
  private static final Pattern ATTRIBUTE =
      Pattern.compile("\\s+([^\\s\"'>/=]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+)))?");

  /** The addresses in a piece of raw HTML, in order; comments are skipped. */
  static List<Address> addresses(CharSequence html) {
    List<Address> out = new ArrayList<>();
    Matcher m = TAG.matcher(html);
    int from = 0;
    while (from < html.length() && m.find(from)) {
      if (m.group(1) == null) {
        int close = html.toString().indexOf("-->", m.end());
        from = close < 0 ? html.length() : close + 3;
        continue;
      }
      String tag = m.group(1).toLowerCase(Locale.ROOT);
      // each attribute where the last one ended (a search from there would look to the text's end
      // for one: a block of many tags took minutes)
      Matcher a = ATTRIBUTE.matcher(html);
      int at = m.end();
      while (at < html.length() && a.region(at, html.length()).lookingAt()) {
        String name = a.group(1).toLowerCase(Locale.ROOT);
        int g = a.group(2) != null ? 2 : a.group(3) != null ? 3 : a.group(4) != null ? 4 : 0;
        if (g > 0 && TAGS.contains(tag) && (name.equals("src") || name.equals("href") || name.equals("poster") && tag.equals("video"))) {
          String value = org.jsoup.parser.Parser.unescapeEntities(a.group(g), true);
          out.add(new Address(a.start(g), a.end(g), value, g != 4, !tag.equals("a")));
        } else if (g > 0 && name.equals("srcset") && (tag.equals("img") || tag.equals("source"))) {
          List<int[]> each = candidates(html, a.start(g), a.end(g));
          // (an unquoted value of several is left as it is: each one quoted would break it)
          for (int[] c : g == 4 && each.size() > 1 ? List.<int[]>of() : each) {
            String value = org.jsoup.parser.Parser.unescapeEntities(html.subSequence(c[0], c[1]).toString(), true);
            out.add(new Address(c[0], c[1], value, g != 4, true));
          }
        }
        at = a.end();
      }
      from = Math.max(at, m.end());
    }
    return out;
  }

  /**
   * Where the addresses of a {@code srcset} stand between {@code start} and {@code end}: each
   * candidate's address, before its descriptor ({@code 2x}, {@code 640w}) and the comma after it.
   */
  static List<int[]> candidates(CharSequence s, int start, int end) {
    List<int[]> out = new ArrayList<>();
    int i = start;
    while (i < end) {
      while (i < end && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == ',')) {
        i++;
      }
      int from = i;
      while (i < end && !Character.isWhitespace(s.charAt(i))) {
        i++;
      }
      int to = i;
      boolean comma = false;
      while (to > from && s.charAt(to - 1) == ',') {
        to--;
        comma = true;
      }
      if (to > from) {
        out.add(new int[] {from, to});
      }
      // its descriptor, up to the next comma
      while (!comma && i < end && s.charAt(i) != ',') {
        i++;
      }
    }
    return out;
  }

  /** The text with every address replaced by {@code replace} of it (quoted, escaped), or left as it was when that gives null. */
  static String rewrite(String html, Function<Address, String> replace) {
    List<Address> found = addresses(html);
    if (found.isEmpty()) {
      return html;
    }
    StringBuilder b = new StringBuilder(html.length() + 32);
    int last = 0;
    for (Address a : found) {
      String value = replace.apply(a);
      if (value == null) {
        continue;
      }
      b.append(html, last, a.start());
      b.append(a.quoted() ? value : "\"" + value + "\"");
      last = a.end();
    }
    b.append(html, last, html.length());
    return b.toString();
  }

  /** An {@code <img>} tag on another host: where it stands, its address and its text. */
  record RemoteImage(int start, int end, String src, String alt) {
    /** What it becomes: a link to it showing its text (inside a link, the text alone). */
    String html(boolean inLink) {
      String text = org.jsoup.nodes.Entities.escape(alt.isBlank() ? src : alt);
      return inLink ? text : "<a href=\"" + org.jsoup.nodes.Entities.escape(src) + "\">" + text + "</a>";
    }
  }

  /** The {@code <img>} tags on other hosts in a piece of raw HTML, in order. */
  static List<RemoteImage> remoteImages(String html) {
    List<RemoteImage> out = new ArrayList<>();
    if (html.toLowerCase(Locale.ROOT).indexOf("<img") < 0) {
      return out;
    }
    Matcher m = TAG.matcher(html);
    int from = 0;
    while (from < html.length() && m.find(from)) {
      if (m.group(1) == null) {
        int close = html.indexOf("-->", m.end());
        from = close < 0 ? html.length() : close + 3;
        continue;
      }
      String src = null;
      String alt = "";
      Matcher a = ATTRIBUTE.matcher(html);
      int at = m.end();
      while (at < html.length() && a.region(at, html.length()).lookingAt()) {
        String name = a.group(1).toLowerCase(Locale.ROOT);
        String value = a.group(2) != null ? a.group(2) : a.group(3) != null ? a.group(3) : a.group(4);
        if (value != null && name.equals("src")) {
          src = org.jsoup.parser.Parser.unescapeEntities(value, true);
        } else if (value != null && name.equals("alt")) {
          alt = org.jsoup.parser.Parser.unescapeEntities(value, true);
        }
        at = a.end();
      }
      from = Math.max(at, m.end());
      int end = at;
      while (end < html.length() && " /\t\n".indexOf(html.charAt(end)) >= 0) {
        end++;
      }
      if (m.group(1).equalsIgnoreCase("img") && src != null && handbook.content.Urls.remote(src) && end < html.length() && html.charAt(end) == '>') {
        out.add(new RemoteImage(m.start(), end + 1, src, alt));
        from = end + 1;
      }
    }
    return out;
  }

  /**
   * The text with each {@code <img>} on another host made a link to it showing its {@code alt}
   * (inside a link of the same text, the {@code alt} alone), as Markdown images are.
   */
  static String linkRemoteImages(String html) {
    List<RemoteImage> found = remoteImages(html);
    if (found.isEmpty()) {
      return html;
    }
    StringBuilder b = new StringBuilder(html.length() + 32);
    int last = 0;
    for (RemoteImage im : found) {
      String before = html.substring(0, im.start()).toLowerCase(Locale.ROOT);
      boolean inLink = Math.max(before.lastIndexOf("<a "), before.lastIndexOf("<a>")) > before.lastIndexOf("</a");
      b.append(html, last, im.start()).append(im.html(inLink));
      last = im.end();
    }
    return b.append(html, last, html.length()).toString();
  }

  private static final Pattern SVG = Pattern.compile("<svg(?=[\\s/>]|$)");

  /** GFM's disallowed raw HTML: these tags, opening or closing, get their {@code <} escaped. */
  private static final Pattern DISALLOWED =
      Pattern.compile("<(/?(?i:title|textarea|style|xmp|iframe|noembed|noframes|script|plaintext)(?=[\\s/>]|$))");

  /** md_in_html's attribute in an opening tag, its value or none (group 1 what is before it; no {@code <} in the tag, so that each try ends at the next tag). */
  private static final Pattern MARKDOWN_ATTRIBUTE =
      Pattern.compile("(<[A-Za-z][\\w-]*(?:\\s+[^\\s<>=/]+(?:\\s*=\\s*(?:\"[^\"<]*\"|'[^'<]*'|[^\\s\"'<>=]+))?)*?)\\s+markdown(?:\\s*=\\s*(?:\"[^\"<]*\"|'[^'<]*'|[^\\s\"'<>=]+))?(?=[\\s/>])");

  /**
   * Raw HTML without md_in_html's {@code markdown} attribute ({@code <div class="grid" markdown>}):
   * Python-Markdown takes it out of the elements whose Markdown it reads.
   */
  static String withoutMarkdownAttribute(String html) {
    return html.contains("markdown") ? MARKDOWN_ATTRIBUTE.matcher(html).replaceAll("$1") : html;
  }

  /** Escapes the disallowed tags (GFM's tagfilter extension), but an SVG's {@code <title>} (its name, drawn by no browser). */
  static String filterDisallowed(String html) {
    if (html.indexOf('<') < 0) {
      return html;
    }
    Matcher m = DISALLOWED.matcher(html);
    return m.find() ? m.replaceAll(r -> svgTitle(html, r.start(), r.group(1)) ? "<$1" : "&lt;$1") : html;
  }

  /** Whether a disallowed tag ({@code name} as matched, {@code /title}) at {@code at} is the title of an SVG open there. */
  static boolean svgTitle(CharSequence html, int at, String name) {
    if (!name.replace("/", "").equalsIgnoreCase("title")) {
      return false;
    }
    // (not an svg in a comment or an attribute's value: only tags)
    String before = html.subSequence(0, at).toString().toLowerCase(Locale.ROOT).replaceAll("(?s)<!--.*?(-->|$)|\"[^\"]*\"|'[^']*'", "");
    Matcher open = SVG.matcher(before);
    int last = -1;
    while (open.find()) {
      last = open.start();
    }
    return last >= 0 && last > before.lastIndexOf("</svg");
  }

  /**
   * The text of the first {@code <h1>} in a block of raw HTML, as GitHub's READMEs title themselves
   * ({@code <h1 align="center">Zod</h1>}): its words outside its links where it has any (a logo
   * linked to the project's site, the name after it), else all of them, else the {@code alt} of
   * an image in it, else {@code ""}; null where the block has none.
   */
  static String h1(CharSequence html) {
    int at = -1;
    for (int i = 0; i + 3 < html.length(); i++) {
      if (html.charAt(i) == '<' && (html.charAt(i + 1) | 0x20) == 'h' && html.charAt(i + 2) == '1' && (html.charAt(i + 3) == '>' || Character.isWhitespace(html.charAt(i + 3)))) {
        at = i;
        break;
      }
    }
    if (at < 0) {
      return null;
    }
    String rest = html.subSequence(at, html.length()).toString();
    int end = rest.toLowerCase(Locale.ROOT).indexOf("</h1>");
    org.jsoup.nodes.Element h1 = org.jsoup.Jsoup.parseBodyFragment(end < 0 ? rest : rest.substring(0, end + 5)).selectFirst("h1");
    if (h1 == null) {
      return "";
    }
    org.jsoup.nodes.Element own = h1.clone();
    own.select("a").remove();
    String text = own.text().strip();
    if (text.isEmpty()) {
      text = h1.text().strip();
    }
    if (text.isEmpty()) {
      org.jsoup.nodes.Element image = h1.selectFirst("img[alt]");
      text = image == null ? "" : image.attr("alt").strip();
    }
    return text;
  }

  private static final Pattern HEADING = Pattern.compile("<h([1-6])(\\s[^>]*)?>", Pattern.CASE_INSENSITIVE);
  private static final Pattern HAS_ID = Pattern.compile("\\s(id|name)\\s*=", Pattern.CASE_INSENSITIVE);
  private static final Pattern OWN_ID = Pattern.compile("\\sid\\s*=\\s*(?:\"([^\"]+)\"|'([^']+)')", Pattern.CASE_INSENSITIVE);

  /** A heading of raw HTML: its level, its words, and its own id ({@code <h3 id="x">}), or null. */
  record RawHeading(int level, String words, String id) {}

  /**
   * Each heading of a block of raw HTML ({@code <h3>Sponsors</h3>}, {@code <h3 id="x">}), in
   * order: those closed in the block, but those named by {@code name} alone.
   */
  static List<RawHeading> headings(CharSequence html) {
    List<RawHeading> out = new ArrayList<>();
    String s = html.toString();
    Matcher m = HEADING.matcher(s);
    Closings closings = new Closings(s);
    while (m.find()) {
      String id = null;
      if (m.group(2) != null && HAS_ID.matcher(m.group(2)).find()) {
        Matcher own = OWN_ID.matcher(m.group(2));
        if (!own.find()) {
          continue;
        }
        id = own.group(1) != null ? own.group(1) : own.group(2);
      }
      int level = m.group(1).charAt(0) - '0';
      int close = closings.after(level, m.end());
      if (close >= 0) {
        out.add(new RawHeading(level, org.jsoup.Jsoup.parseBodyFragment(s.substring(m.end(), close)).text().strip(), id));
      }
    }
    return out;
  }

  /** The block with {@code ids} on its headings without one ({@link #headings}), in order. */
  static String withIds(String html, List<String> ids) {
    StringBuilder b = new StringBuilder(html.length() + 32 * ids.size());
    Matcher m = HEADING.matcher(html);
    int from = 0;
    int n = 0;
    Closings closings = new Closings(html);
    while (n < ids.size() && m.find()) {
      if (closings.after(m.group(1).charAt(0) - '0', m.end()) >= 0 && (m.group(2) == null || !HAS_ID.matcher(m.group(2)).find())) {
        b.append(html, from, m.start(1) + 1).append(" id=\"").append(org.jsoup.nodes.Entities.escape(ids.get(n++))).append('"');
        from = m.start(1) + 1;
      }
    }
    return b.append(html, from, html.length()).toString();
  }

  /**
   * Where the closing tags of a block's headings are ({@code </hN>}): the next one of each level
   * found once, not again for every heading (a block of many unclosed headings stays linear).
   */
  private static final class Closings {
    private final String html;
    private final int[] next = {-2, -2, -2, -2, -2, -2, -2};

    Closings(String html) {
      this.html = html;
    }

    /** Where the first closing tag of a level at or after {@code from} is, or -1 where there is none. */
    int after(int level, int from) {
      if (next[level] != -1 && next[level] < from) {
        next[level] = closing(html, level, from);
      }
      return next[level];
    }
  }

  /** Where the first {@code </hN>} of a level from {@code from} is, or -1 where there is none. */
  private static int closing(String s, int level, int from) {
    String close = "</h" + level;
    for (int i = s.indexOf("</", from); i >= 0; i = s.indexOf("</", i + 2)) {
      if (s.regionMatches(true, i, close, 0, close.length()) && i + close.length() < s.length() && s.charAt(i + close.length()) == '>') {
        return i;
      }
    }
    return -1;
  }
}
