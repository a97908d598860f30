package handbook.content;

import handbook.config.SiteConfig;
import handbook.diag.Diagnostics;
import handbook.markdown.MarkdownEngine;
import handbook.source.SourceFile;
import java.nio.file.Path;
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
  private final Path contentDir;
  private final LocalDate buildDate;
  private final boolean strictRunbooks;
  private final ConcurrentLinkedQueue<Page> pages = new ConcurrentLinkedQueue<>();
  private final Map<String, LinkScheme> schemes = new ConcurrentHashMap<>();
  private final Map<String, byte[]> files = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<Fact> facts = new ConcurrentLinkedQueue<>();
  private final Map<Object, Object> cache;

  public LoadContext(
      SiteConfig config,
      List<SourceFile> sources,
      List<String> assets,
      MarkdownEngine markdown,
      Diagnostics diags,
      Map<Object, Object> cache,
      Path contentDir,
      LocalDate buildDate,
      boolean strictRunbooks) {
    this.cache = cache;
    this.buildDate = buildDate;
    this.strictRunbooks = strictRunbooks;
    this.config = config;
    this.sources = sources;
    this.assets = assets;
    this.markdown = markdown;
    this.diags = diags;
    this.contentDir = contentDir;
  }

  /**
   * The content folder on disk, or null. Sources are already read; this is for a parser that
   * resolves references between files itself (swagger-parser and {@code $ref}).
   */
  public Path contentDir() {
    return contentDir;
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

  /** Records a fact of this version, for the comparison with other versions. */
  public void addFact(Fact fact) {
    facts.add(fact);
  }

  public List<Fact> facts() {
    return List.copyOf(facts);
  }

  /**
   * A cache shared by the versions built in one run: a kind may keep parse results here, keyed
   * by everything they depend on, so an unchanged file is parsed once for all versions.
   */
  public Map<Object, Object> cache() {
    return cache;
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
