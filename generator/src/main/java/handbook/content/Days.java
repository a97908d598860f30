package handbook.content;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A day as pages show it, in the site's language: {@code 2 December 2026}, {@code 2. desember 2026}. */
public final class Days {
  private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter NB = DateTimeFormatter.ofPattern("d. MMMM uuuu", Locale.forLanguageTag("nb"));

  private Days() {}

  /**
   * Where a page's front matter gives its own day of last change, first first (a dot parts a key
   * under a map's): Docusaurus' {@code last_update.date}, just-the-docs' {@code last_modified_date},
   * jekyll-last-modified-at's {@code last_modified_at}. The first there is the page's (a value
   * where a map was wanted, {@code last_update: 2024-05-06}, is read as its day).
   */
  public static final java.util.List<String> OWN_LAST_CHANGE = java.util.List.of("last_update.date", "last_modified_date", "last_modified_at");

  /** The day a text starts with, written as {@code 2024-05-06} alone or before a time; else null. */
  public static LocalDate written(String text) {
    if (text == null || !text.matches("\\d{4}-\\d{2}-\\d{2}([T ].*)?")) {
      return null;
    }
    try {
      return LocalDate.parse(text.substring(0, 10));
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  /** @param language {@code en}, else Norwegian */
  public static String shown(String language, LocalDate day) {
    return (language.equals("en") ? EN : NB).format(day);
  }
}
