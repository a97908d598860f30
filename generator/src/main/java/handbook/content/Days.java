package handbook.content;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A day as pages show it, in the site's language: {@code 2 December 2026}, {@code 2. desember 2026}. */
public final class Days {
  private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter NB = DateTimeFormatter.ofPattern("d. MMMM uuuu", Locale.forLanguageTag("nb"));

  private Days() {}

  /** @param language {@code en}, else Norwegian */
  public static String shown(String language, LocalDate day) {
    return (language.equals("en") ? EN : NB).format(day);
  }
}
