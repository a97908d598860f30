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
  private final String alias;
  private final String from;

  /**
   * @param alias the alias as its front matter writes it
   * @param from the content file whose alias it is
   */
  RedirectPage(String url, String targetUrl, String targetTitle, String alias, String from) {
    super(PageInfo.generated(url, targetTitle, null, null, false, "redirect"), "redirect");
    this.targetUrl = targetUrl;
    this.alias = alias;
    this.from = from;
  }

  @Override
  public String madeFor(String contentName) {
    return "the alias `" + alias + "` of `" + contentName + "/" + from + "`";
  }

  @Override
  public String origin() {
    return from;
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
