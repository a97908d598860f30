package handbook.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The links of a GitHub wiki (Gollum's syntax) as the Markdown they stand for:
 * {@code [[Page Name]]} links the page of that name (its file {@code Page-Name.md}, in any
 * folder), {@code [[text|Page Name]]} with its text, {@code [[Page Name#Section]]} a heading of
 * it; {@code [[https://x]]} links elsewhere; {@code [[images/a.png]]} and
 * {@code [[a.png|alt=A logo]]} draw an image. The page is found by its name once all are known
 * ({@link handbook.link.LinkResolver}).
 */
public final class WikiLinks {
  private WikiLinks() {}

  /**
   * A link as Markdown.
   *
   * @param markdown the Markdown link or image
   * @param unread the image's options not followed ({@code frame}, {@code align=left}), as written
   */
  record Link(String markdown, List<String> unread) {}

  private static final Pattern IMAGE = Pattern.compile("(?i).+\\.(?:png|jpe?g|gif|svg|webp|avif|bmp|ico)");
  private static final Pattern URL = Pattern.compile("(?i)(?:https?|ftp|mailto):.*");

  /** The Markdown of a wiki link as written ({@code [[...]]}). */
  static Link of(String written) {
    String inner = written.substring(2, written.length() - 2);
    int bar = inner.indexOf('|');
    String first = (bar < 0 ? inner : inner.substring(0, bar)).strip();
    String rest = bar < 0 ? null : inner.substring(bar + 1).strip();
    if (IMAGE.matcher(first).matches()) {
      // an image: its path, then its options (alt=, frame, align=, width=, height=)
      String alt = "";
      List<String> unread = new ArrayList<>();
      if (rest != null) {
        for (String option : rest.split(",")) {
          String o = option.strip();
          if (o.toLowerCase(Locale.ROOT).startsWith("alt=")) {
            alt = o.substring("alt=".length()).strip();
          } else if (!o.isEmpty()) {
            unread.add(o);
          }
        }
      }
      return new Link("![" + text(alt) + "](" + destination(first) + ")", List.copyOf(unread));
    }
    // a link: its text, then the page (Gollum's order)
    String target = rest == null ? first : rest;
    return new Link("[" + text(first) + "](" + destination(URL.matcher(target).matches() ? target : target(target)) + ")", List.of());
  }

  /**
   * The link a page's name stands for: its file's name ({@code Page Name} is {@code Page-Name}),
   * a heading's as its id ({@code #Section One} is {@code #section-one}).
   */
  public static String target(String page) {
    int hash = page.indexOf('#');
    String name = (hash < 0 ? page : page.substring(0, hash)).strip();
    String anchor = hash < 0 ? "" : "#" + Slugs.slugify(page.substring(hash + 1));
    return fileName(name) + anchor;
  }

  /** A page's name as its file names it, without its ending ({@code Page Name} is {@code Page-Name}). */
  public static String fileName(String name) {
    return name.strip().replace(' ', '-');
  }

  /** Text shown as written: every ASCII punctuation character escaped. */
  private static String text(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 128 && !Character.isLetterOrDigit(c) && c != ' ') {
        b.append('\\');
      }
      b.append(c);
    }
    return b.toString();
  }

  /** A link's destination in angle brackets (spaces and parentheses allowed there). */
  private static String destination(String s) {
    return "<" + s.replace("<", "%3C").replace(">", "%3E").replace("\\", "%5C") + ">";
  }
}
