package handbook.build;

import handbook.config.SiteLocale;
import handbook.content.Urls;
import handbook.render.LanguageLink;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The language menu of a site built in several languages: on each page, a link to the same page
 * in every language, or to that language's home where it has no such page. Which page is the
 * same is told by a key: its address (Docusaurus' translations are at their pages' addresses), or
 * its file's path without its language (Hugo's, {@code about.fr.md} for {@code about.md}).
 */
final class LanguageMenu {
  /**
   * A language and its pages: the address of each by its key, and the key of each by its address.
   */
  record Language(SiteLocale locale, Map<String, String> byKey, Map<String, String> keys) {}

  private final List<Language> languages;
  /** Each language as {@link #key} names it, made once (a record's text is slow to make, on every page of every edit). */
  private final String[] named;

  LanguageMenu(List<Language> languages) {
    this.languages = List.copyOf(languages);
    named = this.languages.stream().map(l -> l.locale() + " at ").toArray(String[]::new);
  }

  /** The menu's links on the page at {@code url} of {@code current}, from the page: {@code siteRoot} leads to the site's root. */
  List<LanguageLink> links(SiteLocale current, String url, String siteRoot) {
    String key = keyOf(current, url);
    List<LanguageLink> out = new ArrayList<>(languages.size());
    for (Language l : languages) {
      String to = where(l, key, url);
      out.add(new LanguageLink(l.locale().label(), l.locale().tag(), siteRoot + Urls.encodePath(l.locale().folder() + to), l.locale().equals(current)));
    }
    return out;
  }

  /** What a page's menu is made of, for its key: the languages, and where each has the page. */
  String key(SiteLocale current, String url) {
    String key = keyOf(current, url);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < named.length; i++) {
      b.append(named[i]).append(where(languages.get(i), key, url)).append('\n');
    }
    return b.toString();
  }

  /** Where a language has the page of this key (at {@code url}): its page of the key, else its page at the same address (a section's list), else its home. */
  private static String where(Language l, String key, String url) {
    String to = l.byKey().get(key);
    return to != null ? to : l.keys().containsKey(url) ? url : "";
  }

  /** The key of the page at {@code url} of {@code current}. */
  private String keyOf(SiteLocale current, String url) {
    for (Language l : languages) {
      if (l.locale().equals(current)) {
        return l.keys().getOrDefault(url, url);
      }
    }
    return url;
  }
}
