package handbook.build;

import handbook.config.SiteLocale;
import handbook.content.Urls;
import handbook.render.LanguageLink;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The language menu of a site built in several languages: on each page, a link to the same page
 * in every language, or to that language's home where it has no such page.
 */
final class LanguageMenu {
  /** A language and the addresses of its pages. */
  record Language(SiteLocale locale, Set<String> urls) {}

  private final List<Language> languages;

  LanguageMenu(List<Language> languages) {
    this.languages = List.copyOf(languages);
  }

  /** The menu's links on the page at {@code url} of {@code current}, from the page: {@code siteRoot} leads to the site's root. */
  List<LanguageLink> links(SiteLocale current, String url, String siteRoot) {
    List<LanguageLink> out = new ArrayList<>(languages.size());
    for (Language l : languages) {
      String to = l.urls().contains(url) ? url : "";
      out.add(new LanguageLink(l.locale().label(), l.locale().tag(), siteRoot + Urls.encodePath(l.locale().folder() + to), l.locale().equals(current)));
    }
    return out;
  }

  /** What a page's menu is made of, for its key: the languages, and which of them have its address. */
  String key(String url) {
    StringBuilder b = new StringBuilder();
    for (Language l : languages) {
      b.append(l.locale()).append(l.urls().contains(url) ? " has" : " lacks").append('\n');
    }
    return b.toString();
  }
}
