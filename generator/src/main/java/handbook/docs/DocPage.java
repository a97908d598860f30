package handbook.docs;

import handbook.content.Page;
import handbook.content.PageContext;
import handbook.content.PageInfo;
import handbook.markdown.DirectiveCall;
import handbook.markdown.Heading;
import handbook.markdown.LinkRef;
import handbook.markdown.MarkdownDoc;
import handbook.markdown.MarkdownEngine;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A Markdown page: a doc, a section's {@code index.md}, or the home page. */
public final class DocPage implements Page {
  private final PageInfo info;
  private final MarkdownDoc md;
  private final MarkdownEngine engine;
  private final Set<String> anchors;
  private final boolean section;
  private final String text;

  public DocPage(PageInfo info, MarkdownDoc md, MarkdownEngine engine, boolean section, String text) {
    this.info = info;
    this.md = md;
    this.engine = engine;
    this.section = section;
    this.text = text;
    Set<String> a = new LinkedHashSet<>();
    for (Heading h : md.headings()) {
      a.add(h.id());
    }
    a.addAll(md.extraAnchors());
    this.anchors = Set.copyOf(a);
  }

  @Override
  public PageInfo info() {
    return info;
  }

  public MarkdownDoc markdown() {
    return md;
  }

  @Override
  public Set<String> anchors() {
    return anchors;
  }

  @Override
  public List<LinkRef> links() {
    return md.links();
  }

  @Override
  public List<DirectiveCall> directiveCalls() {
    return md.directives();
  }

  @Override
  public String template() {
    return section ? "section" : "doc";
  }

  @Override
  public Object body(PageContext ctx) {
    String html = engine.render(md, ctx.hrefs(), ctx.embeds());
    boolean ownH1 = !md.headings().isEmpty() && md.headings().get(0).level() == 1;
    return new DocBody(html, TocEntry.of(md.headings()), section ? ctx.children() : List.of(), ownH1);
  }

  @Override
  public String sourceText() {
    return text;
  }
}
