package handbook.markdown;

/**
 * The searchable text of one part of a Markdown body: the text before the first heading
 * ({@code anchor} empty), or a heading's section up to the next heading that starts one. Its
 * search terms and snippet are worked out once, when the body is compiled (and cached with it);
 * only the opening keeps its text, which the page's description joins when the page is indexed.
 */
public record SearchSection(String anchor, String title, String text, String terms, String snippet) {
  public static SearchSection of(String anchor, String title, String text) {
    return new SearchSection(
        anchor, title, anchor.isEmpty() ? text : "", handbook.search.SectionExtractor.termsOf(text), handbook.search.SectionExtractor.snippetOf(text));
  }
}
