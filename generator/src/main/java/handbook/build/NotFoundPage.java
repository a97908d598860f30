package handbook.build;

import handbook.content.GeneratedPage;
import handbook.content.PageContext;
import handbook.content.PageInfo;

/** {@code 404.html}: served by static hosts for any missing URL, so its links are root-based. */
final class NotFoundPage extends GeneratedPage {
  static final String URL = "404.html";

  NotFoundPage(String title) {
    super(PageInfo.generated(URL, title, null, null, false, "404"), "404");
  }

  @Override
  public Object body(PageContext ctx) {
    return null;
  }

  @Override
  public String fingerprint() {
    return "404";
  }

  @Override
  public String madeFor(String contentName) {
    return "the page for missing URLs (404)";
  }
}
