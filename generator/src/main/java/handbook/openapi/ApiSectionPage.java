package handbook.openapi;

import handbook.content.Page;
import handbook.content.PageContext;
import handbook.content.PageInfo;
import handbook.markdown.LinkRef;
import java.util.List;
import java.util.Set;

/** The {@code api/} tab: a list of the site's APIs. */
final class ApiSectionPage implements Page {
  private final PageInfo info;

  ApiSectionPage(PageInfo info) {
    this.info = info;
  }

  @Override
  public PageInfo info() {
    return info;
  }

  @Override
  public String fingerprint() {
    // it lists the APIs: its navigation children, which the page key covers
    return "api-section";
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
    return "section";
  }

  @Override
  public Object body(PageContext ctx) {
    return new ApiViews.SectionBody("", List.of(), ctx.children(), false);
  }
}
