package handbook.docs;

import handbook.content.MarkdownPage;
import handbook.content.Mount;
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
  /** The levels of headings its table of contents lists, where its front matter does not say. */
  private final Mount.Toc toc;
  /** The image of its link previews, as its front matter gives it, or null. */
  private final handbook.markdown.LinkRef card;
  /** The pages its pager links instead of the menu's neighbours, or null. */
  private final handbook.content.PagerLinks pager;

  public DocPage(PageInfo info, RenderedMarkdown md, MarkdownEngine engine, boolean section, String fingerprint) {
    this(info, md, engine, section, fingerprint, Mount.Toc.DEFAULT);
  }

  /** A page whose table of contents lists the headings of {@code toc}'s levels (its project's). */
  public DocPage(PageInfo info, RenderedMarkdown md, MarkdownEngine engine, boolean section, String fingerprint, Mount.Toc toc) {
    this(info, md, engine, section, fingerprint, List.of(), null, List.of(), null, toc, null, null);
  }

  private DocPage(
      PageInfo info, RenderedMarkdown md, MarkdownEngine engine, boolean section, String fingerprint, List<handbook.markdown.Heading> drawn, BlogPosts.Byline byline, List<BlogPosts.Entry> posts,
      BlogPosts.Paging paging, Mount.Toc toc, handbook.markdown.LinkRef card, handbook.content.PagerLinks pager) {
    super(info, md, engine, fingerprint, drawn.stream().map(handbook.markdown.Heading::id).toList());
    this.toc = toc;
    this.card = card;
    this.pager = pager;
    this.section = section;
    this.drawn = List.copyOf(drawn);
    this.byline = byline;
    this.posts = List.copyOf(posts);
    this.paging = paging;
  }

  /** The same page under other facts (a folder's name and place from its {@code _category_} file). */
  DocPage withInfo(PageInfo other) {
    return new DocPage(other, md, engine, section, fingerprint(), drawn, byline, posts, paging, toc, card, pager);
  }

  /** The same page with the headings its body's directives draw (a tags listing's): anchors to link to, entries of its table of contents. */
  public DocPage withDrawn(List<handbook.markdown.Heading> headings) {
    return new DocPage(info(), md, engine, section, fingerprint(), headings, byline, posts, paging, toc, card, pager);
  }

  /** The same page as a blog's post, with its day and authors (part of what it is made of). */
  DocPage withByline(BlogPosts.Byline b) {
    return new DocPage(info(), md, engine, section, fingerprint() == null ? null : fingerprint() + "|" + b, drawn, b, posts, paging, toc, card, pager);
  }

  /** The same page as a blog's page, listing its posts after its own text (part of what it is made of). */
  DocPage withPosts(List<BlogPosts.Entry> entries, BlogPosts.Paging links) {
    return new DocPage(info(), md, engine, section, fingerprint() == null ? null : fingerprint() + "|" + entries + "|" + links, drawn, byline, entries, links, toc, card, pager);
  }

  /** The same page with the image of its link previews (a part of its file: not of its fingerprint). */
  DocPage withCard(handbook.markdown.LinkRef c) {
    return new DocPage(info(), md, engine, section, fingerprint(), drawn, byline, posts, paging, toc, c, pager);
  }

  @Override
  public handbook.markdown.LinkRef card() {
    return card;
  }

  /** The same page with the pages its pager links (a part of its file's front matter: not of its fingerprint). */
  DocPage withPager(handbook.content.PagerLinks links) {
    return new DocPage(info(), md, engine, section, fingerprint(), drawn, byline, posts, paging, toc, card, links);
  }

  @Override
  public handbook.content.PagerLinks pager() {
    return pager;
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
    Mount.Toc levels = levels(info().extra(), toc);
    return new DocBody(html(ctx), TocEntry.of(headings, levels.min(), levels.max()), section && posts.isEmpty() ? ctx.children() : List.of(), ownH1, byline, posts, paging);
  }

  /**
   * The levels of headings a page's table of contents lists: its front matter's
   * {@code toc_min_heading_level} and {@code toc_max_heading_level} (Docusaurus'), each from 2 to
   * 6, else {@code otherwise}'s; none where it turns its table of contents off as Hugo's themes
   * do.
   */
  static Mount.Toc levels(java.util.Map<String, Object> extra, Mount.Toc otherwise) {
    // Hextra's toc: false, Hugo Book's bookToC: false, Relearn's disableToc: true
    if (Boolean.FALSE.equals(extra.get("toc")) || Boolean.FALSE.equals(extra.get("bookToC")) || Boolean.TRUE.equals(extra.get("disableToc"))) {
      return Mount.Toc.NONE;
    }
    if (Boolean.TRUE.equals(extra.get("bookToC")) && otherwise.max() < otherwise.min()) {
      // (a page's own over the site's BookToC = false)
      otherwise = Mount.Toc.DEFAULT;
    }
    int min = level(extra.get("toc_min_heading_level"), otherwise.min());
    int max = level(extra.get("toc_max_heading_level"), extra.containsKey("toc_min_heading_level") ? Math.max(min, otherwise.max()) : otherwise.max());
    return min <= max ? new Mount.Toc(min, max) : otherwise;
  }

  private static int level(Object written, int otherwise) {
    String text = written == null ? "" : String.valueOf(written).strip();
    return text.length() == 1 && text.charAt(0) >= '2' && text.charAt(0) <= '6' ? text.charAt(0) - '0' : otherwise;
  }

  @Override
  public List<SearchSection> searchSections() {
    return md.sections();
  }
}
