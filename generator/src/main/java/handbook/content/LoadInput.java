package handbook.content;

import handbook.cache.ParseMemo;
import handbook.diag.Diagnostics;
import handbook.markdown.MarkdownEngine;
import handbook.source.SourceFile;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What a content kind gets to load its pages. */
public interface LoadInput {
  SiteSettings site();

  /** The kind's own text sources (the files it claims), sorted by path. */
  List<SourceFile> sources();

  /** Paths (content-relative) of the files published as they are: images, downloads, data. */
  List<String> assets();

  /** Whether any file of the content folder has this path. */
  boolean exists(String path);

  /** The paths of every file of the content folder, of every kind and the assets. */
  java.util.Set<String> files();

  /**
   * Any file of the content folder as text (decoded and checked like a source), or null when
   * there is none or it is not UTF-8 (reported). For files a kind reads beyond its own sources
   * (a spec's {@code $ref}s).
   */
  SourceFile read(String path);

  /**
   * The content folder on disk, for a parser that reads referenced files itself (swagger-parser
   * and {@code $ref}): the folder itself, or for a version from git a copy made on first call.
   */
  Path onDisk();

  MarkdownEngine markdown();

  /** The UI strings of the site's language, every kind's included. */
  Map<String, String> strings();

  /** The time of the build (SOURCE_DATE_EPOCH, or when it started). */
  java.time.Instant buildTime();

  /** The day of the build (SOURCE_DATE_EPOCH, or today), in UTC. */
  default LocalDate buildDate() {
    return LocalDate.ofInstant(buildTime(), java.time.ZoneOffset.UTC);
  }

  /** Whether the build was asked to treat this kind's soft problems as errors ({@code --strict-runbooks}). */
  boolean strict();

  /** Where this kind's problems go. */
  Diagnostics diagnostics();

  /** How messages name the content folder ({@code content}): a file at {@code docs/x.md} is shown as {@code content/docs/x.md}. */
  String contentName();

  /** Where a content path's file is in the content folder (an MkDocs project's docs_dir for {@code docs/}), for messages. */
  default String origin(String path) {
    return path;
  }

  /** The variables an MkDocs config's {@code !ENV} values are read from. */
  default Map<String, String> environment() {
    return Map.of();
  }

  /** The languages the site is built in, its default one first, where it is built in several; else empty. */
  default java.util.List<handbook.config.SiteLocale> languages() {
    return java.util.List.of();
  }

  /** Which of {@link #languages} this build is of; null where the site is built in one. */
  default handbook.config.SiteLocale language() {
    return null;
  }

  /**
   * The messages of a file of the translations a site in another language is built with
   * ({@link handbook.config.DocusaurusTranslations#DOCS}), by key; empty for the default language.
   */
  default Map<String, String> labels(String file) {
    return Map.of();
  }

  /** Parse results of unchanged files, from earlier builds and other versions. */
  ParseMemo memo();
}
