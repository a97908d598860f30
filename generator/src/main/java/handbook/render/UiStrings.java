package handbook.render;

import java.util.Map;

/** The UI strings of the site in one language ({@code nb} or {@code en}). */
public final class UiStrings {
  private UiStrings() {}

  public static Map<String, String> load(String language) {
    Map<String, String> strings = handbook.content.Strings.resource(UiStrings.class, language);
    if (strings.isEmpty()) {
      throw new IllegalArgumentException("no UI strings for language " + language);
    }
    return strings;
  }
}
