package handbook.build;

import handbook.content.Page;
import handbook.content.PageContext;
import handbook.content.PageInfo;
import handbook.markdown.LinkRef;
import java.util.List;
import java.util.Set;

/** {@code search.html}: the results page, {@code search.html?q=...} works as a plain link. */
final class SearchPage implements Page {
  private final PageInfo info;

  SearchPage(String title) {
    this.info = PageInfo.generated("search.html", title, null, null, false, "search");
  }

  @Override
  public PageInfo info() {
    return info;
  }

  @Override
  public Set<String> anchors() {
    return Set.of();
  }

  @Override
  public List<LinkRef> links() {
    return List.of();
  }

  @Override
  public String template() {
    return "search";
  }

  @Override
  public Object body(PageContext ctx) {
    return null;
  }
}
