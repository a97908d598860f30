package handbook.content;

import handbook.markdown.LinkRef;
import java.util.List;
import java.util.Set;

/** A page the generator makes itself (404, search, redirects, section lists): no anchors, no links. */
public abstract class GeneratedPage implements Page {
  private final PageInfo info;
  private final String template;

  protected GeneratedPage(PageInfo info, String template) {
    this.info = info;
    this.template = template;
  }

  @Override
  public final PageInfo info() {
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
  public final String template() {
    return template;
  }
}
