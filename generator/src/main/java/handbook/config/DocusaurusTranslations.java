package handbook.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import handbook.diag.Diagnostic;
import handbook.diag.Diagnostics;
import handbook.diag.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A Docusaurus project's translations of its own words into one of its languages, as {@code
 * docusaurus write-translations} writes them: each file an object of keys whose {@code message}
 * is the translation. Applied where the words are shown: the navbar's and the footer's labels and
 * the footer's copyright ({@link #NAVBAR}, {@link #FOOTER}), the sidebars' labels ({@link #DOCS}).
 */
public final class DocusaurusTranslations {
  private DocusaurusTranslations() {}

  /** The navbar's words, in the folder of a language's translations. */
  public static final String NAVBAR = "docusaurus-theme-classic/navbar.json";

  /** The footer's words. */
  public static final String FOOTER = "docusaurus-theme-classic/footer.json";

  /** The docs' sidebars' words. */
  public static final String DOCS = "docusaurus-plugin-content-docs/current.json";

  /** The theme's words and the site's own ({@code <Translate>}'s). */
  public static final String WORDS = "code.json";

  /** The blog's words: its title. */
  public static final String BLOG = "docusaurus-plugin-content-blog/options.json";

  /** The files of words of a language's folder that are read. */
  public static final java.util.Set<String> READ = java.util.Set.of(NAVBAR, FOOTER, DOCS, WORDS, BLOG);

  /** The folder of a language's folder that holds the translated pages of the docs plugin of an {@code id} other than the classic preset's. */
  public static String otherDocs(String id) {
    return "docusaurus-plugin-content-docs-" + id + "/current/";
  }

  /** The folders of a language's folder that hold translated pages: the docs', the blog's, src/pages'. */
  public static final List<String> PAGES = List.of("docusaurus-plugin-content-docs/current/", "docusaurus-plugin-content-blog/", "docusaurus-plugin-content-pages/");

  /** The site's words Docusaurus' theme has words for, by the key of its theme's ({@code theme.docs.paginator.next}). */
  private static final Map<String, String> THEME =
      Map.ofEntries(
          Map.entry("theme.common.skipToMainContent", "skip"),
          Map.entry("theme.docs.paginator.navAriaLabel", "pager"),
          Map.entry("theme.docs.paginator.previous", "prev"),
          Map.entry("theme.docs.paginator.next", "next"),
          Map.entry("theme.TOCCollapsible.toggleButtonLabel", "toc"),
          Map.entry("theme.common.editThisPage", "edit"),
          Map.entry("theme.NotFound.title", "notfound.title"),
          Map.entry("theme.NotFound.p1", "notfound.text"),
          Map.entry("theme.SearchBar.label", "search.label"),
          Map.entry("theme.SearchPage.noResultsText", "search.none"),
          Map.entry("theme.tags.tagsPageTitle", "tags.all"),
          Map.entry("theme.docs.breadcrumbs.navAriaLabel", "breadcrumbs"),
          Map.entry("theme.docs.breadcrumbs.home", "home"),
          Map.entry("theme.docs.sidebar.navAriaLabel", "nav.sidebar"),
          Map.entry("theme.CodeBlock.copy", "code.copy"),
          Map.entry("theme.CodeBlock.copied", "code.copied"),
          Map.entry("theme.navbar.mobileLanguageDropdown.label", "languages.label"),
          Map.entry("theme.admonition.note", "admonition.note"),
          Map.entry("theme.admonition.tip", "admonition.tip"),
          Map.entry("theme.admonition.info", "admonition.info"),
          Map.entry("theme.admonition.warning", "admonition.warning"),
          Map.entry("theme.admonition.danger", "admonition.danger"),
          Map.entry("theme.admonition.caution", "admonition.caution"));

  /**
   * The site's words a project's {@code code.json} translates, by the site's keys: those of
   * Docusaurus' theme that the site has too; a message with a placeholder ({@code {count}}) is
   * left, and an admonition's title starts with a capital (Docusaurus' are written small and shown
   * in capitals).
   */
  public static Map<String, String> words(Map<String, String> code) {
    Map<String, String> out = new TreeMap<>();
    THEME.forEach((theirs, ours) -> {
      String m = code.get(theirs);
      if (m != null && !m.isBlank() && m.indexOf('{') < 0) {
        String w = m.strip();
        out.put(ours, ours.startsWith("admonition.") ? w.substring(0, w.offsetByCodePoints(0, 1)).toUpperCase(java.util.Locale.ROOT) + w.substring(w.offsetByCodePoints(0, 1)) : w);
      }
    });
    return out;
  }

  /** The messages of a translation file's text, by key; a file that is no such object is named, and gives none. */
  public static Map<String, String> messages(String text, String file, Diagnostics diags) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(text);
    } catch (java.io.IOException e) {
      root = null;
    }
    if (root == null || !root.isObject()) {
      diags.add(
          Diagnostic.warning("config.docusaurus", Span.file(file), "the translations are not read: the file is no JSON object of messages")
              .withHint("each key's translation is its `message`: `{\"item.label.Docs\": {\"message\": \"Documentation\"}}`"));
      return Map.of();
    }
    Map<String, String> out = new TreeMap<>();
    root.fields().forEachRemaining(e -> {
      JsonNode m = e.getValue().get("message");
      if (m != null && m.isTextual()) {
        out.put(e.getKey(), m.asText());
      }
    });
    return out;
  }

  /** The settings with the blog's title translated ({@code title} of its {@code options.json}). */
  public static SiteConfig withBlog(SiteConfig config, Map<String, String> blog) {
    handbook.content.Mount.Blog b = config.mount().blog();
    String title = blog.get("title");
    if (b == null || title == null || title.isBlank()) {
      return config;
    }
    return config.withMount(config.mount().withBlog(new handbook.content.Mount.Blog(b.folder(), b.home(), title.strip(), b.postUrl(), b.dateUrl(), b.wordsPerMinute(), b.atom(), b.rss(), b.perPage(), b.pagePath())));
  }

  /** The settings with the navbar's and the footer's words translated ({@code item.label.X}, {@code link.title.X}, {@code link.item.label.X}, {@code copyright}). */
  public static SiteConfig translated(SiteConfig config, Map<String, String> navbar, Map<String, String> footer) {
    if (navbar.isEmpty() && footer.isEmpty()) {
      return config;
    }
    List<SiteLink> header = new ArrayList<>();
    for (SiteLink l : config.headerLinks()) {
      header.add(new SiteLink(navbar.getOrDefault("item.label." + l.title(), l.title()), l.target(), l.at(), l.own(), l.first(), l.group()));
    }
    List<SiteLink> foot = new ArrayList<>();
    for (SiteLink l : config.footerLinks()) {
      String group = l.group() == null ? null : footer.getOrDefault("link.title." + l.group(), l.group());
      foot.add(new SiteLink(footer.getOrDefault("link.item.label." + l.title(), l.title()), l.target(), l.at(), l.own(), l.first(), group));
    }
    String copyright = footer.containsKey("copyright") ? footer.get("copyright").replaceAll("<[^>]*>", "").strip() : config.copyright();
    return config.withWords(header, foot, copyright);
  }

  /**
   * A label of a sidebar ({@code kind} {@code category}, {@code doc} or {@code link}) translated:
   * the message of its key in that sidebar ({@code sidebar.docs.category.Guide}), else in any
   * (a folder's {@code _category_} file's label, whose sidebar is not known: {@code sidebar} null),
   * else the label.
   */
  public static String sidebarLabel(Map<String, String> messages, String sidebar, String kind, String label) {
    if (messages.isEmpty() || label == null) {
      return label;
    }
    if (sidebar != null) {
      String own = messages.get("sidebar." + sidebar + "." + kind + "." + label);
      if (own != null) {
        return own;
      }
    }
    String end = "." + kind + "." + label;
    for (Map.Entry<String, String> e : messages.entrySet()) {
      String k = e.getKey();
      if (k.startsWith("sidebar.") && k.endsWith(end) && k.indexOf('.', "sidebar.".length()) == k.length() - end.length()) {
        return e.getValue();
      }
    }
    return label;
  }
}
