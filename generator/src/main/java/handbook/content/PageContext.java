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
    Map<Object, String> embeds,
    List<Child> children) {

  /** A child page of a section, for section indexes. */
  public record Child(String title, String href, String description, boolean section) {}
}
