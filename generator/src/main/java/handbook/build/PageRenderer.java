package handbook.build;

import handbook.cache.Keys;
import handbook.config.SiteConfig;
import handbook.content.Days;
import handbook.content.Page;
import handbook.content.PageContext;
import handbook.content.PageInfo;
import handbook.content.Urls;
import handbook.markdown.DirectiveCall;
import handbook.markdown.SearchSection;
import handbook.render.NavLink;
import handbook.render.Navigation;
import handbook.render.PageView;
import handbook.render.SiteView;
import handbook.render.Templates;
import handbook.search.SearchDoc;
import handbook.search.SectionExtractor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Renders the pages of one version, and says for each page what its output is made from (its
 * key): the generator, the site's settings and strings, the templates its template uses, the
 * page's own fingerprint, its resolved links and embeds, its navigation, the published names of
 * the theme's assets and, for pages that show them, the facts of the other versions. A page
 * whose key did not change is not rendered again.
 */
final class PageRenderer {
  private final LinkPhase.Linked v;
  private final Templates templates;
  private final TemplateKeys.Lazy templateKeys;
  private final Navigation nav;
  private final VersionSet versions;
  private final VersionSet.Version version;
  private final String prefix;
  /** What every page's key has of the site; null when no key is asked for. */
  private final String siteKey;
  private final Map<String, String> assets;
  /** The day each content file was last changed ({@code last_updated}), by its path; empty without. */
  private final Map<String, String> days;
  /** The site's own colour, or null for the theme's. */
  private final handbook.theme.Accent accent;
  /** Its header's colours, light and dark (each worked out shade by shade: once, not per page); nulls without one. */
  private final String[] headerColors;
  /** The blog's feeds ({media type, site path}), named in every page's head. */
  private final List<String[]> feeds;
  /** Where a content file is in the folder the user edits ({@link handbook.source.SourceTree#origin}). */
  private final java.util.function.UnaryOperator<String> origin;
  /** The content, which knows which of its pages a language shows untranslated. */
  private final handbook.source.SourceTree content;
  /** Whether the version has the pages of its tags (see {@link TagPages}). */
  private final boolean tagPages;
  /** The language menu of a site built in several languages, or null. */
  private final LanguageMenu languageMenu;
  /** The language of these pages where the site is built in several, or null. */
  private final handbook.config.SiteLocale locale;
  /** The default language as a page's key names it where the page is shown in it ({@link #untranslated}), made once. */
  private final String defaultLanguage;

  /**
   * The part of a page's key that depends on the page alone, valid for these resolved links; with
   * the part made for other resolved links of the same page ({@code other}, or null): a page the
   * same in several versions is one object, with the links of each.
   */
  record PagePart(LinkPhase.Resolved resolved, String key, java.util.concurrent.atomic.AtomicReference<Made> last, PagePart other) {
    /** The most parts kept for one page. */
    static final int KEPT = 4;

    PagePart(LinkPhase.Resolved resolved, String key, PagePart other) {
      this(resolved, key, new java.util.concurrent.atomic.AtomicReference<>(), trimmed(other, KEPT - 1));
    }

    /** The part for these resolved links, or null. */
    PagePart find(LinkPhase.Resolved r) {
      for (PagePart p = this; p != null; p = p.other) {
        if (p.resolved == r) {
          return p;
        }
      }
      return null;
    }

    /** The first {@code n} parts of a chain. */
    private static PagePart trimmed(PagePart p, int n) {
      if (p == null || n == 0) {
        return null;
      }
      PagePart rest = trimmed(p.other, n - 1);
      return rest == p.other ? p : new PagePart(p.resolved, p.key, p.last, rest);
    }
  }

  /** A page's key, and the keys it was made from besides the page's part. */
  record Made(String[] from, String key) {}

  private final handbook.cache.RunMap<Page, PagePart> pageParts;

  /**
   * @param versions the run's versions, or null for a site with one version
   * @param prefix the version's folder in the output ({@code v1.2/}), empty for one version
   * @param assets the published names of the theme's assets ({@link handbook.assets.Assets#names})
   * @param pageParts what the last run computed of each page's key, or null
   * @param keyed whether pages' keys are asked for (a build that keeps nothing asks none, and
   *     makes no site key: the settings records' toString, spun on first use, was 58 of a
   *     one-page build's 108 method-handle classes)
   * @param days the day each content file was last changed ({@code last_updated}), by its path; empty without
   * @param content the version's content, as its pages are read (where its files are, which pages a
   *     language shows untranslated)
   * @param languageMenu the language menu of a site built in several languages, or null
   * @param locale the pages' language where the site is built in several, or null
   */
  PageRenderer(
      LinkPhase.Linked v, Templates templates, TemplateKeys.Lazy templateKeys, VersionSet versions, VersionSet.Version version, String prefix,
      Map<String, String> assets, handbook.cache.RunMap<Page, PagePart> pageParts, boolean keyed, Map<String, String> days, handbook.source.SourceTree content,
      LanguageMenu languageMenu, handbook.config.SiteLocale locale) {
    this.languageMenu = languageMenu;
    this.locale = locale;
    this.defaultLanguage = v.model().locales().isEmpty() ? null : v.model().locales().get(0).toString();
    this.days = days;
    this.content = content;
    this.origin = content::origin;
    this.accent = v.model().config().color() == null ? null : new handbook.theme.Accent(v.model().config().color());
    this.headerColors = accent == null ? new String[2] : new String[] {accent.header(), accent.darkHeader()};
    this.feeds = feeds(v.model());
    this.tagPages = TagPages.made(v.index().byUrl(TagPages.ROOT), v.index().pages());
    this.pageParts = pageParts;
    this.v = v;
    this.templates = templates;
    this.templateKeys = templateKeys;
    this.nav = new Navigation(v.tree(), v.model().strings(), v.model().config().tabs());
    this.versions = versions;
    this.version = version;
    this.prefix = prefix;
    this.assets = Map.copyOf(assets);
    this.siteKey =
        !keyed
            ? null
            : Keys.of(
                GeneratorVersion.id(),
                v.model().siteYaml(),
                // without its versions, which a page shows through the run's (a Docusaurus version's
                // settings have none, the working tree's list them: their same pages are one)
                v.model().config().withVersions(null).toString(),
                v.model().strings().toString(),
                versions == null ? "one" : "versioned",
                new TreeMap<>(assets).toString(),
                tagPages ? "tag pages" : "",
                v.header().toString(),
                v.footer().toString(),
                feeds.stream().map(f -> f[1]).toList().toString());
  }

  /** The site's stylesheets from a page: its colour's first, then its own ({@code extra_css}). */
  private List<String> stylesheets(SiteConfig config, String rootPrefix) {
    List<String> out = new java.util.ArrayList<>();
    if (accent != null) {
      out.add(rootPrefix + accent.path());
    }
    config.stylesheets().forEach(css -> out.add(rootPrefix + Urls.encodePath(config.mount().url(css))));
    return out;
  }

  /** The blog's feeds the version has ({media type, site path}): each page's head names them, as Docusaurus' do. */
  private static List<String[]> feeds(LoadPhase.Model m) {
    handbook.content.Mount.Blog blog = m.config().mount().blog();
    if (blog == null) {
      return List.of();
    }
    String home = m.config().mount().pageUrl(blog.home());
    List<String[]> out = new ArrayList<>();
    if (blog.rss() != null && m.files().containsKey(home + blog.rss())) {
      out.add(new String[] {"application/rss+xml", home + blog.rss()});
    }
    if (blog.atom() != null && m.files().containsKey(home + blog.atom())) {
      out.add(new String[] {"application/atom+xml", home + blog.atom()});
    }
    return out;
  }

  /** The header's links from a page (from the site's root where its links are, as the 404 page's), the current page's marked. */
  private static List<NavLink> links(List<LinkPhase.ShownLink> links, String url, String rootPrefix, boolean rootBased) {
    List<NavLink> out = new ArrayList<>(links.size());
    for (LinkPhase.ShownLink l : links) {
      String href = l.href() != null ? l.href() : rootBased ? rootPrefix + Urls.encodePath(l.path()) + l.rest() : Urls.href(url, l.path(), "") + l.rest();
      out.add(new NavLink(l.title(), href, l.page() && url.equals(l.path())));
    }
    return out;
  }

  /** The footer's links from a page, in their columns (a run of links of one column's title, or of none). */
  private List<handbook.render.LinkGroup> footerLinks(String url, String rootPrefix, boolean rootBased) {
    List<handbook.render.LinkGroup> out = new ArrayList<>();
    List<LinkPhase.ShownLink> run = new ArrayList<>();
    for (int i = 0; i <= v.footer().size(); i++) {
      LinkPhase.ShownLink l = i < v.footer().size() ? v.footer().get(i) : null;
      if (!run.isEmpty() && (l == null || !java.util.Objects.equals(l.group(), run.get(0).group()))) {
        out.add(new handbook.render.LinkGroup(run.get(0).group() == null ? "" : run.get(0).group(), links(run, url, rootPrefix, rootBased)));
        run.clear();
      }
      if (l != null) {
        run.add(l);
      }
    }
    return out;
  }

  /** The key of a page's output; null when the page does not say what its body depends on. */
  String key(Page page) {
    if (siteKey == null) {
      throw new IllegalStateException("this renderer was made for a build that asks no keys");
    }
    String fingerprint = page.fingerprint();
    if (fingerprint == null) {
      return null;
    }
    LinkPhase.Resolved r = v.resolved().get(page);
    PageInfo info = page.info();
    PagePart known = pageParts == null ? null : pageParts.get(page);
    PagePart part = known == null ? null : known.find(r);
    if (part == null) {
      part = new PagePart(r, pagePart(page, fingerprint, r), known);
      if (pageParts != null) {
        pageParts.put(page, part);
      }
    }
    // pages out of the menu show its tabs, breadcrumbs and sidebar too
    String navKey = v.navKeys().computeIfAbsent(info.url(), nav::key);
    // its links start at the version's folder
    String folder = info.kind().equals("404") ? prefix : null;
    String canonical = versions == null ? null : versions.canonical(info.url(), "", "");
    String facts = versions != null && page.usesVersions() ? versions.factsKey(version) : null;
    // the last key made of the page's part, kept while the rest is the same (serve: every page's
    // key is asked for on each edit, and hashing them all showed in its profile)
    String template = templateKeys.get().get(page.template());
    String day = day(page, v.model().config());
    // a Docusaurus version's page edits its versioned file, its parse the same as the working tree's
    String file = ownFile(page);
    String shown = file == null || v.model().config().editUrl().isEmpty() ? null : origin.apply(file);
    String edited = shown == null || shown.equals(file) ? null : shown;
    String languages = languageMenu == null ? null : languageMenu.key(locale, info.url());
    // (a page the language has no translation of is shown in the default one's, said so)
    String untranslated = untranslated(info) == null ? null : defaultLanguage;
    String[] from = {siteKey, template, navKey, folder, canonical, facts, day, edited, languages, untranslated};
    Made last = part.last().get();
    if (last != null && java.util.Arrays.equals(last.from(), from)) {
      return last.key();
    }
    Keys.Builder b = new Keys.Builder().add(siteKey).add(template).add(part.key()).add(navKey);
    if (folder != null) {
      b.add(folder);
    }
    if (versions != null) {
      b.add(canonical == null ? "" : canonical);
      if (facts != null) {
        b.add(facts);
      }
    }
    if (day != null) {
      b.add("updated " + day);
    }
    if (edited != null) {
      b.add("edited " + edited);
    }
    if (languages != null) {
      b.add(languages);
    }
    if (untranslated != null) {
      b.add("untranslated " + untranslated);
    }
    String key = b.build();
    part.last().set(new Made(from, key));
    return key;
  }

  /** The part of a page's key that depends on the page alone: its info, fingerprint, links and embeds. */
  private static String pagePart(Page page, String fingerprint, LinkPhase.Resolved r) {
    PageInfo info = page.info();
    Keys.Builder b = new Keys.Builder()
        .add(page.getClass().getName())
        .add(page.template())
        .add(info.keyText())
        .add(fingerprint);
    // each link target once, with its href and title (either null where it has none)
    java.util.Set<String> targets = new java.util.TreeSet<>(r.hrefs().keySet());
    targets.addAll(r.titles().keySet());
    b.add(String.valueOf(targets.size()));
    for (String t : targets) {
      b.add(t).add(r.hrefs().get(t)).add(r.titles().get(t));
    }
    b.add(String.valueOf(r.card()))
        .add(String.valueOf(r.prev()))
        .add(String.valueOf(r.next()));
    List<DirectiveCall> calls = new ArrayList<>(r.embeds().keySet());
    calls.sort(java.util.Comparator.comparing((DirectiveCall c) -> c.span().file()).thenComparingInt(DirectiveCall::index).thenComparingInt(c -> c.span().line()));
    for (DirectiveCall c : calls) {
      b.add(c.toString()).add(r.embeds().get(c));
    }
    return b.build();
  }

  /**
   * The language a page says it is in: a page of a file its own ({@code lang} in its front
   * matter), else that it is {@code shown} in (the default one, where its language has no
   * translation of it) or that the pages are written in; a page made here, that of the site's words.
   */
  private static String language(PageInfo info, SiteConfig config, handbook.config.SiteLocale shown) {
    if (info.source() == null) {
      return config.language();
    }
    String own = info.extra().get("lang") instanceof String lang ? handbook.config.Languages.tag(lang) : null;
    return own != null ? own : shown != null ? shown.tag() : config.pageLanguage(info.source());
  }

  /**
   * The default language, where a page of a site in another language is its page: one the
   * language has no translation of ({@link handbook.source.SourceTree#untranslated}); else null.
   */
  private handbook.config.SiteLocale untranslated(PageInfo info) {
    if (locale == null || locale.isDefault() || info.source() == null || v.model().locales().isEmpty()) {
      return null;
    }
    return content.untranslated(info.source()) ? v.model().locales().get(0) : null;
  }

  /** The pages under an entry of the menu, those of its groups in their place (a group has no page to link), and its links elsewhere. */
  private void children(String url, Function<String, String> href, List<PageContext.Child> out, int depth) {
    for (PageInfo c : v.tree().children(url)) {
      if (handbook.content.NavTree.isGroup(c)) {
        if (depth < 100) {
          children(c.url(), href, out, depth + 1);
        }
      } else if (handbook.content.NavTree.isLink(c)) {
        out.add(new PageContext.Child(c.title(), handbook.render.Navigation.linked(c, href), c.description(), false));
      } else {
        out.add(new PageContext.Child(c.title(), href.apply(c.url()), c.description(), !v.tree().children(c.url()).isEmpty()));
      }
    }
  }

  /** The page's HTML, as UTF-8. */
  byte[] render(Page page) {
    PageInfo info = page.info();
    String url = info.url();
    SiteConfig config = v.model().config();
    LinkPhase.Resolved r = v.resolved().get(page);
    handbook.config.SiteLocale untranslated = untranslated(info);
    boolean rootBased = info.kind().equals("404");
    String rootPrefix = rootBased ? rootPath(config) + prefix : Urls.toRoot(url);
    Function<String, String> href = rootBased ? to -> rootPrefix + Urls.encodePath(to) : to -> Urls.encodePath(Urls.relative(url, to));
    List<PageContext.Child> children = new ArrayList<>();
    children(url, href, children, 0);
    PageContext ctx = new PageContext(url, r.hrefs(), r.titles(), r.embeds(), children, versions == null ? null : versions.facts(version));
    SiteView site =
        new SiteView(
            config.title(),
            config.description(),
            language(info, config, untranslated),
            versions == null ? config.version() : "",
            rootPrefix,
            v.model().strings(),
            nav.tabs(url, href),
            links(v.header(), url, rootPrefix, rootBased),
            footerLinks(url, rootPrefix, rootBased),
            feeds.stream().map(f -> new NavLink(f[0], rootBased ? rootPrefix + f[1] : Urls.href(url, f[1]), false)).toList(),
            versions != null,
            versions == null ? null : rootPrefix + ChangesPage.URL,
            assets,
            config.logo() == null ? null : rootPrefix + Urls.encodePath(config.mount().url(config.logo())),
            config.favicon() == null ? null : rootPrefix + Urls.encodePath(config.mount().url(config.favicon())),
            config.copyright(),
            stylesheets(config, rootPrefix),
            headerColors[0],
            headerColors[1],
            languageMenu == null ? List.of() : languageMenu.links(locale, url, rootBased ? rootPath(config) : siteRoot(rootPrefix, prefix)),
            untranslated != null ? untranslated.rtl() : locale != null && locale.rtl(),
            untranslated == null ? null : untranslated.label());
    String canonical = config.baseUrl().isEmpty() ? null : stripSlash(config.baseUrl()) + "/" + prefix + url;
    if (versions != null) {
      String latest = versions.canonical(url, rootPrefix, config.baseUrl());
      if (latest != null) {
        canonical = latest;
      }
    }
    if (page instanceof RedirectPage rp && rp.elsewhere()) {
      canonical = rp.targetUrl();
    } else if (page instanceof RedirectPage rp && !config.baseUrl().isEmpty()) {
      canonical = stripSlash(config.baseUrl()) + "/" + prefix + rp.targetUrl();
    }
    PageView view =
        new PageView(
            site,
            url,
            info.title(),
            info.description(),
            info.kind(),
            canonical,
            cardImage(r.card(), url, config),
            keywords(info.extra().get("keywords")),
            nav.breadcrumbs(url, href),
            pagerText(r.prev() != null ? r.prev() : info.inNav() && !paginationOff(info, "pagination_prev", "prev") ? nav.prev(url, href) : null, info.extra().get("prev")),
            pagerText(r.next() != null ? r.next() : info.inNav() && !paginationOff(info, "pagination_next", "next") ? nav.next(url, href) : null, info.extra().get("next")),
            nav.sidebar(url, href),
            nav.section(url),
            info.tags(),
            tagPages ? info.tags().stream().map(t -> new NavLink(t, href.apply(TagPages.url(t)), false)).toList() : List.of(),
            info.extra(),
            editUrl(config, page, origin),
            updated(config, day(page, config)),
            page.body(ctx));
    return templates.render(page.template(), view);
  }

  /**
   * The full address of the image the page's link previews show: its own ({@code href}, from the
   * page at {@code url}), else the site's; null for none, or where the site's address is not known.
   */
  private String cardImage(String href, String url, SiteConfig config) {
    String base = stripSlash(config.baseUrl()) + "/" + prefix;
    if (href != null) {
      if (Urls.remote(href)) {
        return href.startsWith("//") ? "https:" + href : href;
      }
      String path = Urls.normalize(Urls.sourceFolder(url) + href);
      return path == null || config.baseUrl().isEmpty() ? null : base + path;
    }
    String site = config.image();
    if (site == null || Urls.remote(site)) {
      return site;
    }
    return config.baseUrl().isEmpty() ? null : base + Urls.encodePath(config.mount().url(site));
  }

  /** Front matter's {@code keywords} (Docusaurus', Hugo's), joined by commas; null for none. */
  static String keywords(Object written) {
    List<String> words = keywordList(written);
    return words.isEmpty() ? null : String.join(", ", words);
  }

  /** Front matter's {@code keywords}: a list, or a text of words separated by commas. */
  private static List<String> keywordList(Object written) {
    List<String> words = new ArrayList<>();
    if (written instanceof List<?> list) {
      list.stream().filter(w -> w instanceof String || w instanceof Number).map(w -> String.valueOf(w).strip()).filter(w -> !w.isEmpty()).forEach(words::add);
    } else if (written instanceof String text) {
      for (String w : text.split(",")) {
        if (!w.isBlank()) {
          words.add(w.strip());
        }
      }
    }
    return words;
  }

  /**
   * Where the page's file is edited: {@code edit_url} and the file's path in the content folder
   * ({@code origin}: a released Docusaurus version's file is in {@code versioned_docs/}); null
   * without {@code edit_url}, and for a page that is no file's own (a generated section list, an
   * alias, a print view).
   */
  static String editUrl(SiteConfig config, Page page, java.util.function.UnaryOperator<String> origin) {
    String file = ownFile(page);
    // Docusaurus' custom_edit_url: the page's own editor address, or none where it is null
    java.util.Map<String, Object> extra = page.info().extra();
    // VitePress' editLink: false: none
    if (Boolean.FALSE.equals(extra.get("editLink"))) {
      return null;
    }
    if (file != null && extra.containsKey("custom_edit_url")) {
      return extra.get("custom_edit_url") instanceof String own && Urls.remote(own) ? own : null;
    }
    return config.editUrl().isEmpty() || file == null ? null : config.editUrl() + Urls.encodePath(origin.apply(file));
  }

  /** The content file that is the page's own (its path in the content folder), or null for a page made of none. */
  private static String ownFile(Page page) {
    String source = page.info().source();
    return source == null || source.isEmpty() || page.madeFor("") != null ? null : source;
  }

  /**
   * The day the page's file was last changed, or null (no {@code last_updated}, no file of its own,
   * not committed); its front matter's day ({@link Days#OWN_LAST_CHANGE}) over its history's.
   */
  private String day(Page page, SiteConfig config) {
    // (VitePress' lastUpdated: false: none for the page)
    if (!config.lastUpdated() || Boolean.FALSE.equals(page.info().extra().get("lastUpdated"))) {
      return null;
    }
    for (String key : Days.OWN_LAST_CHANGE) {
      Object own = page.info().extra();
      for (String part : key.split("\\.")) {
        if (!(own instanceof Map<?, ?> m)) {
          break; // (a value where a map was wanted: read as the day)
        }
        own = m.get(part);
      }
      if (own != null) {
        // (one that is no day is named where the page is read: its history's then)
        java.time.LocalDate date = Days.written(String.valueOf(own).strip());
        if (date != null) {
          return date.toString();
        }
        break;
      }
    }
    String file = ownFile(page);
    return file == null ? null : days.get(file);
  }

  /** The day as the page shows it, in the site's language (UTC, so that builds agree). */
  static PageView.Updated updated(SiteConfig config, String day) {
    if (day == null) {
      return null;
    }
    return new PageView.Updated(day, Days.shown(config.language(), java.time.LocalDate.parse(day)));
  }

  /** Whether the page's front matter turns a link of its pager off (Docusaurus' {@code pagination_next: null}, VitePress' {@code next: false}). */
  private static boolean paginationOff(PageInfo info, String key, String vitePressKey) {
    return info.extra().containsKey(key) && info.extra().get(key) == null || Boolean.FALSE.equals(info.extra().get(vitePressKey));
  }

  /** A pager's link with the text the page's front matter gives it (VitePress' {@code prev: 'Setup'} or {@code prev: {text: Setup}}). */
  private static NavLink pagerText(NavLink link, Object own) {
    Object text = own instanceof Map<?, ?> m ? m.get("text") : own;
    return link == null || !(text instanceof String t) || t.isBlank() ? link : new NavLink(t.strip(), link.href(), link.current());
  }

  /** Whether a page is searched: listed pages (not the 404 page, redirects, the search page, unlisted ones). */
  static boolean searchable(PageInfo info) {
    // MkDocs Material's search: {exclude: true}, just-the-docs' search_exclude: true
    return info.listed() && !(info.extra().get("search") instanceof Map<?, ?> s && Boolean.TRUE.equals(s.get("exclude"))) && !Boolean.TRUE.equals(info.extra().get("search_exclude"));
  }

  /**
   * The search documents of a page: from its Markdown sections when it has them, else read from
   * its rendered HTML ({@code html} may then not be null).
   */
  List<SearchDoc> search(Page page, String html) {
    PageInfo info = page.info();
    if (!searchable(info)) {
      return List.of();
    }
    double boost = boost(info);
    List<SearchDoc> docs = searchDocs(page, html);
    return boost == 1 ? docs : docs.stream().map(d -> d.boosted(boost)).toList();
  }

  /** How much higher a page ranks in the search than others: its {@code search.boost} (MkDocs Material's), a number above 0, else 1. */
  static double boost(PageInfo info) {
    return info.extra().get("search") instanceof Map<?, ?> search && search.get("boost") instanceof Number n && n.doubleValue() > 0 && Double.isFinite(n.doubleValue()) ? n.doubleValue() : 1;
  }

  private List<SearchDoc> searchDocs(Page page, String html) {
    PageInfo info = page.info();
    String crumbs = String.join(" › ", v.tree().ancestors(info.url()).stream().map(PageInfo::title).toList());
    List<SearchSection> sections = page.searchSections();
    if (sections == null) {
      return SectionExtractor.extract(html, info.url(), info.title(), crumbs, info.kind());
    }
    // its keywords find its opening
    String keywords = String.join(" ", keywordList(info.extra().get("keywords")));
    List<SearchDoc> out = new ArrayList<>();
    boolean opening = false;
    for (SearchSection s : sections) {
      if (s.anchor().isEmpty()) {
        opening = true;
        // as the terms and snippet of the description and the opening joined, from the opening's terms
        String description = SectionExtractor.clean(info.description());
        String joined = description.isEmpty() ? s.text() : s.text().isEmpty() ? description : description + " " + s.text();
        String terms = SectionExtractor.joinTerms(SectionExtractor.terms(description), s.terms());
        out.add(SectionExtractor.doc(info.kind(), info.title(), info.title(), crumbs, Urls.encode(info.url()), keywords, terms, SectionExtractor.snippet(joined)));
      } else {
        out.add(SectionExtractor.doc(info.kind(), s.title(), info.title(), crumbs, info.url() + "#" + s.anchor(), "", s.terms(), s.snippet()));
      }
    }
    if (!opening && (!info.description().isEmpty() || out.isEmpty() || !keywords.isEmpty())) {
      out.add(0, SectionExtractor.doc(info.kind(), info.title(), info.title(), crumbs, info.url(), keywords, info.description()));
    }
    return out;
  }

  /** The site's root from a page whose root of its version or language ({@code fr/}) is at {@code rootPrefix}. */
  private static String siteRoot(String rootPrefix, String folder) {
    String up = "../".repeat((int) folder.chars().filter(c -> c == '/').count());
    return rootPrefix.equals("./") && !up.isEmpty() ? up : rootPrefix + up;
  }

  static String rootPath(SiteConfig config) {
    String base = config.baseUrl();
    if (base.isEmpty()) {
      return "/";
    }
    String path = base.replaceFirst("^[a-zA-Z]+://[^/]*", "");
    return path.endsWith("/") ? path : path + "/";
  }

  static String stripSlash(String s) {
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }
}
