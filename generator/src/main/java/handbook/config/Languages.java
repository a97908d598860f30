package handbook.config;

import handbook.diag.Diagnostic;
import handbook.diag.Diagnostics;
import handbook.diag.Span;
import java.util.Locale;

/**
 * The language of another tool's site from its language code: the tag the pages are written in
 * ({@code de-DE}), and the language of the site's own words (Norwegian or English).
 */
public final class Languages {
  private Languages() {}

  /**
   * The pages' language tag of a code ({@code zh_cn} is {@code zh-CN}), or English's where it is
   * none; a code whose words are not the site's (nb, en) is named at {@code at}, as {@code what}
   * (the config's word for it) under {@code warning}: the site's own words are in English.
   */
  static String site(String code, String what, Span at, String warning, Diagnostics diags) {
    if (code == null || code.isBlank()) {
      return "en";
    }
    String tag = tag(code);
    String base = code.strip().toLowerCase(Locale.ROOT).replace('_', '-').replaceFirst("-.*", "");
    if (!base.equals("en") && words(base).equals("en")) {
      diags.add(Diagnostic.warning(warning, at, what + " `" + code.strip() + "` is not one of this site's (nb, en): its own words are in English"));
    }
    return tag != null ? tag : words(base);
  }

  /**
   * Names, under {@code warning} at {@code at}, the languages of a site built in several (its
   * default one first, named where the site's language is read) whose pages have the site's own
   * words in English: five of them, and how many more.
   */
  static void inEnglish(java.util.List<SiteLocale> locales, String warning, Span at, String hint, Diagnostics diags) {
    java.util.List<String> english = locales.stream().skip(1).map(SiteLocale::code).filter(c -> words(c).equals("en") && !c.toLowerCase(Locale.ROOT).startsWith("en")).toList();
    if (locales.size() > 1 && !english.isEmpty()) {
      Diagnostic d =
          Diagnostic.warning(warning, at, "the site's own words are in English on the pages of "
              + String.join(", ", english.stream().limit(5).map(c -> "`" + c + "`").toList()) + (english.size() > 5 ? " and " + (english.size() - 5) + " more" : "")
              + ": this site's words are Norwegian (nb) and English");
      diags.add(hint == null ? d : d.withHint(hint));
    }
  }

  private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile("[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*");

  /**
   * A language code as a tag of BCP 47's form, as an HTML page's {@code lang} takes it: the
   * language in lower case, a region of two letters in upper case, a script of four with a
   * capital ({@code zh-Hant-TW}); null for a code of another form.
   */
  public static String tag(String code) {
    String c = code.strip().replace('_', '-');
    if (!TAG.matcher(c).matches()) {
      return null;
    }
    String[] parts = c.split("-");
    StringBuilder b = new StringBuilder(parts[0].toLowerCase(Locale.ROOT));
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i];
      b.append('-').append(
          p.length() == 2 && Character.isLetter(p.charAt(0)) ? p.toUpperCase(Locale.ROOT)
              : p.length() == 4 && Character.isLetter(p.charAt(0)) ? p.substring(0, 1).toUpperCase(Locale.ROOT) + p.substring(1).toLowerCase(Locale.ROOT)
              : p.toLowerCase(Locale.ROOT));
    }
    return b.toString();
  }

  /** The language of the site's own words for a tag: Norwegian ({@code nb}) for nb, nn and no, else English. */
  public static String words(String tag) {
    String base = tag.toLowerCase(Locale.ROOT).replaceFirst("-.*", "");
    return base.equals("nb") || base.equals("nn") || base.equals("no") ? "nb" : "en";
  }
}
