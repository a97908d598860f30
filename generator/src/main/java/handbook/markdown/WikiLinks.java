package handbook.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Wiki links as the Markdown they stand for. A GitHub wiki's (Gollum's syntax):
 * {@code [[Page Name]]} links the page of that name (its file {@code Page-Name.md}, in any
 * folder), {@code [[text|Page Name]]} with its text, {@code [[Page Name#Section]]} a heading of
 * it; {@code [[https://x]]} links elsewhere; {@code [[images/a.png]]} and
 * {@code [[a.png|alt=A logo]]} draw an image. Obsidian's, as MkDocs' roamlinks and ezlinks
 * plugins read them: {@code [[Page Name|text]]} (the page first), {@code [[#Section]]} on the
 * page itself, {@code ![[image.png]]} an image found by its file's name. A page (and such an
 * image) is found by its name once all are known ({@link #BY_NAME}, {@link handbook.link.LinkResolver}).
 */
public final class WikiLinks {
  private WikiLinks() {}

  /**
   * A link as Markdown.
   *
   * @param markdown the Markdown link or image
   * @param unread the image's options not followed ({@code frame}, {@code align=left}), as written
   */
  record Link(String markdown, List<Unread> unread) {}

  /** What a link asks that is not done, as written, which syntax it is, and what becomes of it. */
  record Unread(String text, String what, String outcome) {}

  /** The scheme of a link to a page (or an image) by its name ({@code wiki:Page-Name#section}), which links resolve. */
  public static final String BY_NAME = "wiki:";

  private static final String GOLLUM_OPTION = "an image option of a GitHub wiki's link";

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
      List<Unread> unread = new ArrayList<>();
      if (rest != null) {
        for (String option : rest.split(",")) {
          String o = option.strip();
          if (o.toLowerCase(Locale.ROOT).startsWith("alt=")) {
            alt = o.substring("alt=".length()).strip();
          } else if (!o.isEmpty()) {
            unread.add(new Unread(o, GOLLUM_OPTION, "which is not followed here: the image is drawn without it"));
          }
        }
      }
      return new Link("![" + text(alt) + "](" + destination(first) + ")", List.copyOf(unread));
    }
    // a link: its text, then the page (Gollum's order)
    String target = rest == null ? first : rest;
    return new Link("[" + text(first) + "](" + destination(URL.matcher(target).matches() ? target : BY_NAME + target(target)) + ")", List.of());
  }

  /** The Markdown of an Obsidian wiki link as written ({@code [[...]]}), {@code embed} where a {@code !} is before it. */
  static Link obsidian(String written, boolean embed, Slugs.Style slugs) {
    String inner = written.substring(2, written.length() - 2);
    int bar = inner.indexOf('|');
    String target = (bar < 0 ? inner : inner.substring(0, bar)).strip();
    String text = bar < 0 ? null : inner.substring(bar + 1).strip();
    if (embed && IMAGE.matcher(target).matches()) {
      // an image by its file's name ({@code ![[a.png|300]]}: a width, not followed)
      // (its text the file's name, as Obsidian's)
      if (text != null && text.matches("\\d+(?:x\\d+)?")) {
        return new Link("![" + text(target) + "](" + destination(BY_NAME + target) + ")", List.of(new Unread(text, "an image's size in a wiki link (Obsidian's)", "which is not followed here: the image is drawn at its own size")));
      }
      return new Link("![" + text(text == null ? target : text) + "](" + destination(BY_NAME + target) + ")", List.of());
    }
    List<Unread> unread = embed ? List.of(new Unread("!" + written, "an embed of a page (Obsidian's)", "which is not put in here: it is a link to the page")) : List.of();
    String shown = text != null ? text : target.startsWith("#") ? target.substring(1) : target;
    if (URL.matcher(target).matches()) {
      return new Link("[" + text(shown) + "](" + destination(target) + ")", unread);
    }
    String to = target.startsWith("#") ? anchor(target.substring(1), slugs) : BY_NAME + target(target, slugs);
    return new Link("[" + text(shown) + "](" + destination(to) + ")", unread);
  }

  /**
   * The link a page's name stands for: its file's name ({@code Page Name} is {@code Page-Name}),
   * a heading's as its id ({@code #Section One} is {@code #section-one}).
   */
  public static String target(String page) {
    return target(page, Slugs.Style.GITHUB);
  }

  /** {@link #target(String)}, a heading's id made as {@code slugs} makes them. */
  private static String target(String page, Slugs.Style slugs) {
    int hash = page.indexOf('#');
    String name = (hash < 0 ? page : page.substring(0, hash)).strip();
    return fileName(name) + (hash < 0 ? "" : anchor(page.substring(hash + 1), slugs));
  }

  /** A heading's anchor ({@code #section-one}), an Obsidian block's as it is ({@code #^intro}). */
  private static String anchor(String heading, Slugs.Style slugs) {
    String h = heading.strip();
    return "#" + (h.matches("\\^[A-Za-z0-9-]+") ? h : slugs == Slugs.Style.GITHUB ? Slugs.slugify(h) : Slugs.pythonMarkdown(h, slugs == Slugs.Style.PYTHON_UNICODE));
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
