package handbook.content;

import handbook.diag.Diagnostic;
import handbook.diag.Diagnostics;
import handbook.diag.Span;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every page by URL and by source file, the static files, and the link schemes: built once all
 * kinds have loaded, before any link is resolved.
 */
public final class SiteIndex {
  // (hashed: looked up for every link; the pages in URL order are sorted once)
  private final Map<String, Page> byUrl;
  private final Map<String, Page> bySource;
  private final Set<String> assets;
  private final Map<String, LinkScheme> schemes;
  private final Mount mount;

  /**
   * @param unpublished sources not published as pages, each with why ({@link Loaded#unpublished})
   * @param mount where the content's files are published
   * @param contentName how diagnostics name the content folder ({@code content})
   */
  public SiteIndex(
      Collection<Page> pages, Collection<String> assets, Map<String, LinkScheme> schemes, Map<String, String> unpublished, Mount mount, String contentName, Diagnostics diags) {
    this.mount = mount;
    this.unpublished = Map.copyOf(unpublished);
    byUrl = new HashMap<>(pages.size() * 4 / 3 + 1);
    bySource = new HashMap<>(pages.size() * 4 / 3 + 1);
    // the pages in the order given, then sorted (runs already in URL order cost a pass)
    Page[] inOrder = new Page[pages.size()];
    int n = 0;
    for (Page p : pages) {
      PageInfo info = p.info();
      Page clash = byUrl.putIfAbsent(info.url(), p);
      if (clash != null) {
        diags.add(duplicate(p, clash, contentName));
      } else {
        inOrder[n++] = p;
      }
      if (info.source() != null) {
        bySource.putIfAbsent(info.source(), p);
      }
    }
    this.assets = Set.copyOf(assets);
    this.schemes = Map.copyOf(schemes);
    java.util.Arrays.sort(inOrder, 0, n, java.util.Comparator.comparing(p -> p.info().url()));
    this.pages = List.of(java.util.Arrays.copyOf(inOrder, n));
  }

  private final Map<String, String> unpublished;

  /** Why a source of the content folder is not published as a page (a draft), or null. */
  public String unpublished(String sourcePath) {
    return unpublished.get(sourcePath);
  }

  /** Every page in URL order (asked for by several phases). */
  private final List<Page> pages;

  private static Diagnostic duplicate(Page p, Page clash, String contentName) {
    String file = p.origin() != null ? p.origin() : clash.origin();
    Diagnostic d =
        Diagnostic.error(
            "page.duplicate-url",
            Span.file(file == null ? contentName : contentName + "/" + file),
            name(p, contentName) + " and " + name(clash, contentName) + " both want the URL `/" + p.info().url() + "`");
    if (p.info().kind().equals("redirect") || clash.info().kind().equals("redirect")) {
      return d.withHint("an alias (front matter `aliases` or `redirect_from`) is an old URL of its page: give each old URL to one page only, and none that a page has now");
    }
    if (generatedSection(p) || generatedSection(clash)) {
      return d.withHint("a folder's page is its `index.md` (or `_index.md`): move the file into the folder under that name");
    }
    return d.withHint("a URL belongs to one page: rename or move one of the files");
  }

  /** Whether a page lists a folder that has no index file of its own. */
  private static boolean generatedSection(Page p) {
    return p.info().source() == null && p.info().kind().equals("section");
  }

  /** A page as a diagnostic names it: its file, or what it was made for. */
  private static String name(Page p, String contentName) {
    if (p.info().source() != null) {
      return "`" + contentName + "/" + p.info().source() + "`";
    }
    String made = p.madeFor(contentName);
    return made != null ? made : "the generated page `/" + p.info().url() + "`";
  }

  public Page byUrl(String url) {
    return byUrl.get(url);
  }

  /** The page made from a content file ({@code docs/ops/backup.md}). */
  public Page bySource(String sourcePath) {
    return bySource.get(sourcePath);
  }

  /** Where the content's files are published: a file's URL is {@code mount().url(path)}. */
  public Mount mount() {
    return mount;
  }

  public boolean isAsset(String contentPath) {
    return assets.contains(contentPath);
  }

  public Set<String> sourcePaths() {
    return bySource.keySet();
  }

  public Set<String> assetPaths() {
    return assets;
  }

  public LinkScheme scheme(String name) {
    return schemes.get(name);
  }

  /** Pages in URL order. */
  public List<Page> pages() {
    return pages;
  }
}
