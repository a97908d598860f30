package handbook.build;

import handbook.content.GeneratedPage;
import handbook.content.PageContext;
import handbook.content.PageInfo;

/** {@code search.html}: the results page, {@code search.html?q=...} works as a plain link. */
final class SearchPage extends GeneratedPage {
  SearchPage(String title) {
    super(PageInfo.generated("search.html", title, null, null, false, "search"), "search");
  }

  @Override
  public Object body(PageContext ctx) {
    return null;
  }

  @Override
  public String fingerprint() {
    return "search";
  }

  @Override
  public String madeFor(String contentName) {
    return "the search page";
  }
}
