package handbook.markdown;

/**
 * The searchable text of one part of a Markdown body: the text before the first heading
 * ({@code anchor} empty), or a heading's section up to the next heading that starts one. Its
 * search terms and snippet are worked out once, when the body is compiled (and cached with it);
 * the opening keeps its text and terms (no snippet), which the page's description joins when the
 * page is indexed ({@link handbook.search.SectionExtractor#joinTerms}).
 */
public record SearchSection(String anchor, String title, String text, String terms, String snippet) {
  /** @param text the section's text, cleaned ({@link handbook.search.SectionExtractor#clean}) */
  public static SearchSection of(String anchor, String title, String text) {
    return of(anchor, title, new handbook.search.SectionExtractor.Cleaned(text.toCharArray(), text.length()));
  }

  /**
   * A section under a heading ({@code anchor} not empty) from its text not yet cleaned: it keeps
   * its terms and snippet only, read from the text as it is.
   */
  static SearchSection ofRaw(String anchor, String title, StringBuilder text) {
    char[] chars = new char[text.length()];
    text.getChars(0, chars.length, chars, 0);
    return new SearchSection(anchor, title, "", handbook.search.SectionExtractor.rawTerms(chars, chars.length), handbook.search.SectionExtractor.rawSnippet(chars, chars.length));
  }

  /** {@link #of(String, String, String)} of a cleaned text's characters. */
  public static SearchSection of(String anchor, String title, handbook.search.SectionExtractor.Cleaned text) {
    if (anchor.isEmpty()) {
      return new SearchSection(anchor, title, text.toString(), handbook.search.SectionExtractor.terms(text), "");
    }
    return new SearchSection(anchor, title, "", handbook.search.SectionExtractor.terms(text), handbook.search.SectionExtractor.snippet(text));
  }
}
