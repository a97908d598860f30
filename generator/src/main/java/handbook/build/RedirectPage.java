package handbook.build;

import handbook.content.GeneratedPage;
import handbook.content.PageContext;
import handbook.content.PageInfo;
import handbook.content.Urls;

/** A page at an old URL (an alias) that sends the reader to the page's URL. */
final class RedirectPage extends GeneratedPage {
  /** The view of a redirect: where to go. */
  public record RedirectBody(String target, String targetTitle) {}

  private final String targetUrl;

  RedirectPage(String url, String targetUrl, String targetTitle) {
    super(PageInfo.generated(url, targetTitle, null, null, false, "redirect"), "redirect");
    this.targetUrl = targetUrl;
  }

  @Override
  public String fingerprint() {
    return targetUrl;
  }

  String targetUrl() {
    return targetUrl;
  }

  @Override
  public Object body(PageContext ctx) {
    return new RedirectBody(Urls.href(info().url(), targetUrl, ""), info().title());
  }
}
