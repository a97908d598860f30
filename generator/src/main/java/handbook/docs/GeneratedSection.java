package handbook.docs;

import handbook.content.Page;
import handbook.content.PageContext;
import handbook.content.PageInfo;
import handbook.markdown.LinkRef;
import java.util.List;
import java.util.Set;

/** The section page of a folder that has no {@code index.md}: a list of its pages. */
public final class GeneratedSection implements Page {
  private final PageInfo info;

  public GeneratedSection(PageInfo info) {
    this.info = info;
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
    return "section";
  }

  @Override
  public Object body(PageContext ctx) {
    return new DocBody("", List.of(), ctx.children(), false);
  }

  @Override
  public String sourceText() {
    return "generated-section:" + info.url() + ":" + info.title();
  }
}
