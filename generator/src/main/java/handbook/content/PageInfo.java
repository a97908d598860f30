package handbook.content;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What every page has, whatever its kind.
 *
 * @param url the site URL ({@code docs/ops/backup/}; empty for the home page)
 * @param title the page title
 * @param description one sentence, may be empty
 * @param source the file it comes from as diagnostics name it, or null for a generated page
 * @param parentUrl the URL of the section page it belongs to in the navigation; null for the
 *     home page and pages outside the navigation
 * @param weight the order among siblings (lower first); null sorts after weighted pages, by title
 * @param inNav whether the page appears in the sidebar and the previous/next chain
 * @param kind what it is, for templates and search ({@code doc}, {@code section}, {@code home})
 * @param tags free tags from front matter
 * @param extra front-matter keys the generator does not know, kept for templates
 * @param aliases old URLs of the page that redirect to it
 * @param linkTitle a shorter title for the navigation (Hugo's {@code linkTitle}), or null
 * @param listed whether the page is in the search, the sitemap and the tag pages: as a rule
 *     when it is in the navigation, also when a nav of another tool leaves it out of the menu
 */
public record PageInfo(
    String url,
    String title,
    String description,
    String source,
    String parentUrl,
    Integer weight,
    boolean inNav,
    String kind,
    List<String> tags,
    Map<String, Object> extra,
    List<String> aliases,
    String linkTitle,
    boolean listed) {
  public PageInfo {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(kind, "kind");
    description = description == null ? "" : description;
    tags = List.copyOf(tags);
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    extra = extra == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extra));
    linkTitle = linkTitle == null || linkTitle.isBlank() ? null : linkTitle;
  }

  /** A page listed where it is in the navigation. */
  public PageInfo(
      String url,
      String title,
      String description,
      String source,
      String parentUrl,
      Integer weight,
      boolean inNav,
      String kind,
      List<String> tags,
      Map<String, Object> extra,
      List<String> aliases,
      String linkTitle) {
    this(url, title, description, source, parentUrl, weight, inNav, kind, tags, extra, aliases, linkTitle, inNav);
  }

  /** A page without a separate navigation title. */
  public PageInfo(
      String url,
      String title,
      String description,
      String source,
      String parentUrl,
      Integer weight,
      boolean inNav,
      String kind,
      List<String> tags,
      Map<String, Object> extra,
      List<String> aliases) {
    this(url, title, description, source, parentUrl, weight, inNav, kind, tags, extra, aliases, null);
  }

  /** The title the navigation shows: {@code linkTitle} when set. */
  public String navTitle() {
    return linkTitle == null ? title : linkTitle;
  }

  /** The same page as the navigation names it: titled by {@link #navTitle()}. */
  public PageInfo asNavEntry() {
    return linkTitle == null ? this : new PageInfo(url, linkTitle, description, source, parentUrl, weight, inNav, kind, tags, extra, aliases, null, listed);
  }

  /** The same page out of the menu and the previous/next chain, listed as before. */
  public PageInfo outOfMenu() {
    return inNav ? new PageInfo(url, title, description, source, parentUrl, weight, false, kind, tags, extra, aliases, linkTitle, listed) : this;
  }

  /**
   * Every field of the page as text, for a key of what the page shows: what the record's own
   * {@code toString()} gives, without its {@code String.format} (a sixth of a page key's cost
   * under the quick JIT). Each field's text follows its length and ends in a NUL; {@code
   * PageInfoTest} checks that each field changes it.
   */
  public String keyText() {
    StringBuilder b = new StringBuilder(256);
    for (Object field : new Object[] {url, title, description, source, parentUrl, weight, inNav, kind, tags, extra, aliases, linkTitle, listed}) {
      String text = String.valueOf(field);
      b.append(text.length()).append(':').append(text).append('\u0000');
    }
    return b.toString();
  }

  /** The same page with one more value of its front matter (or another for its key). */
  public PageInfo withExtra(String key, Object value) {
    Map<String, Object> more = new java.util.LinkedHashMap<>(extra);
    more.put(key, value);
    return new PageInfo(url, title, description, source, parentUrl, weight, inNav, kind, tags, more, aliases, linkTitle, listed);
  }

  /** The same page under another in the navigation. */
  public PageInfo withParentUrl(String parent) {
    return new PageInfo(url, title, description, source, parent, weight, inNav, kind, tags, extra, aliases, linkTitle, listed);
  }

  /** The same page with this description. */
  public PageInfo withDescription(String d) {
    return new PageInfo(url, title, d, source, parentUrl, weight, inNav, kind, tags, extra, aliases, linkTitle, listed);
  }

  /** A generated page outside the content files. */
  public static PageInfo generated(String url, String title, String parentUrl, Integer weight, boolean inNav, String kind) {
    return new PageInfo(url, title, "", null, parentUrl, weight, inNav, kind, List.of(), Map.of(), List.of());
  }
}
