package handbook.link;

import handbook.content.LinkScheme;
import handbook.content.Page;
import handbook.content.SiteIndex;
import handbook.content.Urls;
import handbook.diag.Diagnostic;
import handbook.diag.Span;
import handbook.diag.Suggest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Resolves a link as written in content to the href it gets in the output, against the site
 * index. Relative {@code .md} links become links to pages, {@code #anchors} are checked against
 * the target's headings, static files must exist, registered schemes ({@code api:}) are asked.
 */
public final class LinkResolver {
  /**
   * Where the scheme of a target ends ({@code ^[a-zA-Z][a-zA-Z0-9+.-]*:}, the colon's index), or
   * -1 when it has none.
   */
  static int schemeEnd(String t) {
    if (t.isEmpty() || !asciiLetter(t.charAt(0))) {
      return -1;
    }
    for (int i = 1, n = t.length(); i < n; i++) {
      char c = t.charAt(i);
      if (c == ':') {
        return i;
      }
      if (!asciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '.' && c != '-') {
        return -1;
      }
    }
    return -1;
  }

  private static boolean asciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }
  private static final Set<String> EXTERNAL =
      Set.of("http", "https", "mailto", "tel", "ftp", "sftp", "ssh", "irc", "ircs", "news", "data", "git", "file", "javascript", "vbscript", "vscode", "x-man-page");

  /** Schemes that run code or smuggle content in: refused in every link and image. */
  private static final Set<String> UNSAFE = Set.of("javascript", "vbscript", "data");

  private final SiteIndex index;
  private final String rootLinks;
  private final String rootFallback;
  private final boolean brokenWarns;
  private final java.util.function.UnaryOperator<String> shown;
  private final java.util.function.UnaryOperator<String> filed;
  private final Published published;

  /**
   * @param rootLinks the content folder that site-root links point into, or null
   * @param rootFallback where site-root links that name no content file go, or null
   * @param brokenWarns true to report broken links and anchors as warnings
   *     ({@code links.on_broken: warning}): the link is then kept as written, or goes to its page
   *     when only the anchor is missing
   */
  public LinkResolver(SiteIndex index, String rootLinks, String rootFallback, boolean brokenWarns) {
    this(index, rootLinks, rootFallback, brokenWarns, path -> "content/" + path);
  }

  /**
   * @param brokenWarns true when broken links are warnings (the link kept as written), not errors
   * @param shown how diagnostics name a content path's file ({@code content/docs/x.md}: an MkDocs
   *     project's {@code docs_dir} is its own folder)
   */
  public LinkResolver(SiteIndex index, String rootLinks, String rootFallback, boolean brokenWarns, java.util.function.UnaryOperator<String> shown) {
    this(index, rootLinks, rootFallback, brokenWarns, shown, path -> path);
  }

  /**
   * @param filed where a page's file is when the page is published elsewhere (VitePress' rewrites):
   *     a file linked from the page that is not beside where it is published is looked for beside it
   */
  public LinkResolver(
      SiteIndex index, String rootLinks, String rootFallback, boolean brokenWarns, java.util.function.UnaryOperator<String> shown, java.util.function.UnaryOperator<String> filed) {
    this(index, rootLinks, rootFallback, brokenWarns, shown, filed, Published.ROOT);
  }

  /**
   * @param published where the site is published ({@link Published}): the paths its site-root links
   *     may start with, and the other languages' folders
   */
  public LinkResolver(
      SiteIndex index, String rootLinks, String rootFallback, boolean brokenWarns, java.util.function.UnaryOperator<String> shown, java.util.function.UnaryOperator<String> filed, Published published) {
    this.published = published;
    this.shown = shown;
    this.filed = filed;
    this.index = index;
    this.rootLinks = rootLinks;
    this.rootFallback = rootFallback;
    this.brokenWarns = brokenWarns;
    byNames = index.mount().wiki() || index.mount().markdown().has(handbook.markdown.RenderOptions.Extension.OBSIDIAN_LINKS);
    if (byNames) {
      for (Page p : index.pages()) {
        String source = p.info().source();
        if (source != null && Urls.isMarkdown(source)) {
          String name = handbook.config.GitHubWiki.pageName(source);
          if (wikiNames.putIfAbsent(name.toLowerCase(Locale.ROOT), p) == null) {
            names.add(index.mount().wiki() && p.info().url().isEmpty() ? "Home" : name);
          }
        }
      }
      for (String a : new java.util.TreeSet<>(index.assetPaths())) {
        assetNames.putIfAbsent(a.substring(a.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT), a);
      }
    }
  }

  /**
   * Where a site is published, as its links may name it.
   *
   * @param base the path the site is published at ({@code /docs/}), which a Starlight project's
   *     site-root links start with (Astro's {@code base}: Starlight does not add it); or null
   * @param own the folder of a language's pages as its links write it ({@code fr/}: {@code /fr/guides/}
   *     is its page {@code guides/}); or null
   * @param languages the other languages of a site built in several, whose pages links name by
   *     their folders ({@code /fr/guides/}): by that folder, the folder of the output each is
   *     published in ({@code fr/}; empty for the root)
   * @param folder the folder of the output the site is published in ({@code fr/}; empty for the root)
   * @param bare the folder of the output of the language a site-root link without a language's
   *     folder leads to (the default one at the root of a VitePress or Starlight project), where it
   *     is not this one; else null
   * @param pages the project's folder the languages' folders are in ({@code src/content/docs/}),
   *     as a page's file is read ({@code filed}); null for a site of one language
   */
  public record Published(String base, String own, Map<String, String> languages, String folder, String bare, String pages) {
    /** A site at its host's root, of one language. */
    public static final Published ROOT = new Published(null, null, Map.of(), "", null, null);
  }

  public LinkResolver(SiteIndex index, String rootLinks, String rootFallback) {
    this(index, rootLinks, rootFallback, false);
  }

  /** Whether a target goes through a link scheme of the site ({@code api:}, {@code checklist:}). */
  public boolean usesScheme(String target) {
    String t = target.strip();
    int colon = schemeEnd(t);
    return colon >= 0 && index.scheme(t.substring(0, colon).toLowerCase(Locale.ROOT)) != null;
  }

  /**
   * The result of one resolution: an href (and the target's title and facts when it is a page),
   * a diagnostic, or both (a broken link reported as a warning, with the href it keeps).
   */
  public record Result(String href, Diagnostic error, String title, handbook.content.PageInfo page) {
    Result(String href, Diagnostic error) {
      this(href, error, null, null);
    }

    Result(String href, Diagnostic error, String title) {
      this(href, error, title, null);
    }
  }

  /**
   * Resolves {@code target}, written in the file {@code fromSource} (content-relative) of the
   * page at {@code fromUrl}.
   */
  public Result resolve(String target, Span span, String fromSource, String fromUrl, Page fromPage) {
    String t = target.strip();
    if (t.isEmpty()) {
      return ok(t);
    }
    if (t.startsWith("//")) {
      return ok(t);
    }
    if (byNames && t.regionMatches(true, 0, handbook.markdown.WikiLinks.BY_NAME, 0, handbook.markdown.WikiLinks.BY_NAME.length())) {
      return byName(t.substring(handbook.markdown.WikiLinks.BY_NAME.length()), span, fromUrl, t);
    }
    int colon = schemeEnd(t);
    if (colon >= 0) {
      String scheme = t.substring(0, colon).toLowerCase(Locale.ROOT);
      LinkScheme s = index.scheme(scheme);
      if (s != null) {
        LinkScheme.Target r = s.resolve(t.substring(colon + 1), span);
        if (r.error() != null) {
          return broken(r.error(), t);
        }
        return new Result(href(fromUrl, r.url()), null, r.title());
      }
      if (EXTERNAL.contains(scheme) || scheme.length() > 1) {
        if (UNSAFE.contains(scheme)) {
          return error("link.unsafe", span, "`" + scheme + ":` links are not allowed", scheme.equals("data") ? "put the file into content/ and link to it" : null);
        }
        return ok(t);
      }
    }
    if (t.startsWith("#/") && index.mount().docsify()) {
      // Docsify's route: #/guide is the page at /guide
      t = t.substring(1);
    }
    if (t.startsWith("#")) {
      String anchor = decode(t.substring(1));
      if (fromPage != null && !anchor.isEmpty() && !fromPage.anchors().contains(anchor)) {
        return broken(anchorError(span, anchor, fromPage, "this page", ""), t);
      }
      return ok(t);
    }
    String path = t;
    String anchor = null;
    int hash = path.indexOf('#');
    if (hash >= 0) {
      anchor = decode(path.substring(hash + 1));
      path = path.substring(0, hash);
    }
    String query = "";
    int q = path.indexOf('?');
    if (q >= 0) {
      query = path.substring(q);
      path = path.substring(0, q);
    }
    if (anchor == null && index.mount().docsify() && query.startsWith("?id=")) {
      // Docsify's heading of a page: guide?id=install
      anchor = decode(query.substring("?id=".length()).replaceFirst("&.*$", ""));
      query = "";
    }
    path = decode(path);
    String base = published.base();
    if (base != null && (path.startsWith(base) || path.equals(base.substring(0, base.length() - 1)))) {
      // a Starlight page's link written with the site's path (/docs/guides/setup/ where Astro's base is /docs)
      path = path.length() < base.length() ? "/" : path.substring(base.length() - 1);
    }
    String own = published.own() == null ? null : "/" + published.own();
    if (own != null && (path.startsWith(own) || path.equals(own.substring(0, own.length() - 1)))) {
      // a page of this language, written with its folder (/fr/guides/)
      return resolvePath(t, path.length() < own.length() ? "/" : path.substring(own.length() - 1), anchor, query, span, fromSource, fromUrl);
    }
    Map.Entry<String, String> language = languageOf(path);
    if (language != null) {
      return otherLanguage(t, inLanguage(path, language), language.getValue(), anchor, query, span, fromSource, fromUrl);
    }
    if (published.bare() != null && path.startsWith("/")) {
      // a VitePress page's link without its language's folder: the default language's page
      return otherLanguage(t, path, published.bare(), anchor, query, span, fromSource, fromUrl);
    }
    if (!path.startsWith("/")) {
      Result other = inOtherLanguage(t, path, anchor, query, span, fromSource, fromUrl);
      if (other != null) {
        return other;
      }
    }
    return resolvePath(t, path, anchor, query, span, fromSource, fromUrl);
  }

  /**
   * A link to a page of another language, published in the output's {@code folder}: this
   * language's page at that path, as each has every page of the default one; its anchor is its
   * translation's, not checked. A file is this language's.
   */
  private Result otherLanguage(String t, String path, String folder, String anchor, String query, Span span, String fromSource, String fromUrl) {
    Result r = resolvePath(t, path, null, query, span, fromSource, fromUrl);
    if (r.error() != null || r.page() == null || fromUrl == null) {
      return anchor == null ? r : resolvePath(t, path, anchor, query, span, fromSource, fromUrl);
    }
    return new Result(Urls.href(published.folder() + fromUrl, folder + r.page().url(), anchor == null ? "" : "#" + anchor), null, r.title(), r.page());
  }

  /** Resolves a link's path, decoded ({@code t}: the link as written). */
  private Result resolvePath(String t, String path, String anchor, String query, Span span, String fromSource, String fromUrl) {
    if (path.endsWith(".html") && index.mount().htmlAddresses()) {
      // VitePress' and mdBook's address of a page (guide/setup.html) names its page, unless a file is there
      String html = path.startsWith("/") ? (rootLinks == null ? null : Urls.normalize(rootLinks + path)) : Urls.normalize(Urls.sourceFolder(fromSource) + path);
      boolean folderPage = path.equals("index.html") || path.endsWith("/index.html");
      if ((html == null || !index.isAsset(html)) && folderPage) {
        // (a folder's index.html: its page, its index.md's or, as mdBook writes it, its README.md's)
        path = path.equals("index.html") ? "./" : path.substring(0, path.length() - "index.html".length());
      } else if (html == null || !index.isAsset(html)) {
        path = path.substring(0, path.length() - ".html".length()) + ".md";
      }
    }
    String resolved;
    if (path.startsWith("/")) {
      if (rootLinks != null && rootFallback != null) {
        String inside = Urls.normalize(rootLinks + path);
        if (inside != null && findPage(inside) == null && !index.isAsset(inside)) {
          return ok(rootFallback + t);
        }
      } else if (rootFallback != null) {
        return ok(rootFallback + t);
      }
      if (rootLinks == null) {
        return broken(
            "link.site-root",
            span,
            "site-root link `" + t + "` cannot be checked: links between pages are relative",
            "write it relative to this file, or in site.yaml map such links with `links: {root: docs}` (to pages) or `links: {fallback: https://...}` (to the live site)",
            t);
      }
      resolved = Urls.normalize(rootLinks + path);
    } else {
      resolved = Urls.normalize(Urls.sourceFolder(fromSource) + path);
    }
    if (resolved == null) {
      // (a file beside a page's file that is shown elsewhere: Starlight's src/assets/ from src/content/docs/)
      Result beside = path.startsWith("/") ? null : besideFile(path, anchor, query, span, fromSource, fromUrl);
      return beside != null ? beside : broken("link.outside", span, "link `" + t + "` leaves the content folder", null, t);
    }
    if (!path.startsWith("/") && !path.startsWith("./") && !path.startsWith("../") && index.mount().docsify() && !index.mount().markdown().has(handbook.markdown.RenderOptions.Extension.RELATIVE_PATH)) {
      // Docsify reads a page's link from the pages' folder (without its relativePath): a page there
      // is the one linked, whatever the page's own folder holds (an image is read from the page's folder)
      Result fromRoot = docsifyPage(path, anchor, span, fromUrl);
      if (fromRoot != null) {
        return fromRoot;
      }
    }
    Result found = found(resolved, path, anchor, query, span, fromUrl);
    if (found == null && path.startsWith("/") && index.mount().folders().contains(rootLinks + "/")) {
      // a site-root link to no file of the folder at the site's root: a page's address
      // (Docusaurus' /docs/intro beside its static files' /img/a.png; /intro where its docs are at the root)
      String docs = index.mount().docs();
      String fromRoot = Urls.normalize((index.mount().docsAtRoot() && !rootLinks.equals(docs.substring(0, docs.length() - 1)) ? docs : "") + path.substring(1));
      // (not a folder published elsewhere: a Docusaurus blog's blog/ at its routeBasePath is no address)
      if (fromRoot != null && index.mount().collectionOf(fromRoot) == null) {
        found = found(fromRoot, path, anchor, query, span, fromUrl);
      }
    }
    if (found == null && !path.startsWith("/")) {
      found = besideFile(path, anchor, query, span, fromSource, fromUrl);
    }
    if (found == null && !path.startsWith("/") && fromUrl != null) {
      // written relative to the page's URL, as MkDocs' raw HTML and Hugo's links are
      String urlFolder = Urls.sourceFolder(fromUrl);
      // an MkDocs project's page: its URL's folder is in the docs folder
      String mounted = fromSource == null ? null : index.mount().folderOf(fromSource);
      if (mounted != null) {
        urlFolder = mounted + urlFolder;
      }
      String fromPageUrl = Urls.normalize(urlFolder + path);
      if (fromPageUrl != null && !fromPageUrl.equals(resolved)) {
        found = found(fromPageUrl, path, anchor, query, span, fromUrl);
      }
    }
    if (found == null && !path.startsWith("/") && index.mount().hugo()) {
      // Hugo's ref and relref read a path from the page's folder, then from the content folder
      String fromContent = Urls.normalize(index.mount().docs() + path);
      if (fromContent != null && !fromContent.equals(resolved)) {
        found = found(fromContent, path, anchor, query, span, fromUrl);
      }
    }
    if (found == null && index.mount().docsify()) {
      // Docsify reads a page's links from the pages' folder (unless its relativePath), and a page's address is its path without .md
      String bare = path.startsWith("/") ? path.substring(1) : path;
      String name = bare.substring(bare.lastIndexOf('/') + 1);
      boolean address = !bare.isEmpty() && !bare.endsWith("/") && !name.contains(".");
      String docs = index.mount().docs();
      for (String candidate : new String[] {path.startsWith("/") ? null : docs + bare, address && resolved != null && !path.startsWith("/") ? resolved + ".md" : null, address ? docs + bare + ".md" : null}) {
        String c = candidate == null ? null : Urls.normalize(candidate);
        if (found == null && c != null && !c.equals(resolved)) {
          found = found(c, path, anchor, query, span, fromUrl);
        }
      }
    }
    if (found == null && index.mount().wiki()) {
      // a GitHub wiki's links are read from its root (each page is at its name there), and name a page by its name
      String fromRoot = Urls.normalize(path.startsWith("/") ? path.substring(1) : path);
      if (fromRoot != null && !fromRoot.equals(resolved)) {
        found = found(fromRoot, path, anchor, query, span, fromUrl);
      }
    }
    if (found == null && byNames && !path.startsWith("/")) {
      // a page (or a file) named by its name, whatever its folder: a wiki's, or roamlinks', ezlinks' and autolinks' MkDocs project's
      Page named = wikiPage(path);
      String file = named == null && path.indexOf('/') < 0 ? assetNames.get(path.toLowerCase(Locale.ROOT)) : null;
      if (named != null) {
        found = linked(named, path, anchor, span, fromUrl);
      } else if (file != null) {
        found = ok(Urls.href(fromUrl, index.mount().url(file), "") + query + (anchor == null ? "" : "#" + anchor));
      }
    }
    if (found != null) {
      return found;
    }
    String unpublished = index.unpublished(resolved);
    if (unpublished != null) {
      return broken("link.unresolved", span, "the page `" + path + "` is not published: " + unpublished, "link to it once it is published, or leave the link out", t);
    }
    String untagged = untagged(path, fromUrl);
    if (untagged != null) {
      return broken(
          "link.unresolved",
          span,
          "no page `" + path + "`: the config's `disableKinds` turns off the " + untagged + " pages, as Hugo then makes none",
          "link to the pages themselves, or take `taxonomy` and `term` out of `disableKinds`",
          t);
    }
    if (index.mount().wiki() && !path.substring(path.lastIndexOf('/') + 1).contains(".")) {
      return noneNamed(path, span, t);
    }
    String hint = suggestion(path, resolved, fromSource);
    String what = Urls.isMarkdown(resolved) ? "page" : "page or file";
    return broken(
        "link.unresolved",
        span,
        "no " + what + " `" + path + "`" + (path.equals(resolved) ? "" : " (" + shown.apply(resolved) + ")"),
        hint,
        t);
  }

  /**
   * Whose pages a link names in a Hugo project that makes no taxonomies' pages
   * ({@code disableKinds}): the address {@code /tags/x/} the tags', {@code /categories/} the
   * categories'; else null.
   */
  private String untagged(String path, String fromUrl) {
    if (!index.mount().hugo() || index.mount().tagged()) {
      return null;
    }
    String rest = path.startsWith("/") ? path.substring(1) : fromUrl == null ? null : Urls.normalize(Urls.sourceFolder(fromUrl) + path);
    for (String taxonomy : List.of("tags", "categories")) {
      if (rest != null && (rest.equals(taxonomy) || rest.startsWith(taxonomy + "/"))) {
        return taxonomy.equals("tags") ? "tags'" : "categories'";
      }
    }
    return null;
  }

  /**
   * The other language whose folder a site-root path is in ({@code /fr/guide/}, or {@code /fr}
   * alone): its folder as links write it ({@code fr/}) and the output's it is published in; null for none.
   */
  private Map.Entry<String, String> languageOf(String path) {
    for (Map.Entry<String, String> language : published.languages().entrySet()) {
      String written = "/" + language.getKey();
      if (path.startsWith(written) || path.equals(written.substring(0, written.length() - 1))) {
        return language;
      }
    }
    return null;
  }

  /** A path in a language's folder ({@link #languageOf}) as that language's site-root path ({@code /guide/}). */
  private static String inLanguage(String path, Map.Entry<String, String> language) {
    int folder = language.getKey().length();
    return path.length() <= folder ? "/" : path.substring(folder);
  }

  /**
   * A relative link from a language's file into another language's folder ({@code ./fr/guide/start.md}
   * from a VitePress project's default language, {@code ../../he/} from its French pages): that
   * language's page, as the link's site-root form ({@code /fr/guide/start}) leads to it; and one from
   * a language's own file to a file of the default language's pages at the root (its
   * {@code ../../guide/start.md}, or any of a VitePress page's relative links there): the default
   * language's page, as the tool publishes it; one from a page shown from the default language's
   * into this language's folder: its page here. Null where it is none of these, or names no page
   * (but in another language's folder: named there).
   */
  private Result inOtherLanguage(String t, String path, String anchor, String query, Span span, String fromSource, String fromUrl) {
    String pages = published.pages();
    if (pages == null || fromSource == null) {
      return null;
    }
    String file = filed.apply(fromSource);
    String at = Urls.normalize(Urls.sourceFolder(file) + path);
    if (at == null || !at.startsWith(pages)) {
      return null;
    }
    String rooted = "/" + at.substring(pages.length());
    Map.Entry<String, String> language = languageOf(rooted);
    if (language != null) {
      Result r = otherLanguage(t, inLanguage(rooted, language), language.getValue(), anchor, query, span, fromSource, fromUrl);
      if (r.error() == null) {
        return r;
      }
      // named where it is in the project, not where this language's tree would put it
      String from = shown.apply(fromSource);
      String named = from.endsWith(file) ? from.substring(0, from.length() - file.length()) + at : shown.apply(at);
      return broken("link.unresolved", span, "no " + (Urls.isMarkdown(at) ? "page" : "page or file") + " `" + path + "` (" + named + ")", null, t);
    }
    String own = published.own();
    if (own != null && rooted.startsWith("/" + own) && !file.startsWith(pages + own)) {
      // from a page shown from the default language's into this language's folder: its page here
      Result r = resolvePath(t, rooted.substring(own.length()), anchor, query, span, fromSource, fromUrl);
      return r.error() == null ? r : null;
    }
    if (own == null || rooted.startsWith("/" + own) || published.bare() == null || !file.startsWith(pages + own)) {
      return null;
    }
    if (!Urls.isMarkdown(at) && !index.mount().vitePress()) {
      // (a Starlight page's other relative links are read from its address, in its language's folder)
      return null;
    }
    Result r = otherLanguage(t, rooted, published.bare(), anchor, query, span, fromSource, fromUrl);
    return r.error() == null ? r : null;
  }

  /**
   * A file (an image) a page links beside its own file, where the page is shown elsewhere
   * (VitePress' rewrites, Starlight's {@code src/content/docs/} shown as {@code docs/}): their
   * bundlers read it from there. Null where there is none.
   */
  private Result besideFile(String path, String anchor, String query, Span span, String fromSource, String fromUrl) {
    String filedAt = fromSource == null ? null : filed.apply(fromSource);
    if (filedAt == null || filedAt.equals(fromSource)) {
      return null;
    }
    String beside = Urls.normalize(Urls.sourceFolder(filedAt) + path);
    return beside != null && index.isAsset(beside) ? found(beside, path, anchor, query, span, fromUrl) : null;
  }

  /** The page or file at a content path, with the anchor checked; null when there is none. */
  private Result found(String resolved, String path, String anchor, String query, Span span, String fromUrl) {
    Page page = findPage(resolved);
    if (page != null) {
      return linked(page, path, anchor, span, fromUrl);
    }
    if (index.isAsset(resolved)) {
      return ok(Urls.href(fromUrl, index.mount().url(resolved), "") + query + (anchor == null ? "" : "#" + anchor));
    }
    return null;
  }

  /** The page of the pages' folder a Docsify link names ({@code guide.md}, or its address {@code guide}), or null. */
  private Result docsifyPage(String path, String anchor, Span span, String fromUrl) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    String docs = index.mount().docs();
    for (String candidate : new String[] {docs + path, !name.isEmpty() && !name.contains(".") ? docs + path + ".md" : null}) {
      String c = candidate == null ? null : Urls.normalize(candidate);
      Page page = c == null ? null : findPage(c);
      if (page != null) {
        return linked(page, path, anchor, span, fromUrl);
      }
    }
    return null;
  }

  /** A link to a page, with the anchor checked. */
  private Result linked(Page page, String path, String anchor, Span span, String fromUrl) {
    String to = Urls.href(fromUrl, page.info().url(), anchor == null ? "" : "#" + anchor);
    if (anchor != null && !anchor.isEmpty() && !page.anchors().contains(anchor)) {
      return broken(anchorError(span, anchor, page, "`" + shown(page) + "`", path), to);
    }
    return new Result(to, null, page.info().title(), page.info());
  }

  /** Whether links may name a page by its name: a GitHub wiki's, and an MkDocs project's with roamlinks, ezlinks or autolinks. */
  private final boolean byNames;

  /** Where links name pages by their names: the pages by their names in lower case ({@code set-up}, {@code home}); else empty. */
  private final java.util.Map<String, Page> wikiNames = new java.util.HashMap<>();

  /** Their names, as their files have them, for hints. */
  private final List<String> names = new ArrayList<>();

  /** There: the files by their names in lower case ({@code logo.png}), the first by path of those of one name. */
  private final java.util.Map<String, String> assetNames = new java.util.HashMap<>();

  /** A link by name ({@code wiki:Set-Up#x}, {@code wiki:logo.png}): the page or file of that name, whatever its folder. */
  private Result byName(String rest, Span span, String fromUrl, String written) {
    int hash = rest.indexOf('#');
    String anchor = hash < 0 ? null : decode(rest.substring(hash + 1));
    String name = decode(hash < 0 ? rest : rest.substring(0, hash));
    String last = name.substring(name.lastIndexOf('/') + 1);
    if (last.contains(".") && !Urls.isMarkdown(last)) {
      String file = assetNames.get(last.toLowerCase(Locale.ROOT));
      if (file != null) {
        return ok(Urls.href(fromUrl, index.mount().url(file), "") + (anchor == null ? "" : "#" + anchor));
      }
      String near = Suggest.closest(last, assetNames.values().stream().map(a -> a.substring(a.lastIndexOf('/') + 1)).toList());
      return broken("link.unresolved", span, "no file is named `" + last + "`, in any folder", near == null ? null : "did you mean `" + near + "`?", written);
    }
    Page page = wikiPage(name);
    return page != null ? linked(page, name, anchor, span, fromUrl) : noneNamed(name, span, written);
  }

  /** A link by name to no page, with the names near it. */
  private Result noneNamed(String path, Span span, String written) {
    String name = handbook.config.GitHubWiki.pageName(path);
    String near = Suggest.closest(name, names);
    String what = index.mount().wiki() ? "no page of the wiki is named `" + name + "`" : "no page is named `" + name + "` (a file `" + name + ".md` in any folder)";
    return broken("link.unresolved", span, what, near == null ? "a page's name is its file's, without `.md`" : "did you mean `" + near + "`?", written);
  }

  /** The page of a wiki a link names by its name ({@code Set-Up}, {@code guides/Set-Up.md}; any case), or null. */
  private Page wikiPage(String path) {
    String last = path.substring(path.lastIndexOf('/', path.length() - 2) + 1);
    if (last.contains(".") && !Urls.isMarkdown(last)) {
      return null;
    }
    return wikiNames.get(handbook.config.GitHubWiki.pageName(path).toLowerCase(Locale.ROOT));
  }

  private Page findPage(String resolved) {
    Page bySource = index.bySource(resolved);
    if (bySource == null && index.mount().hugo() && (resolved.equals("index.md") || resolved.endsWith("/index.md"))) {
      // a Hugo section's page is its _index.md, which links name as its folder's index
      bySource = index.bySource(resolved.substring(0, resolved.length() - "index.md".length()) + "_index.md");
    }
    if (bySource == null && index.mount().hugo() && resolved.endsWith(".md") && !index.mount().languages().isEmpty()) {
      // a Hugo page whose file name ends in the default language's code (about.en.md for about.md)
      bySource = index.bySource(resolved.substring(0, resolved.length() - ".md".length()) + "." + index.mount().languages().get(0) + ".md");
    }
    if (bySource != null || Urls.isMarkdown(resolved)) {
      return bySource;
    }
    String folder = resolved.isEmpty() || resolved.endsWith("/") ? resolved : resolved + "/";
    // the folder's page (generated, or its index.md or README.md); a link ending in / names any page at that URL
    String url = index.mount().pageUrl(folder);
    Page p = index.byUrl(url);
    if (p != null && p.info().source() != null && !Urls.sourceFolder(p.info().source()).equals(folder) && !resolved.endsWith("/")
        && !index.mount().unnumbered()) {
      // (where pages have no number prefixes, a link names the page at its URL: Docusaurus' /docs/guide/setup for 01-guide/02-setup.md)
      p = null;
    }
    if (p == null && !resolved.endsWith("/") && !resolved.contains(".")) {
      for (int i = 0; p == null && i < Urls.MARKDOWN_ENDINGS.size(); i++) {
        p = index.bySource(resolved + Urls.MARKDOWN_ENDINGS.get(i));
      }
    }
    if (p == null && index.mount().jekyll() && resolved.endsWith(".html")) {
      // Jekyll's address of a page (x.html): its file, or the page published at x/
      String stem = resolved.substring(0, resolved.length() - ".html".length());
      p = index.bySource(stem + ".md");
      if (p == null) {
        p = index.byUrl(stem.equals("index") || stem.endsWith("/index") ? stem.substring(0, stem.length() - "index".length()) : stem + "/");
      }
    }
    return p;
  }

  private static String shown(Page p) {
    return p.info().source() == null ? "/" + p.info().url() : p.info().source();
  }

  private static Diagnostic anchorError(Span span, String anchor, Page page, String where, String path) {
    String near = Suggest.closest(anchor, page.anchors());
    Diagnostic d = Diagnostic.error("link.anchor", span, "no heading `#" + anchor + "` on " + where);
    return near == null ? d : d.withHint("did you mean `" + path + "#" + near + "`?");
  }

  private String suggestion(String written, String resolved, String fromSource) {
    List<String> candidates = new ArrayList<>(index.sourcePaths());
    candidates.addAll(index.assetPaths());
    String near = Suggest.closest(resolved, candidates);
    if (near == null) {
      String file = resolved.substring(resolved.lastIndexOf('/') + 1);
      for (String c : candidates) {
        if (c.endsWith("/" + file) || c.equals(file)) {
          near = c;
          break;
        }
      }
    }
    if (near == null) {
      return null;
    }
    return "did you mean `" + relativeSource(fromSource, near) + "`?";
  }

  /** The relative path from one content file to another, as an author would write it. */
  static String relativeSource(String fromSource, String toSource) {
    return Urls.relative(Urls.sourceFolder(fromSource), toSource);
  }

  private static String href(String fromUrl, String to) {
    return Urls.href(fromUrl, to);
  }

  private static String decode(String s) {
    if (s.indexOf('%') < 0) {
      return s;
    }
    try {
      return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }

  private static Result ok(String href) {
    return new Result(href, null);
  }

  private Result broken(String code, Span span, String message, String hint, String kept) {
    Diagnostic d = Diagnostic.error(code, span, message);
    return broken(hint == null ? d : d.withHint(hint), kept);
  }

  /** A broken link: an error, or with {@code links.on_broken: warning} a warning and the href it keeps. */
  private Result broken(Diagnostic d, String kept) {
    if (!brokenWarns) {
      return new Result(null, d);
    }
    return new Result(kept, new Diagnostic(handbook.diag.Severity.WARNING, d.code(), d.message(), d.span(), d.hint()));
  }

  private static Result error(String code, Span span, String message, String hint) {
    Diagnostic d = Diagnostic.error(code, span, message);
    return new Result(null, hint == null ? d : d.withHint(hint));
  }
}
