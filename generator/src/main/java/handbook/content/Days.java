package handbook.content;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A day as pages show it, in the site's language: {@code 2 December 2026}, {@code 2. desember 2026}. */
public final class Days {
  private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter NB = DateTimeFormatter.ofPattern("d. MMMM uuuu", Locale.forLanguageTag("nb"));

  private Days() {}

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
