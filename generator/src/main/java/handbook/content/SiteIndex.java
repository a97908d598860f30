package handbook.content;

import handbook.diag.Diagnostic;
import handbook.diag.Diagnostics;
import handbook.diag.Span;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every page by URL and by source file, the static files, and the link schemes: built once all
 * kinds have loaded, before any link is resolved.
 */
public final class SiteIndex {
  private final Map<String, Page> byUrl = new TreeMap<>();
  private final Map<String, Page> bySource = new HashMap<>();
  private final Set<String> assets;
  private final Map<String, LinkScheme> schemes;

  /** @param contentName how diagnostics name the content folder ({@code content}) */
  public SiteIndex(
      Collection<Page> pages, Collection<String> assets, Map<String, LinkScheme> schemes, String contentName, Diagnostics diags) {
    for (Page p : pages) {
      PageInfo info = p.info();
      Page clash = byUrl.putIfAbsent(info.url(), p);
      if (clash != null) {
        String where = info.source() == null ? "a generated page" : contentName + "/" + info.source();
        String other = clash.info().source() == null ? "a generated page" : contentName + "/" + clash.info().source();
        diags.add(
            Diagnostic.error(
                "page.duplicate-url",
                info.source() == null ? Span.file(other) : Span.file(contentName + "/" + info.source()),
                "`" + where + "` and `" + other + "` both want the URL `/" + info.url() + "`"));
      }
      if (info.source() != null) {
        bySource.putIfAbsent(info.source(), p);
      }
    }
    this.assets = Set.copyOf(assets);
    this.schemes = Map.copyOf(schemes);
  }

  public Page byUrl(String url) {
    return byUrl.get(url);
  }

  /** The page made from a content file ({@code docs/ops/backup.md}). */
  public Page bySource(String sourcePath) {
    return bySource.get(sourcePath);
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
    return List.copyOf(byUrl.values());
  }
}
