package handbook.docs;

import handbook.content.Mount;
import handbook.content.Urls;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The URL a Hugo project's {@code permalinks} give a page of a section: its pattern's
 * placeholders ({@link Mount.Permalink#PLACEHOLDERS}) filled from the page's date, title, slug, file name and
 * folders, as Hugo fills them; a part that would be {@code .} or {@code ..} is left out.
 */
public final class HugoPermalinks {
  private HugoPermalinks() {}

  /**
   * The page's URL by its section's pattern ({@link Mount#permalinkOf}); null where there is none.
   * {@code path} is a regular page's (not a section's {@code _index.md}).
   */
  static String of(String path, String title, Map<String, Object> extra, Mount mount) {
    String pattern = mount.permalinkOf(mount.unsuffixed(path));
    if (pattern == null) {
      return null;
    }
    String unsuffixed = mount.unsuffixed(path);
    String rel = unsuffixed.substring(mount.docs().length());
    List<String> folders = new ArrayList<>(List.of(rel.split("/")));
    String file = folders.remove(folders.size() - 1);
    String base = Urls.stem(file);
    boolean bundle = base.equals("index");
    if (bundle && !folders.isEmpty()) {
      // a leaf bundle: its folder's name is its name, and the section is the folder around it
      base = folders.remove(folders.size() - 1);
    }
    String slug = extra.get("slug") instanceof String s && !s.isBlank() ? urlize(s) : null;
    LocalDate date = date(path, extra, mount);
    String escaped = pattern.replace("\\:", "\u0000");
    Matcher m = Mount.Permalink.PLACEHOLDER.matcher(escaped);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value =
          switch (m.group(1)) {
            case "year" -> String.valueOf(date.getYear());
            case "month" -> String.format(Locale.ROOT, "%02d", date.getMonthValue());
            case "monthname" -> date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case "day" -> String.format(Locale.ROOT, "%02d", date.getDayOfMonth());
            case "weekday" -> String.valueOf(date.getDayOfWeek().getValue() % 7);
            case "weekdayname" -> date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case "yearday" -> String.valueOf(date.getDayOfYear());
            case "section" -> folders.isEmpty() ? "" : folders.get(0);
            case "sections" -> String.join("/", m.group(2) == null ? folders : slice(folders, m.group(2)));
            case "title" -> urlize(title);
            case "slug" -> slug != null ? slug : urlize(title);
            case "slugorfilename", "slugorcontentbasename" -> slug != null ? slug : urlize(base);
            case "filename", "contentbasename" -> urlize(base);
            default -> null;
          };
      if (value == null) {
        return null;
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    // its parts in lower case, as Hugo makes them; none that leads elsewhere
    List<String> parts = new ArrayList<>();
    for (String part : out.toString().replace('\u0000', ':').toLowerCase(Locale.ROOT).split("/")) {
      if (!part.isEmpty() && !part.equals(".") && !part.equals("..")) {
        parts.add(part);
      }
    }
    return parts.isEmpty() ? null : String.join("/", parts) + "/";
  }

  /** The page's date (as its config's {@code [frontmatter]} says), else Hugo's zero day. */
  private static LocalDate date(String path, Map<String, Object> extra, Mount mount) {
    LocalDate day = PublishingDates.hugoDay(path, extra, mount);
    return day == null ? LocalDate.of(1, 1, 1) : day;
  }

  /** The sections a slice names ({@code [1:]}, {@code [last]}), none where it is out of their bounds. */
  static List<String> slice(List<String> sections, String cut) {
    Matcher m = Mount.Permalink.SLICE.matcher(cut);
    if (!m.matches() || sections.isEmpty()) {
      return List.of();
    }
    int n = sections.size();
    if (!cut.contains(":")) {
      int i = index(m.group(1), n, 0);
      return i >= n ? List.of() : List.of(sections.get(i));
    }
    int from = index(m.group(1), n, 0);
    int to = m.group(2) == null ? n : Math.min(n, index(m.group(2), n, n));
    return from >= n || from > to ? List.of() : sections.subList(from, to);
  }

  private static int index(String at, int size, int none) {
    // (an index past the sections, however long, is past them)
    return at == null ? none : at.equals("last") ? size - 1 : at.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(at);
  }

  /**
   * A text as Hugo makes it a part of a URL: letters, digits, marks and {@code . / _ # + ~ - @}
   * kept, a run of spaces between them one hyphen, anything else left out; in lower case.
   */
  static String urlize(String text) {
    StringBuilder b = new StringBuilder();
    boolean hyphen = false;
    boolean wasHyphen = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      boolean allowed = "./_#+~-@".indexOf(c) >= 0 || Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK || Character.getType(c) == Character.COMBINING_SPACING_MARK || Character.getType(c) == Character.ENCLOSING_MARK;
      if (allowed) {
        wasHyphen = c == '-';
        if (hyphen && !wasHyphen) {
          b.append('-');
        }
        hyphen = false;
        b.appendCodePoint(c);
      } else if (b.length() > 0 && !wasHyphen && Character.isWhitespace(c)) {
        hyphen = true;
      }
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }
}
