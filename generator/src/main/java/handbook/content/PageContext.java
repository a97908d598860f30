package handbook.content;

import java.util.List;
import java.util.Map;

/**
 * What a page gets when its body is built: the hrefs of its links (by target as written) and
 * the titles of the pages they reach, the HTML of its embeds, and the page's navigation children.
 */
public record PageContext(
    String url,
    Map<String, String> hrefs,
    Map<String, String> titles,
    Map<handbook.markdown.DirectiveCall, String> embeds,
    List<Child> children,
    VersionFacts versions) {

  /**
   * The facts of every version built in this run, oldest first, and which one this page is in;
   * null for a site with one version.
   */
  public record VersionFacts(List<String> labels, List<List<Fact>> facts, String self, boolean showTrend) {}


  /** A child page of a section, for section indexes. */
  public record Child(String title, String href, String description, boolean section) {}
}
