package handbook.source;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A project in one of its languages where each language's pages are in a folder of their own
 * ({@code src/content/docs/fr/about.md} for {@code src/content/docs/about.md}, as Starlight keeps
 * them): under {@code pages}, the files of the language's folder are shown in their originals'
 * places, the other languages' folders are not shown, and the default language's files (those in
 * no language's folder, or in its own) are shown where the language has none of its own (a page
 * only where {@code fallback} says so). Each file is named where it is read from ({@link #origin}).
 */
public final class LocaleFolderTree implements RenamedTree {
  private final SourceTree project;
  private final String pages;
  private final String own;
  private final String main;
  private final Set<String> folders;
  private final boolean fallback;
  /** By the paths shown, where they are read from; read by {@link #inTree} after a listing. */
  private volatile Map<String, String> renamed = Map.of();
  /** The project's listing last shown, and what was shown of it: the same object while the project's is (serve). */
  private Listing lastAll;
  private Listing lastShown;

  /**
   * @param pages the folder of the pages ({@code src/content/docs/}), ending in {@code /}; empty for the project's root
   * @param own the folder of the language shown, in {@code pages} ({@code fr/}); empty for pages at its root
   * @param main the default language's folder, in {@code pages}; empty for pages at its root
   * @param folders every language's folder in {@code pages} (the default one's too, where it has one)
   * @param fallback whether a page of the default language is shown where the language has none
   */
  public LocaleFolderTree(SourceTree project, String pages, String own, String main, Set<String> folders, boolean fallback) {
    if (!pages.isEmpty() && !pages.endsWith("/") || !own.isEmpty() && !folders.contains(own) || !main.isEmpty() && !folders.contains(main) || folders.stream().anyMatch(f -> !f.endsWith("/") || f.length() < 2)) {
      throw new IllegalArgumentException(pages + ", " + own + ", " + main + ", " + folders);
    }
    this.project = project;
    this.pages = pages;
    this.own = own;
    this.main = main;
    this.folders = Set.copyOf(folders);
    this.fallback = fallback;
  }

  /** Whether this shows {@code other} as a tree made with these arguments would: a tree that can be kept from one build to the next. */
  public boolean shows(SourceTree other, String otherPages, String otherOwn, String otherMain, Set<String> otherFolders, boolean otherFallback) {
    return project == other && pages.equals(otherPages) && own.equals(otherOwn) && main.equals(otherMain) && folders.equals(otherFolders) && fallback == otherFallback;
  }

  @Override
  public synchronized Listing listing() throws IOException {
    Listing all = project.listing();
    if (all == lastAll) {
      return lastShown;
    }
    Map<String, String> shown = new HashMap<>();
    boolean isMain = own.equals(main);
    for (String f : all.files()) {
      if (!f.startsWith(pages)) {
        shown.put(f, f);
        continue;
      }
      String rest = f.substring(pages.length());
      int slash = rest.indexOf('/');
      String folder = slash < 0 ? null : rest.substring(0, slash + 1);
      if (folder == null || !folders.contains(folder)) {
        // in no language's folder: the default language's, where its pages are at the root (else every language's)
        if (isMain || !main.isEmpty() || fallback || !handbook.content.Urls.isMarkdown(f)) {
          shown.putIfAbsent(f, f);
        }
      } else if (folder.equals(own)) {
        shown.put(pages + rest.substring(folder.length()), f);
      } else if (folder.equals(main) && (fallback || !handbook.content.Urls.isMarkdown(f))) {
        shown.putIfAbsent(pages + rest.substring(folder.length()), f);
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

  /** A page shown here is untranslated where it is not read from the language's own folder (the default language's never). */
  @Override
  public boolean untranslated(String path) {
    return !own.equals(main) && path.startsWith(pages) && !inTree(path).startsWith(pages + own);
  }
}
