package handbook.docs;

import handbook.content.GeneratedPage;
import handbook.content.PageContext;
import handbook.content.PageInfo;
import handbook.markdown.SearchSection;
import java.util.List;

/** The section page of a folder that has no {@code index.md}: a list of its pages. */
public final class GeneratedSection extends GeneratedPage {
  /** The folder it is the page of (its URL's, where they are the same). */
  private final String folder;

  public GeneratedSection(PageInfo info) {
    this(info, info.url());
  }

  /** The page of {@code folder} (a content path ending in {@code /}), at the URL {@code info} gives it. */
  public GeneratedSection(PageInfo info, String folder) {
    super(info, "section");
    this.folder = folder;
  }

  @Override
  public Object body(PageContext ctx) {
    return new DocBody("", List.of(), ctx.children(), false);
  }

  @Override
  public String madeFor(String contentName) {
    return info().kind().equals("home") ? "the generated home page" : "the generated page of folder `" + contentName + "/" + folder + "`";
  }

  /**
   * Searched by its title and description alone, as a section's {@code index.md} is by its own
   * text: its list of pages repeated what the pages themselves are searched by (a "Pages in this
   * section" result for every section a word's pages are in).
   */
  @Override
  public List<SearchSection> searchSections() {
    return List.of();
  }

  @Override
  public String fingerprint() {
    return "generated-section";
  }
}
