package handbook.render;

import java.util.List;
import java.util.Map;

/**
 * The site-wide part of a page's view. A versioned site's pages show no version of their own:
 * the same page is the same file in every version that has it, and the version menu and the
 * notice on older versions come from {@code versions.json} in the browser.
 *
 * @param version the version label of a site with one version (from {@code site.yaml}), or empty
 * @param root the relative href to the site root from this page ({@code ../../})
 * @param t the UI strings in the site's language
 * @param tabs the top-level sections
 * @param links the header's links (another site's, or a page's), after the sections
 * @param footerLinks the footer's links, in their columns
 * @param feeds the blog's feeds for readers to find: each one's media type (as its title) and href
 * @param versioned whether the site has several versions
 * @param changes the href of this version's "what changed" page, or null
 * @param assets the published path of each theme asset by its path in {@code assets/}
 *     ({@code handbook.css} to {@code assets/handbook.3f2a1c94d0.css}); link it after {@code root}
 * @param logo the href of the site's own logo, or null for the theme's
 * @param favicon the href of the site's own icon, or null for the theme's
 * @param copyright a line for the footer, or empty
 * @param stylesheets the hrefs of the site's own stylesheets, linked after the theme's
 * @param themeColor the header's colour in the light scheme where the site has its own colour, or null
 * @param themeColorDark the same in the dark scheme, or null
 * @param languages the page in each language of a site built in several, its own first marked; empty for one language
 * @param rtl whether the page's language is written from right to left
 * @param untranslated the name of the language the page is shown in, where the site's language
 *     has no translation of it (its default one's page: {@code English}); else null
 */
public record SiteView(
    String title,
    String description,
    String language,
    String version,
    String root,
    Map<String, String> t,
    List<NavLink> tabs,
    List<NavLink> links,
    List<LinkGroup> footerLinks,
    List<NavLink> feeds,
    boolean versioned,
    String changes,
    Map<String, String> assets,
    String logo,
    String favicon,
    String copyright,
    List<String> stylesheets,
    String themeColor,
    String themeColorDark,
    List<LanguageLink> languages,
    boolean rtl,
    String untranslated) {}
