package handbook.source;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A project in one of its translations: its files, each read from its translation where there is
 * one ({@code docs/intro.md} from {@code i18n/fr/docusaurus-plugin-content-docs/current/intro.md}),
 * without the folder that holds the translations. Each file is named where it is read from
 * ({@link #origin}): messages and edit links name the translated file. A translation of no file of
 * the project is named ({@link SourceTree.Refused}) and not shown, as Docusaurus builds only the
 * translations of its own files.
 */
public final class TranslatedTree implements RenamedTree {
  private final SourceTree project;
  /** The project's folders that are translated, each to the folder of its translations ({@code docs/} to {@code i18n/fr/docusaurus-plugin-content-docs/current/}). */
  private final Map<String, String> folders;
  /** The folder of every language's translations ({@code i18n/}), shown in none. */
  private final String hidden;
  private final String code;
  /** Files of the translations that are no file of the project's ({@code options.json} of a blog's translations). */
  private final Set<String> skipped;
  /** By the paths shown, where their translations are; read by {@link #inTree} after a listing. */
  private volatile Map<String, String> translated = Map.of();

  /**
   * @param folders each folder of the project that is translated (ending in {@code /}) and the folder of its translations
   * @param hidden the folder of the translations of every language ({@code i18n/})
   * @param code what messages call the language ({@code fr})
   * @param skipped files of the translations that are not shown (a blog's translated {@code options.json})
   */
  public TranslatedTree(SourceTree project, Map<String, String> folders, String hidden, String code, Set<String> skipped) {
    if (!hidden.endsWith("/") || folders.entrySet().stream().anyMatch(e -> !e.getKey().endsWith("/") || !e.getValue().startsWith(hidden) || e.getKey().startsWith(hidden))) {
      throw new IllegalArgumentException(folders + ", " + hidden);
    }
    this.project = project;
    this.folders = Map.copyOf(folders);
    this.hidden = hidden;
    this.code = code;
    this.skipped = Set.copyOf(skipped);
  }

  @Override
  public Listing listing() throws IOException {
    Listing all = project.listing();
    Set<String> present = new HashSet<>(all.files());
    Map<String, String> found = new HashMap<>();
    Set<String> used = new HashSet<>();
    List<String> files = new ArrayList<>();
    for (String f : all.files()) {
      if (f.startsWith(hidden)) {
        continue;
      }
      files.add(f);
      for (Map.Entry<String, String> e : folders.entrySet()) {
        if (f.startsWith(e.getKey())) {
          String translation = e.getValue() + f.substring(e.getKey().length());
          if (present.contains(translation)) {
            found.put(f, translation);
            used.add(translation);
          }
          break;
        }
      }
    }
    // a file only the translations have: an image of a translated page is shown beside it, a
    // page is named (Docusaurus builds the translations of the project's pages, no others)
    List<Refused> refused = new ArrayList<>();
    for (String f : all.files()) {
      if (used.contains(f) || skipped.contains(f)) {
        continue;
      }
      for (Map.Entry<String, String> e : folders.entrySet()) {
        if (f.startsWith(e.getValue())) {
          String shown = e.getKey() + f.substring(e.getValue().length());
          if (handbook.content.Urls.isMarkdown(f)) {
            refused.add(
                new Refused(f, "source.untranslated", false, "the `" + code + "` translation of `" + shown + "` is not built: the project has no such page",
                    "a page's translation has the path its page has, under the folder of the translations"));
          } else {
            found.put(shown, f);
            files.add(shown);
          }
          break;
        }
      }
    }
    files.sort(null);
    translated = Map.copyOf(found);
    // what the project's listing left out its own build names
    return new Listing(files, refused);
  }

  /** The translation a tree shows (itself, or one a tree it shows in other places shows), or null. */
  public static TranslatedTree of(SourceTree tree) {
    for (SourceTree t = tree; t != null; t = t instanceof RenamedTree r ? r.tree() : null) {
      if (t instanceof TranslatedTree found) {
        return found;
      }
    }
    return null;
  }

  /** Whether a file shown here is read from its translation. */
  public boolean isTranslated(String path) {
    return translated.containsKey(path);
  }

  @Override
  public SourceTree tree() {
    return project;
  }

  @Override
  public String inTree(String path) {
    return translated.getOrDefault(path, path);
  }

  /** A file shown here is untranslated where it is not read from its translation. */
  @Override
  public boolean untranslated(String path) {
    return !isTranslated(path);
  }
}
