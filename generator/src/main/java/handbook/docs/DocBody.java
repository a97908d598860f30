package handbook.docs;

import handbook.content.PageContext;
import java.util.List;

/**
 * The view of a Markdown page's body.
 *
 * @param html the rendered Markdown
 * @param toc the table of contents
 * @param children the pages of the section, for section pages (empty otherwise)
 * @param ownH1 true when the body starts with its own H1, so the layout prints no title
 * @param byline a blog post's day and authors, or null
 * @param posts the posts a blog's page lists after its text, or none
 * @param paging the links to the blog's newer and older pages, or null for a blog of one page
 */
public record DocBody(String html, List<TocEntry> toc, List<PageContext.Child> children, boolean ownH1, BlogPosts.Byline byline, List<BlogPosts.Entry> posts, BlogPosts.Paging paging) {
  public DocBody(String html, List<TocEntry> toc, List<PageContext.Child> children, boolean ownH1) {
    this(html, toc, children, ownH1, null, List.of(), null);
  }
}
