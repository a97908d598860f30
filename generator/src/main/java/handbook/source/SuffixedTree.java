package handbook.source;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A project in one of its languages where a file's translation is named by a suffix
 * ({@code about.fr.md} for {@code about.md}, as MkDocs' i18n plugin keeps them): under
 * {@code folder}, each file of the language's suffix is shown without it, in its original's place;
 * the files of the other languages' suffixes are not shown; a file of no suffix is shown where the
 * language has no translation of it (and, for a language other than the default one, a page only
 * where {@code fallback} says so). Each file is named where it is read from ({@link #origin}).
 */
public final class SuffixedTree implements RenamedTree {
  private final SourceTree project;
  private final String folder;
  private final String code;
  private final Set<String> codes;
  private final String main;
  private final boolean fallback;
  /** By the paths shown, where they are read from; read by {@link #inTree} after a listing. */
  private volatile Map<String, String> renamed = Map.of();
  /** The project's listing last shown, and what was shown of it: the same object while the project's is (serve). */
  private Listing lastAll;
  private Listing lastShown;

  /**
   * @param folder the folder of the pages ({@code docs/}), ending in {@code /}
   * @param code the language shown ({@code fr})
   * @param codes every language's code, the default one's too
   * @param main the default language's code, one of {@code codes}
   * @param fallback whether a page of no suffix is shown where the language has no translation of it
   */
  public SuffixedTree(SourceTree project, String folder, String code, Set<String> codes, String main, boolean fallback) {
    if (!folder.endsWith("/") || !codes.contains(code) || !codes.contains(main)) {
      throw new IllegalArgumentException(folder + ", " + code + ", " + codes + ", " + main);
    }
    this.main = main;
    this.project = project;
    this.folder = folder;
    this.code = code;
    this.codes = Set.copyOf(codes);
    this.fallback = fallback;
  }

  /** The language of a path's suffix ({@code fr} of {@code docs/about.fr.md}), one of {@code codes}; or null. */
  public static String suffix(String path, Set<String> codes) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    int ext = name.lastIndexOf('.');
    int dot = ext <= 0 ? -1 : name.lastIndexOf('.', ext - 1);
    if (dot <= 0) {
      return null;
    }
    String lang = name.substring(dot + 1, ext);
    return codes.contains(lang) ? lang : null;
  }

  /** A path without its language's suffix. */
  private static String unsuffixed(String path, String lang) {
    int ext = path.lastIndexOf('.');
    return path.substring(0, ext - lang.length() - 1) + path.substring(ext);
  }

  /** Whether this shows {@code other} as a tree made with these arguments would: a tree that can be kept from one build to the next. */
  public boolean shows(SourceTree other, String otherFolder, String otherCode, Set<String> otherCodes, String otherMain, boolean otherFallback) {
    return project == other && folder.equals(otherFolder) && code.equals(otherCode) && codes.equals(otherCodes) && main.equals(otherMain) && fallback == otherFallback;
  }

  @Override
  public synchronized Listing listing() throws IOException {
    Listing all = project.listing();
    if (all == lastAll) {
      return lastShown;
    }
    Map<String, String> shown = new HashMap<>();
    for (String f : all.files()) {
      if (!f.startsWith(folder)) {
        shown.put(f, f);
        continue;
      }
      String lang = suffix(f, codes);
      if (lang == null) {
        if (fallback || !handbook.content.Urls.isMarkdown(f)) {
          shown.putIfAbsent(f, f);
        }
      } else if (lang.equals(code)) {
        shown.put(unsuffixed(f, lang), f);
      }
    }
    Shown listed = Shown.of(shown, all.refused());
    renamed = listed.renamed();
    lastAll = all;
    lastShown = listed.listing();
    return lastShown;
  }

  @Override
  public SourceTree tree() {
    return project;
  }

  @Override
  public String inTree(String path) {
    return renamed.getOrDefault(path, path);
  }

  /** A page of another language than the default one is untranslated where it is read from no file of its suffix. */
  @Override
  public boolean untranslated(String path) {
    return !code.equals(main) && path.startsWith(folder) && suffix(inTree(path), Set.of(code)) == null;
  }
}
