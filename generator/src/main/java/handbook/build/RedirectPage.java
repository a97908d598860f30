package handbook.build;

import handbook.content.Page;
import handbook.content.PageContext;
import handbook.content.PageInfo;
import handbook.markdown.LinkRef;
import java.util.List;
import java.util.Set;

/** A page at an old URL (an alias) that sends the reader to the page's URL. */
final class RedirectPage implements Page {
  /** The view of a redirect: where to go. */
  public record RedirectBody(String target, String targetTitle) {}

  private final PageInfo info;
  private final String targetUrl;
  private final String targetTitle;

  RedirectPage(String url, String targetUrl, String targetTitle) {
    this.info = PageInfo.generated(url, targetTitle, null, null, false, "redirect");
    this.targetUrl = targetUrl;
    this.targetTitle = targetTitle;
  }

  String targetUrl() {
    return targetUrl;
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
    return "redirect";
  }

  @Override
  public Object body(PageContext ctx) {
    return new RedirectBody(handbook.content.Urls.relative(info.url(), targetUrl), targetTitle);
  }
}
