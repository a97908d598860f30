package handbook.search;

/**
 * One searchable section of a page.
 *
 * @param kind what it is: doc, section, operation, schema, runbook, lesson, checklist-item...
 * @param title the section's heading (or the page title for the page's opening)
 * @param page the page title
 * @param crumbs the breadcrumb trail, joined with " › "
 * @param url the site URL with its anchor
 * @param keywords exact terms that should find it (operation ids, alert names, paths)
 * @param text the section's words, for matching
 * @param snippet the section's first sentence or so, for showing
 * @param boost how much higher its page ranks than others' (MkDocs Material's {@code search.boost}), 1 for as high
 */
public record SearchDoc(
    String kind, String title, String page, String crumbs, String url, String keywords, String text, String snippet, double boost) {
  /** Ranked as others. */
  public SearchDoc(String kind, String title, String page, String crumbs, String url, String keywords, String text, String snippet) {
    this(kind, title, page, crumbs, url, keywords, text, snippet, 1);
  }

  /** The same, its page ranked {@code by} times as high. */
  public SearchDoc boosted(double by) {
    return new SearchDoc(kind, title, page, crumbs, url, keywords, text, snippet, by);
  }
}
