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
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Resolves a link as written in content to the href it gets in the output, against the site
 * index. Relative {@code .md} links become links to pages, {@code #anchors} are checked against
 * the target's headings, static files must exist, registered schemes ({@code api:}) are asked.
 */
public final class LinkResolver {
  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
  private static final Set<String> EXTERNAL =
      Set.of("http", "https", "mailto", "tel", "ftp", "sftp", "ssh", "irc", "ircs", "news", "data", "git", "file", "javascript", "vbscript", "vscode", "x-man-page");

  /** Schemes that run code or smuggle content in: refused in every link and image. */
  private static final Set<String> UNSAFE = Set.of("javascript", "vbscript", "data");

  private final SiteIndex index;
  private final String rootLinks;
  private final String rootFallback;

  /**
   * @param rootLinks the content folder that site-root links point into, or null
   * @param rootFallback where site-root links that name no content file go, or null
   */
  public LinkResolver(SiteIndex index, String rootLinks, String rootFallback) {
    this.index = index;
    this.rootLinks = rootLinks;
    this.rootFallback = rootFallback;
  }

  /** The result of one resolution: an href (and the target's title when it is a page), or a diagnostic. */
  public record Result(String href, Diagnostic error, String title) {
    Result(String href, Diagnostic error) {
      this(href, error, null);
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
    var m = SCHEME.matcher(t);
    if (m.find()) {
      String scheme = t.substring(0, m.end() - 1).toLowerCase(Locale.ROOT);
      LinkScheme s = index.scheme(scheme);
      if (s != null) {
        LinkScheme.Target r = s.resolve(t.substring(m.end()), span);
        if (r.error() != null) {
          return new Result(null, r.error());
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
    if (t.startsWith("#")) {
      String anchor = decode(t.substring(1));
      if (fromPage != null && !anchor.isEmpty() && !fromPage.anchors().contains(anchor)) {
        return anchorError(span, anchor, fromPage, "this page", "");
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
    path = decode(path);
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
        return error(
            "link.site-root",
            span,
            "site-root link `" + t + "` cannot be checked: links between pages are relative",
            "write it relative to this file, or in site.yaml map such links with `links: {root: docs}` (to pages) or `links: {fallback: https://...}` (to the live site)");
      }
      resolved = Urls.normalize(rootLinks + path);
    } else {
      resolved = Urls.normalize(Urls.sourceFolder(fromSource) + path);
    }
    if (resolved == null) {
      return error("link.outside", span, "link `" + t + "` leaves the content folder", null);
    }
    Page page = findPage(resolved);
    if (page != null) {
      if (anchor != null && !anchor.isEmpty() && !page.anchors().contains(anchor)) {
        return anchorError(span, anchor, page, "`" + shown(page) + "`", path);
      }
      return new Result(Urls.href(fromUrl, page.info().url(), anchor == null ? "" : "#" + anchor), null, page.info().title());
    }
    if (index.isAsset(resolved)) {
      return ok(Urls.href(fromUrl, resolved, "") + query + (anchor == null ? "" : "#" + anchor));
    }
    String hint = suggestion(path, resolved, fromSource);
    String what = resolved.endsWith(".md") ? "page" : "page or file";
    return error(
        "link.unresolved",
        span,
        "no " + what + " `" + path + "`" + (path.equals(resolved) ? "" : " (content/" + resolved + ")"),
        hint);
  }

  private Page findPage(String resolved) {
    Page bySource = index.bySource(resolved);
    if (bySource != null || resolved.endsWith(".md")) {
      return bySource;
    }
    String folder = resolved.isEmpty() || resolved.endsWith("/") ? resolved : resolved + "/";
    Page p = index.bySource(folder + "index.md");
    if (p == null) {
      p = index.byUrl(folder);
      if (p != null && p.info().source() != null) {
        p = null;
      }
    }
    if (p == null && !resolved.endsWith("/") && !resolved.contains(".")) {
      p = index.bySource(resolved + ".md");
    }
    return p;
  }

  private static String shown(Page p) {
    return p.info().source() == null ? "/" + p.info().url() : p.info().source();
  }

  private Result anchorError(Span span, String anchor, Page page, String where, String path) {
    String near = Suggest.closest(anchor, page.anchors());
    return error(
        "link.anchor",
        span,
        "no heading `#" + anchor + "` on " + where,
        near == null ? null : "did you mean `" + path + "#" + near + "`?");
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

  private static Result error(String code, Span span, String message, String hint) {
    Diagnostic d = Diagnostic.error(code, span, message);
    return new Result(null, hint == null ? d : d.withHint(hint));
  }
}
