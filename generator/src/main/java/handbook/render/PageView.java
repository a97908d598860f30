package handbook.render;

import java.util.List;
import java.util.Map;

/**
 * Everything a page template sees. {@code body} is the kind's own view record (a {@code DocBody}
 * for Markdown pages); {@code image} the full address of the image its link previews show, or
 * null; {@code keywords} its front matter's, joined by commas, or null.
 */
public record PageView(
    SiteView site,
    String url,
    String title,
    String description,
    String kind,
    String canonical,
    String image,
    String keywords,
    List<NavLink> breadcrumbs,
    NavLink prev,
    NavLink next,
    List<NavItem> sidebar,
    String section,
    List<String> tags,
    List<NavLink> tagLinks,
    Map<String, Object> extra,
    String editUrl,
    Updated updated,
    Object body) {
  /** When the page's file was last changed in git: {@code yyyy-MM-dd}, and as the page shows it. */
  public record Updated(String day, String text) {}
}
