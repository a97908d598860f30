package handbook.config;

import handbook.content.Urls;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A GitHub wiki, as {@code git clone https://github.com/o/r.wiki.git} gives it: its pages are
 * its Markdown files in any folder, each published at its name ({@code guides/Set-Up.md} at
 * {@code Set-Up/}, titled {@code Set Up}), {@code Home.md} its home. Its {@code _Sidebar.md}
 * orders the menu (its links, in their order; the other pages after them, as GitHub lists them
 * by name); its {@code _Footer.md} is the footer's line. Files whose name (or a folder's) starts
 * with {@code _} are no pages.
 */
public final class GitHubWiki {
  private GitHubWiki() {}

  /** The names of a wiki's home page, one of which makes a folder a wiki. */
  public static final List<String> HOMES = List.of("Home.md", "Home.markdown");

  public static final List<String> SIDEBARS = List.of("_Sidebar.md", "_Sidebar.markdown");
  public static final List<String> FOOTERS = List.of("_Footer.md", "_Footer.markdown");
  public static final List<String> HEADERS = List.of("_Header.md", "_Header.markdown");

  /**
   * What a wiki gives the site's settings.
   *
   * @param title the site's title: the wiki's folder's name ({@code tool.wiki} is {@code tool}),
   *     {@code Wiki} where that is {@code content}
   * @param copyright the footer's line, or empty
   */
  public record Settings(String title, String copyright) {}

  /** The settings of a wiki in the folder named {@code folder}, with the text of its footer (or null). */
  public static Settings settings(String folder, String footer) {
    String name = folder.replace('\\', '/').replaceAll("/+$", "");
    name = name.substring(name.lastIndexOf('/') + 1).replaceFirst("(?i)\\.wiki$", "");
    Footer f = footer == null ? null : footer(footer);
    // (a wiki cloned into the content folder's default name: the name says nothing)
    return new Settings(name.isEmpty() || name.equals(".") || name.equals("content") ? "Wiki" : name, f == null || f.line() == null ? "" : f.line());
  }

  /** The home page of a wiki among the files, or null where they are no wiki. */
  public static String file(Collection<String> files) {
    return first(HOMES, files);
  }

  /** The first of the names that is among the files, or null. */
  public static String first(List<String> names, Collection<String> files) {
    for (String name : names) {
      if (files.contains(name)) {
        return name;
      }
    }
    return null;
  }

  /** Whether a path is a wiki's page: Markdown, not in a folder or a file named with a leading {@code _}. */
  public static boolean page(String path) {
    return Urls.isMarkdown(path) && !path.startsWith("_") && !path.contains("/_");
  }

  private static final java.util.regex.Pattern OTHER_MARKUP = java.util.regex.Pattern.compile("(?i)[^/]+\\.(?:mediawiki|wiki|textile|rdoc|org|creole|rest|rst|asciidoc|adoc|pod)");

  /** Whether a path is a page in another of the markups GitHub's wikis show (MediaWiki, Textile, AsciiDoc, ...), not read here. */
  public static boolean otherMarkup(String path) {
    return OTHER_MARKUP.matcher(path.substring(path.lastIndexOf('/') + 1)).matches() && !path.startsWith("_") && !path.contains("/_");
  }

  /** Whether a path is the sidebar, footer or header of the wiki (read, not published). */
  public static boolean part(String path) {
    return SIDEBARS.contains(path) || FOOTERS.contains(path) || HEADERS.contains(path);
  }

  /** The title of a page of the wiki: its file's name, {@code -} as spaces ({@code Set-Up.md} is {@code Set Up}). */
  public static String title(String path) {
    return Urls.stem(path.substring(path.lastIndexOf('/') + 1)).replace('-', ' ');
  }

  /**
   * A link of the sidebar: the name of the page it names ({@code Set-Up}), its text where it
   * has one of its own, and its place (an offset in the sidebar's text).
   */
  public record Entry(String page, String label, int offset) {}

  /** What the sidebar lists: its links to pages, in order, and the text it shows that is no link. */
  public record Sidebar(List<Entry> entries, List<String> text) {}

  private static final Pattern LINK = Pattern.compile("\\[\\[([^\\]|\\n]+)(?:\\|([^\\]\\n]+))?\\]\\]|(!?)\\[([^\\]\\n]*)\\]\\(\\s*<?([^)>\\s]+)>?[^)\\n]*\\)");
  private static final Pattern URL = Pattern.compile("(?i)[a-z][a-z0-9+.-]*:.*");

  /** The links of a sidebar's text, in order. */
  public static Sidebar sidebar(String text) {
    List<Entry> entries = new ArrayList<>();
    List<String> shown = new ArrayList<>();
    Matcher m = LINK.matcher(text);
    int last = 0;
    StringBuilder between = new StringBuilder();
    while (m.find()) {
      between.append(text, last, m.start()).append('\n');
      last = m.end();
      if (m.group(1) != null) {
        String first = m.group(1).strip();
        String page = m.group(2) == null ? first : m.group(2).strip();
        if (!URL.matcher(page).matches()) {
          entries.add(new Entry(pageName(page), m.group(2) == null ? null : first, m.start()));
        }
      } else if (m.group(3).isEmpty() && !URL.matcher(m.group(5)).matches() && !m.group(5).startsWith("#")) {
        String label = m.group(4).strip();
        entries.add(new Entry(pageName(m.group(5)), label.isEmpty() ? null : label, m.start()));
      }
    }
    between.append(text.substring(last));
    for (String line : between.toString().split("\n")) {
      // a list's marks, a heading's, emphasis: what is left is text the sidebar shows
      String words = line.replaceAll("^\\s*(?:[*+-]|\\d+[.)]|#{1,6})(?=\\s|$)", "").replaceAll("[*_`>]", "").strip();
      if (!words.isEmpty() && !words.matches("-{3,}|<!--.*-->")) {
        shown.add(words);
      }
    }
    return new Sidebar(List.copyOf(entries), List.copyOf(shown));
  }

  /** The name of the page a link names ({@code Set Up}, {@code ./Set-Up.md#x} and {@code Set-Up} are {@code Set-Up}). */
  public static String pageName(String target) {
    String t = target.strip();
    int hash = t.indexOf('#');
    if (hash >= 0) {
      t = t.substring(0, hash);
    }
    t = t.replaceAll("/+$", "");
    return handbook.markdown.WikiLinks.fileName(Urls.stem(t.substring(t.lastIndexOf('/') + 1)));
  }

  /**
   * The footer's line: its text without Markdown's marks, its links' texts in their place
   * ({@code hasLinks} says whether it had any); null where it is empty.
   */
  public record Footer(String line, boolean hasLinks) {}

  /** The footer of a {@code _Footer.md}'s text. */
  public static Footer footer(String text) {
    Matcher m = LINK.matcher(text);
    StringBuilder b = new StringBuilder();
    boolean links = false;
    while (m.find()) {
      links = true;
      String shown = m.group(1) != null ? m.group(1) : m.group(4);
      m.appendReplacement(b, Matcher.quoteReplacement(shown));
    }
    m.appendTail(b);
    String line = b.toString().replaceAll("<[^>\\n]*>", "").replaceAll("(?m)^\\s*(?:[*+-]|#{1,6})\\s+", "").replaceAll("[*_`]", "").replaceAll("\\s+", " ").strip();
    line = line.replace("&copy;", "©").replace("&nbsp;", " ").replace("&amp;", "&");
    return new Footer(line.isEmpty() ? null : line, links || text.contains("<a ") || text.contains("http://") || text.contains("https://"));
  }
}
