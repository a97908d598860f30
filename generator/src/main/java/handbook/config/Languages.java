package handbook.config;

import handbook.diag.Diagnostic;
import handbook.diag.Diagnostics;
import handbook.diag.Span;
import java.util.Locale;

/** The language of the site's own words, from another tool's language code. */
final class Languages {
  private Languages() {}

  /**
   * Norwegian ({@code nb}) for {@code nb}, {@code nn} and {@code no} (with any region), else
   * English; a code other than English's is named at {@code at}, as {@code what} (the config's
   * word for it) under {@code warning}.
   */
  static String site(String code, String what, Span at, String warning, Diagnostics diags) {
    if (code == null || code.isBlank()) {
      return "en";
    }
    String base = code.strip().toLowerCase(Locale.ROOT).replace('_', '-').replaceFirst("-.*", "");
    if (base.equals("nb") || base.equals("nn") || base.equals("no")) {
      return "nb";
    }
    if (!base.equals("en")) {
      diags.add(Diagnostic.warning(warning, at, what + " `" + code.strip() + "` is not one of this site's (nb, en): its own words are in English"));
    }
    return "en";
  }
}
