package handbook.build;

import handbook.content.Directive;
import handbook.content.NavTree;
import handbook.content.Page;
import handbook.content.PageInfo;
import handbook.content.ResolveContext;
import handbook.content.SiteIndex;
import handbook.content.Urls;
import handbook.diag.Diagnostics;
import handbook.diag.Span;
import handbook.link.LinkResolver;
import handbook.markdown.DirectiveCall;
import handbook.markdown.LinkRef;
import handbook.markdown.MarkdownEngine;
import handbook.render.NavLink;
import handbook.render.Navigation;
import handbook.render.Templates;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Indexes a loaded version (every page by URL and source, before any link is resolved), then
 * resolves every page's links and expands its directives. All problems are collected; the build
 * stops after this phase when there are errors.
 */
final class LinkPhase {
  private static final java.util.regex.Pattern SCHEME = java.util.regex.Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*:");

  private LinkPhase() {}

  /**
   * The hrefs and embeds of one page: by link target as written, and by directive call; {@code card}
   * the href of its card image ({@link Page#card}) from the page, or null; {@code prev} and
   * {@code next} the links its front matter gives its pager ({@link Page#pager}), or null.
   */
  record Resolved(Map<String, String> hrefs, Map<String, String> titles, Map<DirectiveCall, String> embeds, String card, NavLink prev, NavLink next) {}

  /**
   * A version with its links resolved; {@code navKeys}: each page's navigation key once made (see
   * {@link handbook.render.Navigation#key}), for this tree.
   */
  record Linked(LoadPhase.Model model, SiteIndex index, Map<Page, Resolved> resolved, NavTree tree, Map<String, String> navKeys, List<ShownLink> header, List<ShownLink> footer) {
    List<Page> pages() {
      return index.pages();
    }
  }

  /**
   * A link of the header or the footer, resolved: its text, and its href on another host, or the
   * site path it goes to ({@code path}, with its {@code #fragment} or {@code ?query} in
   * {@code rest}); {@code page}: whether that path is a page's URL; {@code group}: the footer's
   * column it is in, or null.
   */
  record ShownLink(String title, String href, String path, String rest, boolean page, String group) {}

  /**
   * What {@code serve} keeps of the last run's link phase (and a versioned run of one release's
   * for the next): each page's resolved links, valid while every page's URL, source, title and
   * anchors (the index signature) stay the same, and the navigation tree with its keys, valid
   * while the pages' infos do.
   */
  static final class Memory {
    private List<String> signature;
    private Map<Page, Resolved> resolved = Map.of();
    /** How many pages the last run found resolved by the run before (the same page objects): what tests hold. */
    final java.util.concurrent.atomic.AtomicInteger reused = new java.util.concurrent.atomic.AtomicInteger();
    private final Map<Page, String> parts = java.util.Collections.synchronizedMap(new IdentityHashMap<>());
    /** Whether a page's resolutions may be kept (no directives, no links through schemes), by page object. */
    private final Map<Page, Boolean> keepable = java.util.Collections.synchronizedMap(new IdentityHashMap<>());
    /** The last navigation tree, what it was made from, and the navigation keys made for it. */
    private List<PageInfo> navInfos;
    private List<String> navOrder;
    private String navLanguage;
    private boolean navByName;
    private boolean navByDate;
    private NavTree navTree;
    private Map<String, String> navKeys = new ConcurrentHashMap<>();

    int held() {
      return resolved.size() + parts.size() + keepable.size() + navKeys.size();
    }
  }

  static Linked link(LoadPhase.Model m, Templates templates, Run run, Diagnostics diags) {
    return link(m, templates, run, diags, null);
  }

  /** @param memory the last run's resolutions (the working tree in serve), or null */
  static Linked link(LoadPhase.Model m, Templates templates, Run run, Diagnostics diags, Memory memory) {
    SiteIndex index = new SiteIndex(m.pages(), m.assets(), m.schemes(), m.unpublished(), m.config().mount(), m.input().contentName(), diags);
    Build.gate(diags);
    run.progress.update("links", 0, m.pages().size());
    // (where the file of a page VitePress' rewrites publish elsewhere is)
    java.util.function.UnaryOperator<String> filed = path -> path;
    if (m.input().content() instanceof handbook.source.RewrittenTree rewritten) {
      filed = rewritten::inTree;
    } else if (m.input().content() instanceof handbook.source.MovedFolder moved) {
      // (and that of a page of a folder shown as docs/: a Starlight page's images are often in src/assets/;
      // a language's page is in its language's folder)
      filed = moved.tree() instanceof handbook.source.LocaleFolderTree language ? path -> language.inTree(moved.inTree(path)) : moved::inTree;
    } else if (m.input().content() instanceof handbook.source.LocaleFolderTree language) {
      // (a VitePress language's page is in its language's folder)
      filed = language::inTree;
    }
    LinkResolver resolver =
        new LinkResolver(
            index, m.config().rootLinks(), m.config().rootFallback(), m.config().brokenLinksWarn(), path -> m.input().contentName() + "/" + m.input().content().origin(path), filed, published(m));
    List<String> signature = memory == null ? null : signature(index, m, memory.parts);
    Map<Page, Resolved> before = memory != null && signature.equals(memory.signature) ? memory.resolved : Map.of();
    Map<Page, Resolved> resolved = new ConcurrentHashMap<>(m.pages().size());
    // pages whose links gave a diagnostic (a broken link as a warning): resolved again each run,
    // so that it is reported again
    java.util.Set<Page> reported = ConcurrentHashMap.newKeySet();
    if (memory != null) {
      memory.reused.set(0);
    }
    handbook.content.Parallel.forEach(index.pages(), p -> {
      // a page that is the same object made from the same file, with no directives and no links
      // through schemes, resolves as it did while no page's URL, title or anchors changed
      Resolved old = before.get(p);
      if (old != null) {
        resolved.put(p, old);
        memory.reused.incrementAndGet();
        return;
      }
      Diagnostics own = memory == null ? diags : new Diagnostics();
      resolved.put(p, resolve(p, resolver, m, templates, own));
      List<handbook.diag.Diagnostic> found = own == diags ? List.of() : own.sorted();
      if (!found.isEmpty()) {
        reported.add(p);
        found.forEach(diags::add);
      }
    });
    builtAnyway(m, diags);
    if (memory != null && !diags.hasErrors()) {
      if (!signature.equals(memory.signature)) {
        memory.keepable.clear(); // the schemes may have changed with the pages
      }
      memory.signature = signature;
      Map<Page, Resolved> keep = new IdentityHashMap<>();
      for (Page p : index.pages()) {
        if (!reported.contains(p) && memory.keepable.computeIfAbsent(p, x -> x.directiveCalls().isEmpty() && x.links().stream().noneMatch(l -> resolver.usesScheme(l.target())))) {
          keep.put(p, resolved.get(p));
        }
      }
      memory.resolved = keep;
      java.util.Set<Page> alive = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
      alive.addAll(index.pages());
      memory.parts.keySet().retainAll(alive);
      memory.keepable.keySet().retainAll(alive);
    }
    Map<Page, Resolved> ordered = new IdentityHashMap<>(resolved);
    // (and the menu's groups and links, which are no pages: a link to a path of the site resolved as the header's are)
    List<PageInfo> menu = new java.util.ArrayList<>();
    for (PageInfo g : m.menuGroups()) {
      String h = NavTree.href(g);
      if (h == null || !h.startsWith("/") || h.startsWith("//")) {
        menu.add(g);
        continue;
      }
      handbook.diag.Span at = g.extra().get("at") instanceof handbook.diag.Span s ? s : handbook.diag.Span.file(m.input().contentName());
      for (ShownLink l : shown(List.of(new handbook.config.SiteLink(g.title(), h, at, false)), "menu", m, resolver, null, diags)) {
        menu.add(g.withExtra("href", l.href() != null ? l.href() : "/" + l.path() + l.rest()));
      }
    }
    List<PageInfo> infos = java.util.stream.Stream.concat(index.pages().stream().map(Page::info), menu.stream()).toList();
    if (memory == null) {
      NavTree tree = new NavTree(infos, m.config().nav(), Locale.forLanguageTag(m.config().language()), m.config().mount().menuByFileName(), m.config().mount().hugo());
      return new Linked(m, index, ordered, tree, new ConcurrentHashMap<>(), shown(m.config().headerLinks(), "header", m, resolver, tree, diags), shown(m.config().footerLinks(), "footer", m, resolver, tree, diags));
    }
    // the same pages with the same infos make the same tree, with the same keys
    if (memory.navTree == null || !infos.equals(memory.navInfos) || !m.config().nav().equals(memory.navOrder) || !m.config().language().equals(memory.navLanguage) || memory.navByName != m.config().mount().menuByFileName()
        || memory.navByDate != m.config().mount().hugo()) {
      memory.navTree = new NavTree(infos, m.config().nav(), Locale.forLanguageTag(m.config().language()), m.config().mount().menuByFileName(), m.config().mount().hugo());
      memory.navByDate = m.config().mount().hugo();
      memory.navByName = m.config().mount().menuByFileName();
      memory.navInfos = infos;
      memory.navOrder = m.config().nav();
      memory.navLanguage = m.config().language();
      memory.navKeys = new ConcurrentHashMap<>();
    }
    return new Linked(
        m, index, ordered, memory.navTree, memory.navKeys, shown(m.config().headerLinks(), "header", m, resolver, memory.navTree, diags), shown(m.config().footerLinks(), "footer", m, resolver, memory.navTree, diags));
  }

  /**
   * The header's or the footer's links, resolved as links written at the content folder's root
   * are. One of site.yaml that names nothing is a broken link; one of another tool's config is
   * named and left out. A link to a sidebar (Docusaurus' {@code docSidebar}) goes to the first
   * page of the menu under its target.
   */
  private static List<ShownLink> shown(List<handbook.config.SiteLink> links, String where, LoadPhase.Model m, LinkResolver resolver, NavTree tree, Diagnostics diags) {
    List<ShownLink> out = new java.util.ArrayList<>();
    for (handbook.config.SiteLink link : links) {
      LinkResolver.Result r = resolver.resolve(link.target(), link.at(), "", "", null);
      if (r.error() != null && link.own()) {
        diags.add(r.error());
      } else if (r.error() != null) {
        String title = link.title() == null ? "" : "`" + link.title() + "` ";
        diags.add(handbook.diag.Diagnostic.warning(toolCode(m.config().mount()), link.at(), "the " + where + " link " + title + "is left out: " + (r.error().code().equals("link.unresolved") ? "no page or file `" + link.target() + "` here" : r.error().message())));
        continue;
      }
      if (r.href() == null) {
        continue;
      }
      String href = r.href();
      String title = link.title() != null ? link.title() : r.title() != null ? r.title() : link.target();
      if (Urls.remote(href) || SCHEME.matcher(href).lookingAt()) {
        out.add(new ShownLink(title, href, null, "", false, link.group()));
        continue;
      }
      // an href from the site's root ("./" for the home), made of a site path
      int cut = href.replaceFirst("[?#].*", "").length();
      String path = href.substring(0, cut).equals("./") ? "" : java.net.URLDecoder.decode(href.substring(0, cut).replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
      String rest = href.substring(cut);
      boolean page = path.isEmpty() || path.endsWith("/");
      if (link.first() && page) {
        PageInfo first = firstPage(tree, path);
        if (first != null) {
          path = first.url();
          title = link.title() != null ? link.title() : first.title();
        }
      }
      out.add(new ShownLink(title, null, path, rest, page, link.group()));
    }
    return List.copyOf(out);
  }

  /** The first page of a file (no generated list) at or under a URL, in the menu's order; null where there is none. */
  private static PageInfo firstPage(NavTree tree, String url) {
    for (PageInfo p : tree.order()) {
      if (p.source() != null && p.url().startsWith(url)) {
        return p;
      }
    }
    return null;
  }

  /**
   * Where the project's own tool builds it with broken links (MkDocs names them, Hugo and Jekyll
   * do not check them) and here they fail the build: named once, with how to build first and fix
   * later. Those the tool fails on too (MkDocs' with {@code strict: true}) are not counted.
   */
  private static void builtAnyway(LoadPhase.Model m, Diagnostics diags) {
    String tool =
        switch (m.config().mount().tool()) {
          case MKDOCS -> "MkDocs builds this project with its broken links, naming them";
          case HUGO -> "Hugo builds this project without checking its links";
          case JEKYLL, JEKYLL_PRETTY -> "Jekyll builds this project without checking its links";
          case WIKI -> "GitHub shows this wiki with its broken links (as links to pages to write)";
          case VUEPRESS -> "VuePress builds this project without checking its links";
          case STARLIGHT -> "Starlight builds this project without checking its links";
          case GITBOOK -> "GitBook shows this project with its broken links";
          case MDBOOK -> "mdBook builds this project without checking its links";
          case DOCSIFY -> "Docsify shows this site without checking its links";
          case MINTLIFY -> "Mintlify publishes this project without checking its links (its CLI's `mint broken-links` names them)";
          case DOCUSAURUS, VITEPRESS, VITEPRESS_CLEAN, NONE -> null;
        };
    if (tool == null || m.config().brokenLinksWarn() || !diags.hasErrors()) {
      return;
    }
    // (not those the tool fails on too: an MkDocs project's with strict)
    List<String> failsToo = m.config().mount().failsOn();
    long broken = diags.sorted().stream().filter(d -> d.isError() && (d.code().equals("link.unresolved") || d.code().equals("link.anchor")) && !failsToo.contains(d.code())).count();
    if (broken > 0) {
      diags.add(
          handbook.diag.Diagnostic.warning(toolCode(m.config().mount()), handbook.diag.Span.file(m.input().contentName()), tool + ": here " + (broken == 1 ? "it is an error" : "they are errors (" + broken + ")"))
              .withHint("to build first and fix later, write `links: {on_broken: warning}` in a `site.yaml` in the content folder"));
    }
  }

  /**
   * Where the site is published, as its links name it: a Starlight project's path
   * ({@link #sitePath}, its links start with it); for a Starlight or VitePress project built in
   * several languages, the folder of the language's pages ({@code /fr/guides/} is its page, the
   * default language's too where its pages are in a folder of their own), the other languages'
   * folders (a link to {@code /fr/guides/} from another language's page leads to that page in
   * French), and, in the other languages, the default one's where its pages are at the root (a link
   * without a language's folder leads to its page, as in VitePress and Starlight).
   */
  private static LinkResolver.Published published(LoadPhase.Model m) {
    handbook.content.Mount mount = m.config().mount();
    String site = mount.starlight() ? sitePath(m.config().baseUrl()) : null;
    String base = site == null || site.equals("/") ? null : site;
    handbook.config.SiteLocale language = m.input().locale() != null ? m.input().locale() : m.locales().isEmpty() ? null : m.locales().get(0);
    if (language == null || !mount.starlight() && !mount.vitePress()) {
      return new LinkResolver.Published(base, null, Map.of(), "", null, null);
    }
    Map<String, String> others = new java.util.LinkedHashMap<>();
    String pages = null;
    boolean mainAtRoot = false;
    for (handbook.config.SiteLocale l : m.locales()) {
      String written = written(l);
      if (written != null && pages == null) {
        pages = l.source().substring(0, l.source().length() - written.length());
      }
      mainAtRoot |= l.isDefault() && written == null;
      if (!l.equals(language) && written != null) {
        others.put(written, l.folder());
      }
    }
    String bare = (mount.vitePress() || mainAtRoot) && !language.isDefault() ? "" : null;
    return new LinkResolver.Published(base, written(language), others, language.folder(), bare, pages);
  }

  /** The folder a language's pages are in, as links write it ({@code fr/}: the last of its source's); null for the pages at the root. */
  private static String written(handbook.config.SiteLocale l) {
    String source = l.source();
    return source.isEmpty() ? null : source.substring(source.lastIndexOf('/', source.length() - 2) + 1);
  }

  /** The path of the site's address ({@code /docs/} of {@code https://example.org/docs/}), or null. */
  private static String sitePath(String baseUrl) {
    try {
      String path = baseUrl == null || baseUrl.isEmpty() ? null : java.net.URI.create(baseUrl).getPath();
      return path == null || path.isEmpty() ? null : path.endsWith("/") ? path : path + "/";
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The code of a message about another tool's config. */
  private static String toolCode(handbook.content.Mount mount) {
    return switch (mount.tool()) {
      case MKDOCS -> "config.mkdocs";
      case DOCUSAURUS -> "config.docusaurus";
      case HUGO -> "config.hugo";
      case JEKYLL, JEKYLL_PRETTY -> "config.jekyll";
      case WIKI -> "config.wiki";
      case VITEPRESS, VITEPRESS_CLEAN -> "config.vitepress";
      case VUEPRESS -> "config.vuepress";
      case STARLIGHT -> handbook.config.StarlightConfig.CODE;
      case GITBOOK -> handbook.config.GitBookConfig.CODE;
      case MDBOOK -> handbook.config.MdBookConfig.CODE;
      case DOCSIFY -> handbook.config.DocsifyConfig.CODE;
      case MINTLIFY -> handbook.config.MintlifyConfig.CODE;
      case NONE -> "config.value";
    };
  }

  /**
   * Everything links resolve against: every page's URL, source, title and anchors, the files, the
   * link settings. A list compared with the last one, not a hash: a page's part is the same string
   * while the page is the same object, so most compare by identity.
   */
  private static List<String> signature(SiteIndex index, LoadPhase.Model m, Map<Page, String> parts) {
    List<String> b = new java.util.ArrayList<>(index.pages().size() + index.assetPaths().size() + 3);
    b.add(String.valueOf(m.config().rootLinks()));
    b.add(String.valueOf(m.config().rootFallback()));
    for (Page p : index.pages()) {
      b.add(parts.computeIfAbsent(p, x -> {
        PageInfo i = x.info();
        // (and the name a pager gives it, where it is not its title)
        String label = Navigation.pagerLabel(i);
        return i.url() + "\u0000" + i.source() + "\u0000" + i.title() + (label.equals(i.title()) ? "" : "\u0001" + label) + "\u0000" + String.join("\u0000", x.anchors());
      }));
    }
    // the files after a mark no page's part has (its URL would come first)
    b.add("\u0000files");
    index.assetPaths().stream().sorted().forEach(b::add);
    return b;
  }

  private static Resolved resolve(Page page, LinkResolver resolver, LoadPhase.Model m, Templates templates, Diagnostics diags) {
    String url = page.info().url();
    String src = page.linkSource() == null ? "" : page.linkSource();
    Map<String, String> hrefs = new HashMap<>();
    Map<String, String> titles = new HashMap<>();
    List<LinkRef> remoteImages = new java.util.ArrayList<>();
    for (LinkRef ref : page.links()) {
      LinkResolver.Result r = resolver.resolve(ref.target(), ref.span(), src, url, page);
      if (r.error() != null) {
        diags.add(r.error());
      } else if (ref.image() && Urls.remote(r.href() != null ? r.href() : ref.target())) {
        remoteImages.add(ref);
      }
      if (r.href() != null) {
        if (!r.href().equals(ref.target())) {
          hrefs.put(ref.target(), r.href());
        }
        if (r.title() != null) {
          titles.put(ref.target(), r.title());
        }
      }
    }
    if (!remoteImages.isEmpty()) {
      diags.add(remoteImages(remoteImages));
    }
    Map<DirectiveCall, String> embeds = new HashMap<>();
    if (!page.directiveCalls().isEmpty()) {
      ResolveContext ctx = new Context(page, url, src, resolver, m, templates, diags);
      for (DirectiveCall call : page.directiveCalls()) {
        Directive d = m.directives().get(call.name());
        String html = d == null ? null : d.expand(call, ctx);
        if (html != null) {
          embeds.put(call, html);
        }
      }
    }
    handbook.content.PagerLinks pager = page.pager();
    NavLink prev = pager == null ? null : pagerLink(pager.prev(), page, resolver, src, url, diags);
    NavLink next = pager == null ? null : pagerLink(pager.next(), page, resolver, src, url, diags);
    return new Resolved(Map.copyOf(hrefs), Map.copyOf(titles), Map.copyOf(embeds), card(page, resolver, src, url, m, diags), prev, next);
  }

  /**
   * A link of the page's pager its front matter gives, resolved as the body's links are: named
   * as the menu names its page, or by its address where it is no page; null for none (or broken).
   */
  private static NavLink pagerLink(LinkRef link, Page page, LinkResolver resolver, String src, String url, Diagnostics diags) {
    if (link == null) {
      return null;
    }
    LinkResolver.Result r = resolver.resolve(link.target(), link.span(), src, url, page);
    if (r.error() != null) {
      diags.add(r.error());
    }
    if (r.href() == null || r.error() != null && r.error().isError()) {
      return null;
    }
    return new NavLink(r.page() != null ? Navigation.pagerLabel(r.page()) : link.target(), r.href(), false);
  }

  /**
   * The href of the page's card image, or null: one that names no file is named (a warning: the
   * page's previews then show none). In a Hugo project a path that is no file beside the page is
   * read from the site's root, as Hugo's {@code absURL} reads it.
   */
  private static String card(Page page, LinkResolver resolver, String src, String url, LoadPhase.Model m, Diagnostics diags) {
    LinkRef card = page.card();
    if (card == null) {
      return null;
    }
    LinkResolver.Result r = resolver.resolve(card.target(), card.span(), src, url, page);
    if (r.error() != null && m.config().mount().hugo() && !card.target().startsWith("/") && !card.target().contains(":")) {
      LinkResolver.Result fromRoot = resolver.resolve("/" + card.target(), card.span(), src, url, page);
      if (fromRoot.error() == null) {
        r = fromRoot;
      }
    }
    if (r.error() != null) {
      handbook.diag.Diagnostic e = r.error();
      diags.add(new handbook.diag.Diagnostic(handbook.diag.Severity.WARNING, e.code(), "the image of the page's link previews: " + e.message() + ": they show none", e.span(), e.hint()));
      return null;
    }
    if (!Urls.remote(r.href()) && m.config().baseUrl().isEmpty()) {
      diags.add(
          handbook.diag.Diagnostic.warning("frontmatter.value", card.span(), "link previews need the full address of the image `" + card.target() + "`, and the site's (`base_url`) is not set: the page's show none")
              .withHint("set `base_url` in site.yaml to the address the site is published at"));
      return null;
    }
    if (handbook.config.SiteConfig.vector(card.target())) {
      diags.add(handbook.diag.Diagnostic.warning("frontmatter.value", card.span(), handbook.config.SiteConfig.VECTOR).withHint(handbook.config.SiteConfig.VECTOR_HINT));
    }
    return r.href();
  }

  /**
   * One warning for a page's images on other hosts, at the first (a README's row of badges is
   * one thing to read, not one each), with the places of the others.
   */
  private static handbook.diag.Diagnostic remoteImages(List<LinkRef> found) {
    List<LinkRef> images = new java.util.ArrayList<>(found);
    images.sort(java.util.Comparator.comparing((LinkRef r) -> r.span().file()).thenComparingInt(r -> r.span().line()).thenComparingInt(r -> r.span().column()));
    LinkRef first = images.get(0);
    String more = "";
    if (images.size() > 1) {
      List<String> at = new java.util.ArrayList<>();
      for (LinkRef r : images.subList(1, images.size())) {
        at.add(r.span().file().equals(first.span().file()) ? String.valueOf(r.span().line()) : r.span().file() + ":" + r.span().line());
      }
      int n = images.size() - 1;
      more = " (" + n + " more image" + (n == 1 ? "" : "s") + " on other hosts, on line" + (n == 1 ? " " : "s ") + String.join(", ", at) + ")";
    }
    return handbook.diag.Diagnostic.warning(
            "link.remote-image",
            first.span(),
            "image `" + first.target() + "` is on another host: it is not loaded (the site loads nothing from other hosts), an image is a link to it" + more)
        .withHint("save the image into the content folder and link to that file");
  }

  /** What a directive sees on one page. */
  private record Context(Page page, String url, String src, LinkResolver resolver, LoadPhase.Model m, Templates templates, Diagnostics diags)
      implements ResolveContext {
    @Override
    public String pageUrl() {
      return url;
    }

    @Override
    public Diagnostics diagnostics() {
      return diags;
    }

    @Override
    public String href(String siteUrl) {
      return Urls.href(url, siteUrl);
    }

    @Override
    public String render(String template, Object view) {
      return templates.renderText(template, view);
    }

    @Override
    public MarkdownEngine markdown() {
      return m.markdown();
    }

    @Override
    public Map<String, String> strings() {
      return m.strings();
    }

    @Override
    public String language() {
      return m.config().language();
    }

    @Override
    public String link(String target, Span span) {
      LinkResolver.Result r = resolver.resolve(target, span, src, url, page);
      if (r.error() != null) {
        diags.add(r.error());
      }
      return r.href();
    }

    @Override
    public String title(String target, Span span) {
      LinkResolver.Result r = resolver.resolve(target, span, src, url, page);
      return r.error() == null ? r.title() : null;
    }
  }
}
