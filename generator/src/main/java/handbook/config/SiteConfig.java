package handbook.config;

import java.util.List;
import java.util.Objects;

/**
 * The settings of {@code content/site.yaml}.
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
 * @param runbooks the {@code runbooks:} settings (review interval, section names)
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
    RunbookSettings runbooks) {

  public SiteConfig {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(language, "language");
    description = description == null ? "" : description;
    baseUrl = baseUrl == null ? "" : baseUrl;
    version = version == null ? "" : version;
    nav = List.copyOf(nav);
    runbooks = runbooks == null ? RunbookSettings.defaults(language) : runbooks;
  }

  /** The settings without {@code runbooks} (they take the defaults of the language). */
  public SiteConfig(
      String title, String description, String language, String baseUrl, String version, List<String> nav, String rootLinks, String rootFallback) {
    this(title, description, language, baseUrl, version, nav, rootLinks, rootFallback, null);
  }

  public static SiteConfig defaults() {
    return new SiteConfig("Handbook", "", "nb", "", "", List.of(), null, null);
  }
}
