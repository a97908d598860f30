package handbook.render;

import java.util.List;
import java.util.Map;

/**
 * The site-wide part of a page's view.
 *
 * @param root the relative href to the site root from this page ({@code ../../})
 * @param t the UI strings in the site's language
 * @param tabs the top-level sections
 */
public record SiteView(
    String title,
    String description,
    String language,
    String version,
    String root,
    Map<String, String> t,
    List<NavLink> tabs) {}
