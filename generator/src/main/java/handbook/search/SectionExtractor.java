package handbook.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a rendered page into search documents. It reads the {@code <main>} element: every
 * heading with an {@code id}, and every element with {@code data-search-kind}, starts a section;
 * the text up to the next one belongs to it. Templates describe their documents with attributes,
 * so a new content type needs no code here:
 *
 * <ul>
 *   <li>{@code data-search-kind} on an element with an id: a document of that kind;
 *   <li>{@code data-search-title}: its title when the element's text is not the title;
 *   <li>{@code data-search-keywords}: exact terms that should find it;
 *   <li>{@code data-search-page-keywords} anywhere: exact terms for the page as a whole;
 *   <li>{@code data-search-skip} on an element: its text is not indexed.
 * </ul>
 */
public final class SectionExtractor {
  private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>");
  private static final Pattern ATTR = Pattern.compile("([a-zA-Z-]+)\\s*=\\s*\"([^\"]*)\"");
  private static final Set<String> SKIP = Set.of("script", "style", "nav", "button", "svg", "template", "aside", "progress");
  private static final Set<String> VOID = Set.of("br", "hr", "img", "input", "meta", "link", "source", "wbr", "col", "area", "base", "embed", "track");
  private static final Pattern HEADING = Pattern.compile("h[1-4]");
  static final int SNIPPET = 150;
  static final int MAX_TERMS = 120;

  private SectionExtractor() {}

  /**
   * @param html the whole rendered page
   * @param url the page's site URL
   * @param pageTitle the page title
   * @param crumbs the breadcrumb trail
   * @param pageKind the page's kind, used for its opening section and its headings
   */
  public static List<SearchDoc> extract(String html, String url, String pageTitle, String crumbs, String pageKind) {
    int start = html.indexOf("<main");
    int end = html.lastIndexOf("</main>");
    if (start < 0 || end < start) {
      return List.of();
    }
    String main = html.substring(start, end);
    List<Section> sections = new ArrayList<>();
    Section current = new Section(pageKind, pageTitle, "", "");
    sections.add(current);
    Matcher m = TAG.matcher(main);
    int pos = 0;
    int skipDepth = 0;
    String skipTag = null;
    Section heading = null;
    String headingTag = null;
    StringBuilder headingText = null;
    while (m.find()) {
      String text = main.substring(pos, m.start());
      pos = m.end();
      if (skipDepth == 0) {
        if (headingText != null) {
          headingText.append(text);
        }
        current.text.append(text);
      }
      boolean closing = !m.group(1).isEmpty();
      String tag = m.group(2).toLowerCase(Locale.ROOT);
      String attrs = m.group(3);
      if (skipDepth > 0) {
        if (tag.equals(skipTag)) {
          skipDepth += closing ? -1 : (attrs.endsWith("/") ? 0 : 1);
        }
        continue;
      }
      if (closing) {
        if (headingTag != null && tag.equals(headingTag)) {
          if (heading.title.isEmpty()) {
            heading.title = clean(headingText.toString()).replaceFirst("\\s*#$", "");
          }
          headingTag = null;
          headingText = null;
        }
        current.text.append(' ');
        continue;
      }
      Map<String, String> a = attrs(attrs);
      if (SKIP.contains(tag) || a.containsKey("data-search-skip") || tag.equals("a") && a.getOrDefault("class", "").contains("heading-anchor")) {
        if (!VOID.contains(tag) && !attrs.endsWith("/")) {
          skipDepth = 1;
          skipTag = tag;
        }
        continue;
      }
      String pageKeywords = a.get("data-search-page-keywords");
      if (pageKeywords != null) {
        Section first = sections.get(0);
        first.keywords = (first.keywords + " " + pageKeywords).strip();
      }
      String id = a.get("id");
      String kind = a.get("data-search-kind");
      boolean isHeading = HEADING.matcher(tag).matches();
      if (id != null && (kind != null || isHeading && !tag.equals("h1"))) {
        current = new Section(kind != null ? kind : pageKind, a.getOrDefault("data-search-title", ""), "#" + id, a.getOrDefault("data-search-keywords", ""));
        sections.add(current);
        if (current.title.isEmpty()) {
          heading = current;
          headingTag = tag;
          headingText = new StringBuilder();
        }
      } else if (!VOID.contains(tag)) {
        current.text.append(' ');
      }
    }
    if (skipDepth == 0) {
      current.text.append(main.substring(pos));
    }
    List<SearchDoc> out = new ArrayList<>();
    for (Section s : sections) {
      String text = clean(s.text.toString());
      if (s.anchor.isEmpty() && text.isEmpty() && sections.size() > 1) {
        continue;
      }
      String title = s.anchor.isEmpty() ? pageTitle : s.title;
      out.add(new SearchDoc(s.kind, title, pageTitle, crumbs, url + s.anchor, withParts(s.keywords), terms(text), snippet(text)));
    }
    return out;
  }

  private static final class Section {
    final String kind;
    String title;
    final String anchor;
    String keywords;
    final StringBuilder text = new StringBuilder();

    Section(String kind, String title, String anchor, String keywords) {
      this.kind = kind;
      this.title = title;
      this.anchor = anchor;
      this.keywords = keywords;
    }
  }

  private static Map<String, String> attrs(String s) {
    Map<String, String> m = new HashMap<>();
    if (s.isBlank()) {
      return m;
    }
    Matcher a = ATTR.matcher(s);
    while (a.find()) {
      m.put(a.group(1).toLowerCase(Locale.ROOT), unescape(a.group(2)));
    }
    if (s.contains("data-search-skip")) {
      m.putIfAbsent("data-search-skip", "");
    }
    return m;
  }

  private static final Pattern CAMEL = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");

  /** Keywords plus the words inside camelCase ones ({@code getReadiness} also finds {@code readiness}). */
  static String withParts(String keywords) {
    if (keywords.isEmpty()) {
      return keywords;
    }
    StringBuilder b = new StringBuilder(keywords);
    for (String k : keywords.split(" ")) {
      String split = CAMEL.matcher(k).replaceAll(" ");
      if (!split.equals(k)) {
        b.append(' ').append(split);
      }
    }
    return b.toString();
  }

  static String clean(String html) {
    String s = unescape(html);
    StringBuilder b = new StringBuilder(s.length());
    boolean space = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        if (!space) {
          b.append(' ');
          space = true;
        }
      } else {
        b.append(c);
        space = false;
      }
    }
    int n = b.length();
    return n > 0 && b.charAt(n - 1) == ' ' ? b.substring(0, n - 1) : b.toString();
  }

  static String unescape(String s) {
    if (s.indexOf('&') < 0) {
      return s;
    }
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
        .replace("&#x27;", "'").replace("&nbsp;", " ").replace("&#8617;", "").replace("&amp;", "&");
  }

  /**
   * The distinct words of a text, in first-seen order, without the most common function words
   * and capped: what matching needs, in far fewer bytes than the text.
   */
  static String terms(String text) {
    Set<String> seen = new LinkedHashSet<>();
    Set<String> lower = new java.util.HashSet<>();
    int i = 0;
    int n = text.length();
    while (i < n && seen.size() < MAX_TERMS) {
      while (i < n && !wordChar(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && wordChar(text.charAt(i))) {
        i++;
      }
      int end = i;
      while (start < end && edge(text.charAt(start))) {
        start++;
      }
      while (end > start && edge(text.charAt(end - 1))) {
        end--;
      }
      if (end - start >= 2) {
        String w = text.substring(start, end);
        String l = w.toLowerCase(Locale.ROOT);
        if (!STOP.contains(l) && lower.add(l)) {
          seen.add(w);
        }
      }
    }
    return String.join(" ", seen);
  }

  private static boolean wordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '/' || c == '{' || c == '}' || c == '-';
  }

  private static boolean edge(char c) {
    return c == '.' || c == '/' || c == '{' || c == '}' || c == '-';
  }

  /** Words too common to help: Norwegian and English function words. */
  static final Set<String> STOP =
      Set.of("og", "i", "på", "av", "til", "er", "en", "et", "ei", "som", "med", "for", "det", "den", "de", "at", "har", "om", "fra", "kan",
          "ikke", "vi", "du", "så", "men", "eller", "når", "hvis", "skal", "vil", "blir", "ble", "var", "seg", "sin", "sitt", "sine",
          "the", "and", "of", "to", "in", "is", "a", "an", "on", "with", "as", "by", "it", "be", "are", "this", "that", "or", "from");

  static String snippet(String text) {
    if (text.length() <= SNIPPET) {
      return text;
    }
    int cut = text.lastIndexOf(' ', SNIPPET);
    return text.substring(0, cut > SNIPPET / 2 ? cut : SNIPPET) + " …";
  }
}
