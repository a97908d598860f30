package handbook.render;

import java.util.List;
import java.util.Map;

/**
 * The site-wide part of a page's view.
 *
 * @param root the relative href to the site root from this page ({@code ../../})
 * @param t the UI strings in the site's language
 * @param tabs the top-level sections
 * @param versions the version switcher (empty for a site with one version)
 * @param banner the notice for old and unreleased versions, or null
 * @param changes the href of this version's "what changed" page, or null
 */
public record SiteView(
    String title,
    String description,
    String language,
    String version,
    String root,
    Map<String, String> t,
    List<NavLink> tabs,
    List<VersionLink> versions,
    Banner banner,
    String changes) {}
