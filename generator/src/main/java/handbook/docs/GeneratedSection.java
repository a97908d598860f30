package handbook.docs;

import handbook.content.GeneratedPage;
import handbook.content.PageContext;
import handbook.content.PageInfo;
import java.util.List;

/** The section page of a folder that has no {@code index.md}: a list of its pages. */
public final class GeneratedSection extends GeneratedPage {
  public GeneratedSection(PageInfo info) {
    super(info, "section");
  }

  @Override
  public Object body(PageContext ctx) {
    return new DocBody("", List.of(), ctx.children(), false);
  }

  @Override
  public String madeFor(String contentName) {
    return info().kind().equals("home") ? "the generated home page" : "the generated page of folder `" + contentName + "/" + info().url() + "`";
  }

  @Override
  public String fingerprint() {
    return "generated-section";
  }
}
