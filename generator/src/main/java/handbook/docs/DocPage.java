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
  /** Headings its body's directives draw (a tags listing's), for its table of contents. */
  private final List<handbook.markdown.Heading> drawn;
  /** A blog post's day and authors, or null. */
  private final BlogPosts.Byline byline;
  /** The posts a blog's page lists after its own text (MkDocs Material's blog/index.md), or none. */
  private final List<BlogPosts.Entry> posts;
  /** The links to a blog's other pages, or null. */
  private final BlogPosts.Paging paging;

  public DocPage(PageInfo info, RenderedMarkdown md, MarkdownEngine engine, boolean section, String fingerprint) {
    this(info, md, engine, section, fingerprint, List.of(), null, List.of(), null);
  }

  private DocPage(
      PageInfo info, RenderedMarkdown md, MarkdownEngine engine, boolean section, String fingerprint, List<handbook.markdown.Heading> drawn, BlogPosts.Byline byline, List<BlogPosts.Entry> posts,
      BlogPosts.Paging paging) {
    super(info, md, engine, fingerprint, drawn.stream().map(handbook.markdown.Heading::id).toList());
    this.section = section;
    this.drawn = List.copyOf(drawn);
    this.byline = byline;
    this.posts = List.copyOf(posts);
    this.paging = paging;
  }

  /** The same page under other facts (a folder's name and place from its {@code _category_} file). */
  DocPage withInfo(PageInfo other) {
    return new DocPage(other, md, engine, section, fingerprint(), drawn, byline, posts, paging);
  }

  /** The same page with the headings its body's directives draw (a tags listing's): anchors to link to, entries of its table of contents. */
  public DocPage withDrawn(List<handbook.markdown.Heading> headings) {
    return new DocPage(info(), md, engine, section, fingerprint(), headings, byline, posts, paging);
  }

  /** The same page as a blog's post, with its day and authors (part of what it is made of). */
  DocPage withByline(BlogPosts.Byline b) {
    return new DocPage(info(), md, engine, section, fingerprint() == null ? null : fingerprint() + "|" + b, drawn, b, posts, paging);
  }

  /** The same page as a blog's page, listing its posts after its own text (part of what it is made of). */
  DocPage withPosts(List<BlogPosts.Entry> entries, BlogPosts.Paging links) {
    return new DocPage(info(), md, engine, section, fingerprint() == null ? null : fingerprint() + "|" + entries + "|" + links, drawn, byline, entries, links);
  }

  /** A blog post's day and authors, or null. */
  BlogPosts.Byline byline() {
    return byline;
  }

  @Override
  public String template() {
    return section ? "section" : "doc";
  }

  @Override
  public Object body(PageContext ctx) {
    boolean ownH1 = !md.headings().isEmpty() && md.headings().get(0).level() == 1;
    List<handbook.markdown.Heading> headings = md.headings();
    if (!drawn.isEmpty()) {
      // in the order of their lines; a drawn heading after the body's of its line
      headings = new java.util.ArrayList<>(headings);
      headings.addAll(drawn);
      headings.sort(java.util.Comparator.comparingInt(handbook.markdown.Heading::line));
    }
    return new DocBody(html(ctx), TocEntry.of(headings), section && posts.isEmpty() ? ctx.children() : List.of(), ownH1, byline, posts, paging);
  }

  @Override
  public List<SearchSection> searchSections() {
    return md.sections();
  }
}
