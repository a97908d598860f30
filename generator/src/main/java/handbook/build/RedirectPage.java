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

  /** Whether it sends readers to an address elsewhere (MkDocs' redirect_maps), not to a page of the site. */
  boolean elsewhere() {
    return targetUrl.matches("(?i)https?://\\S+");
  }

  @Override
  public Object body(PageContext ctx) {
    // an address elsewhere (MkDocs' redirect_maps) as it is
    if (elsewhere()) {
      return new RedirectBody(targetUrl, info().title());
    }
    // a target of MkDocs' redirect_maps may name an anchor
    int hash = targetUrl.indexOf('#');
    return new RedirectBody(hash < 0 ? Urls.href(info().url(), targetUrl, "") : Urls.href(info().url(), targetUrl.substring(0, hash), targetUrl.substring(hash)), info().title());
  }
}
