package handbook.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Splits a rendered page into search documents. It parses the page's {@code <main>} element as
 * HTML (comments, scripts and styles are never text): every heading with an {@code id}, and every
 * element with {@code data-search-kind}, starts a section; the text up to the next one belongs to
 * it. Templates describe their documents with attributes, so a new content type needs no code here:
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
  private static final Set<String> SKIP = Set.of("script", "style", "nav", "button", "svg", "template", "aside", "progress", "noscript");
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
    Element main = Jsoup.parseBodyFragment(html.substring(start, end + 7)).body();
    List<Section> sections = new ArrayList<>();
    sections.add(new Section(pageKind, pageTitle, "", ""));
    walk(main, sections, pageKind);
    List<SearchDoc> out = new ArrayList<>();
    for (Section s : sections) {
      String text = clean(s.text.toString());
      if (s.anchor.isEmpty() && text.isEmpty() && sections.size() > 1) {
        continue;
      }
      String title = s.anchor.isEmpty() ? pageTitle : s.title;
      out.add(new SearchDoc(s.kind, title, pageTitle, crumbs, handbook.content.Urls.encodePath(url) + s.anchor, withParts(s.keywords), terms(text), snippet(text)));
    }
    return out;
  }

  /** A document whose terms and snippet are already worked out. */
  public static SearchDoc doc(String kind, String title, String pageTitle, String crumbs, String url, String keywords, String terms, String snippet) {
    return new SearchDoc(kind, title, pageTitle, crumbs, url, withParts(keywords), terms, snippet);
  }

  /** A document from a section's plain text. */
  public static SearchDoc doc(String kind, String title, String pageTitle, String crumbs, String url, String keywords, String text) {
    String t = clean(text);
    return new SearchDoc(kind, title, pageTitle, crumbs, handbook.content.Urls.encode(url), withParts(keywords), terms(t), snippet(t));
  }

  private static void walk(Element parent, List<Section> sections, String pageKind) {
    for (Node n : parent.childNodes()) {
      if (n instanceof TextNode t) {
        sections.get(sections.size() - 1).text.append(t.getWholeText());
        continue;
      }
      if (!(n instanceof Element e)) {
        continue;
      }
      String tag = e.normalName();
      String pageKeywords = e.attr("data-search-page-keywords");
      if (!pageKeywords.isEmpty()) {
        Section first = sections.get(0);
        first.keywords = (first.keywords + " " + pageKeywords).strip();
      }
      if (SKIP.contains(tag) || e.hasAttr("data-search-skip") || tag.equals("a") && e.hasClass("heading-anchor")) {
        continue;
      }
      String id = e.id();
      String kind = e.hasAttr("data-search-kind") ? e.attr("data-search-kind") : null;
      boolean isHeading = HEADING.matcher(tag).matches();
      if (!id.isEmpty() && (kind != null || isHeading && !tag.equals("h1"))) {
        Section s = new Section(kind != null ? kind : pageKind, e.attr("data-search-title"), "#" + id, e.attr("data-search-keywords"));
        sections.add(s);
        if (s.title.isEmpty()) {
          Element copy = e.clone();
          copy.select("a.heading-anchor, [data-search-skip]").remove();
          s.title = clean(copy.text()).replaceFirst("\\s*#$", "");
        }
      }
      sections.get(sections.size() - 1).text.append(' ');
      walk(e, sections, pageKind);
      sections.get(sections.size() - 1).text.append(' ');
    }
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

  /**
   * The text with every run of white space (as {@link Character#isWhitespace}) made one space,
   * none at either end.
   */
  public static String clean(CharSequence s) {
    return cleaned(s).toString();
  }

  /**
   * A cleaned text as characters, {@code chars[0, length)}: its terms and snippet are read from
   * them without making the whole text a string (only a page's opening keeps its text).
   */
  public record Cleaned(char[] chars, int length) {
    @Override
    public String toString() {
      return new String(chars, 0, length);
    }
  }

  /** {@link #clean}, as characters. */
  public static Cleaned cleaned(CharSequence s) {
    int n = s.length();
    char[] a = new char[n];
    if (s instanceof String str) {
      str.getChars(0, n, a, 0);
    } else if (s instanceof StringBuilder sb) {
      sb.getChars(0, n, a, 0);
    } else {
      for (int i = 0; i < n; i++) {
        a[i] = s.charAt(i);
      }
    }
    return new Cleaned(a, clean(a, n, a));
  }

  /**
   * Cleans {@code from[0, length)} into {@code into} (which may be the same array), at most as many
   * characters as it holds; returns how many it wrote. A space at the text's end is left out; one
   * where the room ran out is kept.
   */
  private static int clean(char[] from, int length, char[] into) {
    int k = 0;
    boolean space = true;
    int i = 0;
    for (; i < length && k < into.length; i++) {
      char c = from[i];
      if (c < 128 ? SPACE[c] : Character.isWhitespace(c)) {
        if (!space) {
          into[k++] = ' ';
          space = true;
        }
      } else {
        into[k++] = c;
        space = false;
      }
    }
    if (i == length && k > 0 && into[k - 1] == ' ' && space) {
      k--;
    }
    return k;
  }

  private static final boolean[] SPACE = new boolean[128];
  private static final boolean[] WORD = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      SPACE[c] = Character.isWhitespace(c);
      WORD[c] = Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '/' || c == '{' || c == '}' || c == '-';
    }
  }

  /**
   * The distinct words of a cleaned text, in first-seen order, without the most common function words
   * and capped: what matching needs, in far fewer bytes than the text.
   */
  public static String terms(String text) {
    return terms(text.toCharArray(), text.length()); // array reads: this runs under the quick JIT, where charAt is slow
  }

  /** {@link #terms(String)} of a cleaned text's characters. */
  public static String terms(Cleaned text) {
    return terms(text.chars(), text.length());
  }

  /**
   * {@link #terms(String)} of a text not cleaned, {@code chars[0, length)}: white space only ends
   * words, so a text has its cleaned text's terms.
   */
  public static String rawTerms(char[] chars, int length) {
    return terms(chars, length);
  }

  /**
   * {@link #snippet(Cleaned)} of a text not cleaned, {@code chars[0, length)}: only its first
   * characters are cleaned, as many as the snippet reads.
   */
  public static String rawSnippet(char[] chars, int length) {
    // two past the snippet's length: then the character at its end is not one left at the text's end
    char[] a = new char[Math.min(length, SNIPPET + 2)];
    return snippet(new Cleaned(a, clean(chars, length, a)));
  }

  /** Each thread's set of a text's terms, kept from text to text. */
  private static final ThreadLocal<WordSet> TERM_SETS = ThreadLocal.withInitial(() -> new WordSet(64, true));

  private static String terms(char[] a, int n) {
    // the terms are written to an array and made a string once (appending chars to a builder is slow)
    char[] out = new char[Math.min(n, 1024)];
    int k = 0;
    WordSet lower = WordSet.reused(TERM_SETS);
    int i = 0;
    while (i < n && lower.size() < MAX_TERMS) {
      while (i < n && !wordChar(a[i])) {
        i++;
      }
      int start = i;
      boolean ascii = true;
      while (i < n) {
        char c = a[i];
        if (c < 128 ? !WORD[c] : !Character.isLetterOrDigit(c)) {
          break;
        }
        ascii &= c < 128;
        i++;
      }
      int end = i;
      while (start < end && edge(a[start])) {
        start++;
      }
      while (end > start && edge(a[end - 1])) {
        end--;
      }
      if (end - start >= 2) {
        // an ASCII word is compared in its own letters; any other in its lower case (which may be ASCII)
        char[] key = a;
        int from = start;
        int to = end;
        if (!ascii) {
          key = new String(a, start, end - start).toLowerCase(Locale.ROOT).toCharArray();
          from = 0;
          to = key.length;
        }
        // both sets fold case: the word's hash made once for them
        int h = lower.hash(key, from, to);
        if ((to - from > STOP_LONGEST || !STOP_WORDS.contains(h, key, from, to)) && lower.add(h, key, from, to)) {
          int need = k + (k > 0 ? 1 : 0) + end - start;
          if (need > out.length) {
            out = java.util.Arrays.copyOf(out, Math.max(need, 2 * out.length));
          }
          if (k > 0) {
            out[k++] = ' ';
          }
          System.arraycopy(a, start, out, k, end - start);
          k += end - start;
        }
      }
    }
    return new String(out, 0, k);
  }

  /**
   * The terms of two cleaned texts joined by a space, from their terms alone: {@code
   * joinTerms(terms(a), terms(b))} is {@code terms(a + " " + b)}. A word of {@code b} is left out
   * only when {@code a} has it, so the first {@value #MAX_TERMS} of {@code b} are always enough.
   */
  public static String joinTerms(String first, String then) {
    if (then.isEmpty()) {
      return first;
    }
    if (first.isEmpty()) {
      return then;
    }
    Set<String> lower = new java.util.HashSet<>(2 * MAX_TERMS);
    int count = 0;
    for (String w : first.split(" ")) {
      lower.add(w.toLowerCase(Locale.ROOT));
      count++;
    }
    StringBuilder out = new StringBuilder(first.length() + then.length() + 1).append(first);
    for (int start = 0; start < then.length() && count < MAX_TERMS; ) {
      int end = then.indexOf(' ', start);
      if (end < 0) {
        end = then.length();
      }
      String w = then.substring(start, end);
      if (lower.add(w.toLowerCase(Locale.ROOT))) {
        out.append(' ').append(w);
        count++;
      }
      start = end + 1;
    }
    return out.toString();
  }

  private static boolean wordChar(char c) {
    return c < 128 ? WORD[c] : Character.isLetterOrDigit(c);
  }

  private static boolean edge(char c) {
    return c == '.' || c == '/' || c == '{' || c == '}' || c == '-';
  }

  /** Words too common to help: Norwegian and English function words. */
  static final Set<String> STOP =
      Set.of("og", "i", "på", "av", "til", "er", "en", "et", "ei", "som", "med", "for", "det", "den", "de", "at", "har", "om", "fra", "kan",
          "ikke", "vi", "du", "så", "men", "eller", "når", "hvis", "skal", "vil", "blir", "ble", "var", "seg", "sin", "sitt", "sine",
          "the", "and", "of", "to", "in", "is", "a", "an", "on", "with", "as", "by", "it", "be", "are", "this", "that", "or", "from");

  private static final WordSet STOP_WORDS = new WordSet(STOP.size(), true);

  static {
    STOP.forEach(w -> STOP_WORDS.add(w.toCharArray(), 0, w.length()));
  }

  /** The length of the longest word of {@link #STOP}: longer words are not looked up. */
  private static final int STOP_LONGEST = STOP.stream().mapToInt(String::length).max().orElse(0);

  /** The first words of a cleaned text, about {@value #SNIPPET} characters. */
  public static String snippet(String text) {
    // only the first SNIPPET + 1 characters count
    return text.length() <= SNIPPET ? text : snippet(new Cleaned(text.substring(0, SNIPPET + 1).toCharArray(), SNIPPET + 1));
  }

  /** {@link #snippet(String)} of a cleaned text's characters. */
  public static String snippet(Cleaned text) {
    char[] a = text.chars();
    if (text.length() <= SNIPPET) {
      return text.toString();
    }
    int cut = SNIPPET;
    while (cut >= 0 && a[cut] != ' ') {
      cut--;
    }
    return new String(a, 0, cut > SNIPPET / 2 ? cut : SNIPPET) + " …";
  }
}
