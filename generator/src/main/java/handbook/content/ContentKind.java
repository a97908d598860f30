package handbook.content;

import handbook.diag.Diagnostics;
import handbook.yaml.YamlFields;
import java.util.List;
import java.util.Set;

/**
 * One kind of content (docs, checklist, API reference, course, runbooks): a plug-in. It names
 * the files it reads and the {@code site.yaml} section it owns, loads its pages into an
 * immutable {@link Loaded}, and after every kind has loaded may add what needs all of them.
 * Adding a kind means writing one of these and listing it where the site's kinds are made; the
 * pipeline, the config parser, the scanner, search and the changes page do not change.
 *
 * @param <S> the kind's settings, read from its {@code site.yaml} section
 */
public interface ContentKind<S> {
  /** The kind's name: its {@code site.yaml} key, its namespace in the cache. */
  String name();

  /** Whether a content file ({@code docs/ops/backup.md}) is one of this kind's text sources. */
  boolean claims(String path);

  /**
   * Reads the kind's {@code site.yaml} section ({@code null} when the file has none); problems
   * are diagnostics at their lines. The settings must be a value with a stable {@code toString}:
   * it is part of what cached results depend on.
   */
  S settings(YamlFields section, SiteSettings site, Diagnostics diags);

  /** Fenced-block directives this kind provides to every Markdown page. */
  default Set<String> directiveNames() {
    return Set.of();
  }

  /**
   * Labels of this kind: UI strings of its pages ({@code runbooks.title}), the names of its search
   * result kinds ({@code kind.runbook}) and of its change groups ({@code changes.group.runbooks}).
   * By default the {@code strings-<language>.properties} resource beside the kind's class.
   */
  default java.util.Map<String, String> strings(String language) {
    return Strings.resource(getClass(), language);
  }

  /** The groups of {@link Fact}s this kind records, in the order the changes page shows them. */
  default List<String> factGroups() {
    return List.of();
  }

  /** Reads this kind's sources. */
  Loaded load(LoadInput in, S settings);

  /**
   * Runs once every kind has loaded, with what all of them made: for what needs the whole site
   * (the pages that mention an API operation). Returns this kind's final contribution.
   */
  default Loaded allLoaded(Loaded own, AllContent all, LoadInput in, S settings) {
    return own;
  }
}
