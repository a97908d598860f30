package handbook.content;

import handbook.config.SiteConfig;
import handbook.diag.Diagnostics;
import handbook.markdown.MarkdownEngine;
import handbook.source.SourceFile;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/** What a content kind gets to load its pages, and where it puts them. */
public final class LoadContext {
  private final SiteConfig config;
  private final List<SourceFile> sources;
  private final List<String> assets;
  private final MarkdownEngine markdown;
  private final Diagnostics diags;
  private final LocalDate buildDate;
  private final boolean strictRunbooks;
  private final ConcurrentLinkedQueue<Page> pages = new ConcurrentLinkedQueue<>();
  private final Map<String, LinkScheme> schemes = new ConcurrentHashMap<>();
  private final Map<String, byte[]> files = new ConcurrentHashMap<>();

  public LoadContext(
      SiteConfig config,
      List<SourceFile> sources,
      List<String> assets,
      MarkdownEngine markdown,
      Diagnostics diags) {
    this(config, sources, assets, markdown, diags, LocalDate.now(ZoneOffset.UTC), false);
  }

  /**
   * @param buildDate the day the build stands on, for anything time-dependent (stale runbooks)
   * @param strictRunbooks true when stale runbooks are errors ({@code --strict-runbooks})
   */
  public LoadContext(
      SiteConfig config,
      List<SourceFile> sources,
      List<String> assets,
      MarkdownEngine markdown,
      Diagnostics diags,
      LocalDate buildDate,
      boolean strictRunbooks) {
    this.config = config;
    this.sources = sources;
    this.assets = assets;
    this.markdown = markdown;
    this.diags = diags;
    this.buildDate = buildDate;
    this.strictRunbooks = strictRunbooks;
  }

  public SiteConfig config() {
    return config;
  }

  /** Every text source under content/, sorted by path. */
  public List<SourceFile> sources() {
    return sources;
  }

  /** Paths (content-relative) of the files copied as they are: images, downloads. */
  public List<String> assets() {
    return assets;
  }

  public MarkdownEngine markdown() {
    return markdown;
  }

  public Diagnostics diagnostics() {
    return diags;
  }

  /** The day of the build (SOURCE_DATE_EPOCH, or today). */
  public LocalDate buildDate() {
    return buildDate;
  }

  /** Whether stale runbooks are errors rather than warnings. */
  public boolean strictRunbooks() {
    return strictRunbooks;
  }

  public void addPage(Page page) {
    pages.add(page);
  }

  public void addScheme(String scheme, LinkScheme resolver) {
    schemes.put(scheme, resolver);
  }

  /** An extra output file at a site path, such as {@code checklist.json}. */
  public void addFile(String sitePath, byte[] content) {
    files.put(sitePath, content);
  }

  public List<Page> pages() {
    return List.copyOf(pages);
  }

  public Map<String, LinkScheme> schemes() {
    return Map.copyOf(schemes);
  }

  public Map<String, byte[]> files() {
    return Map.copyOf(files);
  }
}
