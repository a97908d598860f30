package handbook.config;

import handbook.content.SiteSettings;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The settings of {@code content/site.yaml}: the site-wide ones here, each content kind's own
 * section in {@code kinds} (by kind name, as the kind read it).
 *
 * @param title the site's name, shown in the header and page titles
 * @param description one sentence for the home page and search engines
 * @param language {@code nb} (default) or {@code en}: the page {@code lang} and the UI strings
 * @param baseUrl the absolute address the site is published at, for the sitemap (may be empty)
 * @param version the label of the version being built, shown in the header (may be empty)
 * @param nav the order of the top-level sections by folder name, where folder order is not enough
 * @param rootLinks where a site-root link such as {@code /Formula-Cookbook} points: a content
 *     folder ({@code docs}) whose pages it names, or null to report such links as errors
 * @param rootFallback an absolute URL where site-root links that name no content file are
 *     sent unchecked (the live site the docs came from), or null
 * @param brokenLinksWarn true when broken links and anchors are warnings ({@code links.on_broken:
 *     warning}), so the site is built anyway; false (the default) when they are errors
 * @param versions where released versions come from (git tags), or null for one version
 * @param gzip whether a gzip copy is written beside every text file of the site
 * @param searchMaxSize the most bytes the search index may take ({@code search.max_size}), or 0
 *     for the index's own budget
 * @param logo the content file shown as the site's logo in the header, or null for the theme's
 * @param favicon the content file browsers show as the site's icon, or null for the theme's
 * @param copyright a line of text for the footer, or empty
 * @param tabs whether the top-level sections are tabs over a sidebar of one section; else (an
 *     MkDocs project's theme without them) the sidebar holds the whole menu
 * @param mount where the content's files are published: an MkDocs project's docs folder at the
 *     site's root
 * @param stylesheets CSS files of the content folder linked on every page after the theme's
 * @param color the site's own colour ({@code #rrggbb}: links, accents, header), or null for the theme's
 * @param headerLinks the links of the header, after the sections and the search
 * @param footerLinks the links of the footer, in their columns ({@link SiteLink#group}) in order
 * @param kinds each content kind's settings, by kind name
 * @param image the image of every page's link previews (its Open Graph card) where a page gives
 *     none: a content file, or an http(s) address; or null
 * @param contentLanguage the languages the pages are written in, as another tool's config gives
 *     them ({@code de-DE}, {@code zh-CN}; a locale's folder's), where they are not
 *     {@code language}'s: pages say they are in them; or null
 */
public record SiteConfig(
    String title,
    String description,
    String language,
    String baseUrl,
    String version,
    List<String> nav,
    String rootLinks,
    String rootFallback,
    boolean brokenLinksWarn,
    Versions versions,
    boolean gzip,
    long searchMaxSize,
    String editUrl,
    boolean lastUpdated,
    boolean tagPages,
    String logo,
    String favicon,
    String copyright,
    boolean tabs,
    handbook.content.Mount mount,
    List<String> stylesheets,
    String color,
    List<SiteLink> headerLinks,
    List<SiteLink> footerLinks,
    Map<String, Object> kinds,
    String image,
    PageLanguages contentLanguage) {

  /**
   * Versions from git: tags matching {@code tags} (a glob such as {@code v*}) are released
   * versions; the working tree is built as {@code current}; a tag that does not build fails the
   * build, or with {@code onError = skip} is left out with a warning.
   */
  public record Versions(String tags, String current, boolean skipBroken, List<String> labels, String latest, boolean withCurrent, Map<String, Shown> shown) {
    public Versions {
      shown = shown == null ? Map.of() : Map.copyOf(shown);
    }

    public Versions(String tags, String current, boolean skipBroken) {
      this(tags, current, skipBroken, null, null, true, Map.of());
    }

    /**
     * A Docusaurus project's released versions (its {@code versions.json}, those its docs'
     * options include), oldest first by name: each one's docs are in {@code versioned_docs/}; the
     * working tree is built as {@code current} (its folder, {@code next} unless the options give
     * another) where {@code withCurrent}. {@code latest} is the folder of the version at
     * {@code latest/}, or null for the newest released one; {@code shown} how each version, by
     * name ({@code current} for the working tree), is shown.
     */
    public static Versions docusaurus(List<String> labels, String current, String latest, boolean withCurrent, Map<String, Shown> shown) {
      return new Versions(null, current, false, List.copyOf(labels), latest, withCurrent, shown);
    }

    /** The folder of the site a version, by name, is published in: its own {@link Shown#folder}, else its name. */
    public String folder(String name) {
      Shown s = shown.get(name);
      return s == null ? name : s.folder();
    }

    /** How the version in {@code folder} is shown, or null where nothing says. */
    public Shown shownIn(String folder) {
      return shown.values().stream().filter(s -> s.folder().equals(folder)).findFirst().orElse(null);
    }
  }

  /**
   * How a version is shown, as a Docusaurus project's docs' {@code versions} option says.
   *
   * @param folder the folder of the site it is published in (its {@code path}, else its name, the
   *     working tree's {@code next})
   * @param label what the version menu, the versions page and the notices call it
   * @param banner the notice on its pages: {@code none}, {@code unreleased} or {@code unmaintained};
   *     null for its place's (none on the latest, else unreleased for the working tree, else unmaintained)
   * @param ownPath whether its {@code path} is the options' own (Docusaurus then published its docs
   *     there, also the latest version's, at {@code docs/PATH/})
   */
  public record Shown(String folder, String label, String banner, boolean ownPath) {}

  /** The same settings with these versions. */
  public SiteConfig withVersions(Versions v) {
    return new SiteConfig(
        title, description, language, baseUrl, version, nav, rootLinks, rootFallback, brokenLinksWarn, v, gzip, searchMaxSize, editUrl, lastUpdated, tagPages, logo, favicon, copyright,
        tabs, mount, stylesheets, color, headerLinks, footerLinks, kinds, image, contentLanguage);
  }

  /** The same settings with this order of the top-level sections. */
  public SiteConfig withNav(List<String> n) {
    return new SiteConfig(
        title, description, language, baseUrl, version, n, rootLinks, rootFallback, brokenLinksWarn, versions, gzip, searchMaxSize, editUrl, lastUpdated, tagPages, logo, favicon, copyright,
        tabs, mount, stylesheets, color, headerLinks, footerLinks, kinds, image, contentLanguage);
  }

  /** The same settings with these links in the header. */
  public SiteConfig withHeaderLinks(List<SiteLink> links) {
    return new SiteConfig(
        title, description, language, baseUrl, version, nav, rootLinks, rootFallback, brokenLinksWarn, versions, gzip, searchMaxSize, editUrl, lastUpdated, tagPages, logo, favicon, copyright,
        tabs, mount, stylesheets, color, links, footerLinks, kinds, image, contentLanguage);
  }

  /** The same settings with these links of the header and the footer, and this copyright (a translation's). */
  public SiteConfig withWords(List<SiteLink> header, List<SiteLink> footer, String c) {
    return new SiteConfig(
        title, description, language, baseUrl, version, nav, rootLinks, rootFallback, brokenLinksWarn, versions, gzip, searchMaxSize, editUrl, lastUpdated, tagPages, logo, favicon, c,
        tabs, mount, stylesheets, color, header, footer, kinds, image, contentLanguage);
  }

  /** What an image of link previews in SVG is named with. */
  public static final String VECTOR = "link previews do not show SVG images: chat tools and social sites read PNG, JPEG, GIF or WebP";

  public static final String VECTOR_HINT = "name a PNG or JPEG of the picture (1200 by 630 pixels suits most)";

  /** Whether an image's path or address names an SVG file. */
  public static boolean vector(String target) {
    String path = target.replaceFirst("[?#].*$", "").toLowerCase(java.util.Locale.ROOT);
    return path.endsWith(".svg") || path.endsWith(".svgz");
  }

  /** The same settings with this image of link previews (a content file or an address; null for none). */
  public SiteConfig withImage(String i) {
    return new SiteConfig(
        title, description, language, baseUrl, version, nav, rootLinks, rootFallback, brokenLinksWarn, versions, gzip, searchMaxSize, editUrl, lastUpdated, tagPages, logo, favicon, copyright,
        tabs, mount, stylesheets, color, headerLinks, footerLinks, kinds, i, contentLanguage);
  }

  /** The language the page of a content path is written in: {@link #contentLanguage}'s, else that of the site's own words. */
  public String pageLanguage(String path) {
    return contentLanguage != null ? contentLanguage.of(path, language) : language;
  }

  /** The same settings with the pages written in these languages (null: the site's words'). */
  public SiteConfig withContentLanguage(PageLanguages l) {
    return new SiteConfig(
        title, description, language, baseUrl, version, nav, rootLinks, rootFallback, brokenLinksWarn, versions, gzip, searchMaxSize, editUrl, lastUpdated, tagPages, logo, favicon, copyright,
        tabs, mount, stylesheets, color, headerLinks, footerLinks, kinds, image, l);
  }

  /** The same settings in another language ({@code fr-FR}): its pages say they are in it, the site's words are its ({@link Languages#words}). */
  public SiteConfig withLanguage(String tag) {
    String words = Languages.words(tag);
    return new SiteConfig(
        title, description, words, baseUrl, version, nav, rootLinks, rootFallback, brokenLinksWarn, versions, gzip, searchMaxSize, editUrl, lastUpdated, tagPages, logo, favicon, copyright,
        tabs, mount, stylesheets, color, headerLinks, footerLinks, kinds, image, tag.equals(words) ? null : new PageLanguages(tag, Map.of()));
  }

  /** The same settings with the content published as {@code m} says (a language's blog's own title). */
  public SiteConfig withMount(handbook.content.Mount m) {
    return new SiteConfig(
        title, description, language, baseUrl, version, nav, rootLinks, rootFallback, brokenLinksWarn, versions, gzip, searchMaxSize, editUrl, lastUpdated, tagPages, logo, favicon, copyright,
        tabs, m, stylesheets, color, headerLinks, footerLinks, kinds, image, contentLanguage);
  }

  /** The same settings with this title (a language's own name of the site). */
  public SiteConfig withTitle(String t) {
    return new SiteConfig(
        t, description, language, baseUrl, version, nav, rootLinks, rootFallback, brokenLinksWarn, versions, gzip, searchMaxSize, editUrl, lastUpdated, tagPages, logo, favicon, copyright,
        tabs, mount, stylesheets, color, headerLinks, footerLinks, kinds, image, contentLanguage);
  }

  /** The same settings with this colour ({@code #rrggbb}). */
  public SiteConfig withColor(String c) {
    return new SiteConfig(
        title, description, language, baseUrl, version, nav, rootLinks, rootFallback, brokenLinksWarn, versions, gzip, searchMaxSize, editUrl, lastUpdated, tagPages, logo, favicon, copyright,
        tabs, mount, stylesheets, c, headerLinks, footerLinks, kinds, image, contentLanguage);
  }

  public SiteConfig {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(language, "language");
    description = description == null ? "" : description;
    baseUrl = baseUrl == null ? "" : baseUrl;
    version = version == null ? "" : version;
    editUrl = editUrl == null ? "" : editUrl;
    copyright = copyright == null ? "" : copyright;
    mount = mount == null ? handbook.content.Mount.NONE : mount;
    nav = List.copyOf(nav);
    stylesheets = stylesheets == null ? List.of() : List.copyOf(stylesheets);
    headerLinks = headerLinks == null ? List.of() : List.copyOf(headerLinks);
    footerLinks = footerLinks == null ? List.of() : List.copyOf(footerLinks);
    // sorted: its text is part of cache keys, which must not depend on a JVM's hash order
    kinds = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(kinds));
  }

  public static SiteConfig defaults() {
    return new SiteConfig("Handbook", "", "nb", "", "", List.of(), null, null, false, null, false, 0, "", false, true, null, null, "", true, handbook.content.Mount.NONE, List.of(), null, List.of(), List.of(), Map.of(), null, null);
  }

  /** What kinds may read of the site-wide settings. */
  public SiteSettings site() {
    return new SiteSettings(title, description, language, baseUrl, nav, mount);
  }

  /** The settings a kind read from its section. */
  public Object kind(String name) {
    return kinds.get(name);
  }
}
