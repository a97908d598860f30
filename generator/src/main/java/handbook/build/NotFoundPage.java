package handbook.build;

import handbook.content.Page;
import handbook.content.PageContext;
import handbook.content.PageInfo;
import handbook.markdown.LinkRef;
import java.util.List;
import java.util.Set;

/** {@code 404.html}: served by static hosts for any missing URL, so its links are root-based. */
final class NotFoundPage implements Page {
  static final String URL = "404.html";
  private final PageInfo info;

  NotFoundPage(String title) {
    this.info = PageInfo.generated(URL, title, null, null, false, "404");
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
    return "404";
  }

  @Override
  public Object body(PageContext ctx) {
    return null;
  }
}
