package handbook.config;

/**
 * One of the languages a site is built in.
 *
 * @param code its code ({@code fr}, {@code pt-BR}), as the project names it
 * @param folder its folder of the site ({@code fr/}); empty for the default language's
 * @param label what the language menu calls it ({@code Français})
 * @param tag the language its pages say they are in ({@code fr-FR})
 * @param rtl whether it is written from right to left
 * @param source the folder of the project that holds its translations ({@code i18n/fr/}: of its pages, and of the site's words, also the default language's)
 */
public record SiteLocale(String code, String folder, String label, String tag, boolean rtl, String source) {
  /** Whether this is the site's default language, at its root. */
  public boolean isDefault() {
    return folder.isEmpty();
  }

  /**
   * A language's own name in that language, as browsers give it ({@code Français} for {@code fr}),
   * the first letter a capital; the code where Java knows no name.
   */
  public static String nameOf(String code) {
    java.util.Locale locale = java.util.Locale.forLanguageTag(code);
    String name = locale.getDisplayName(locale);
    if (name.isBlank() || locale.getLanguage().isEmpty()) {
      return code;
    }
    return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
  }
}
