package handbook.docs;

import handbook.content.MarkdownPage;
import handbook.content.PageContext;
import handbook.content.PageInfo;
import handbook.markdown.MarkdownEngine;
import handbook.markdown.RenderedMarkdown;
import handbook.markdown.SearchSection;
import java.util.List;

/** A Markdown page: a doc, a section's {@code index.md}, or the home page. */
public final class DocPage extends MarkdownPage {
  private final boolean section;

  public DocPage(PageInfo info, RenderedMarkdown md, MarkdownEngine engine, boolean section, String fingerprint) {
    this(info, md, engine, section, fingerprint, List.of());
  }

  private DocPage(PageInfo info, RenderedMarkdown md, MarkdownEngine engine, boolean section, String fingerprint, java.util.Collection<String> moreAnchors) {
    super(info, md, engine, fingerprint, moreAnchors);
    this.section = section;
  }

  /** The same page under other facts (a folder's name and place from its {@code _category_} file). */
  DocPage withInfo(PageInfo other) {
    return new DocPage(other, md, engine, section, fingerprint(), anchors());
  }

  /** The same page with ids its body's directives draw (a tags listing's headings), for links to them. */
  public DocPage withAnchors(java.util.Collection<String> more) {
    return new DocPage(info(), md, engine, section, fingerprint(), more);
  }

  @Override
  public String template() {
    return section ? "section" : "doc";
  }

  @Override
  public Object body(PageContext ctx) {
    boolean ownH1 = !md.headings().isEmpty() && md.headings().get(0).level() == 1;
    return new DocBody(html(ctx), TocEntry.of(md.headings()), section ? ctx.children() : List.of(), ownH1);
  }

  @Override
  public List<SearchSection> searchSections() {
    return md.sections();
  }
}
