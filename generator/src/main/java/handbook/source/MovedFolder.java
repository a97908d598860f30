package handbook.source;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A tree with one of its folders shown in another's place: an MkDocs project whose
 * {@code docs_dir} is {@code documentation/}, read as one whose docs are in {@code docs/}; or the
 * whole tree ({@code from} empty) shown in a folder, a VitePress project whose pages are at its
 * root read as one whose pages are in {@code docs/} (its {@code site.yaml}, Handbook's own, stays
 * at the root). The files of {@code from} are shown under {@code to}; the tree's own {@code to},
 * if it has one, is not shown. A VitePress project whose pages are in its {@code srcDir} keeps
 * its {@code .vitepress/} beside them ({@code kept}, shown at {@code to}'s {@code .vitepress/}).
 * Each file is named by where it is in the tree ({@link #origin}), so messages and edit links
 * name it there.
 */
public final class MovedFolder implements RenamedTree {
  private final SourceTree tree;
  private final String from;
  private final String to;
  /** A folder of the tree shown at {@link #keptAt} inside {@code to}, or null. */
  private final String kept;
  private final String keptAt;
  /** Files of the tree shown at other paths too, by those paths (outside {@code to}). */
  private final Map<String, String> also;
  /** The tree's listing last shown, and what was shown of it: the same object while the tree's is (serve). */
  private Listing lastTree;
  private Listing lastShown;

  /** @param from the folder shown, ending in {@code /}, or empty for the whole tree; @param to where it is shown, ending in {@code /} */
  public MovedFolder(SourceTree tree, String from, String to) {
    this(tree, from, to, null);
  }

  /** @param kept a folder ({@code .vitepress/}, ending in {@code /}) shown at {@code to}'s {@code .vitepress/} too, or null */
  public MovedFolder(SourceTree tree, String from, String to, String kept) {
    this(tree, from, to, kept, Map.of());
  }

  /** @param also files of the tree ({@code openapi.json}) shown at other paths too ({@code api/openapi.json}), by those paths */
  public MovedFolder(SourceTree tree, String from, String to, String kept, Map<String, String> also) {
    if (also.keySet().stream().anyMatch(p -> p.startsWith(to) || p.endsWith("/"))) {
      throw new IllegalArgumentException(also.toString());
    }
    if (!(from.isEmpty() || from.endsWith("/")) || !to.endsWith("/") || (from.equals(to) && kept == null) || (kept != null && (!kept.endsWith("/") || kept.startsWith(from) && !from.equals(to)))) {
      throw new IllegalArgumentException(from + " -> " + to + ", " + kept);
    }
    this.tree = tree;
    this.from = from;
    this.to = to;
    this.kept = kept;
    this.keptAt = kept == null ? null : to + kept.substring(kept.lastIndexOf('/', kept.length() - 2) + 1);
    this.also = Map.copyOf(also);
  }

  /** Whether this shows {@code tree}'s {@code from} at {@code to}: a tree that can be kept from one build to the next. */
  public boolean shows(SourceTree other, String otherFrom, String otherTo, String otherKept, Map<String, String> otherAlso) {
    return tree == other && from.equals(otherFrom) && to.equals(otherTo) && java.util.Objects.equals(kept, otherKept) && also.equals(otherAlso);
  }

  /** Where a path of the tree is shown, or null when it is not. */
  public String shown(String path) {
    if (kept != null && path.startsWith(kept)) {
      return keptAt + path.substring(kept.length());
    }
    if (from.isEmpty() && path.equals(SITE)) {
      return path;
    }
    if (path.startsWith(from)) {
      String s = to + path.substring(from.length());
      return keptAt != null && s.startsWith(keptAt) ? null : s;
    }
    return path.startsWith(to) ? null : path;
  }

  /** A map by the tree's paths (the days of a git history) by the paths shown. */
  public <V> Map<String, V> shown(Map<String, V> byPath) {
    Map<String, V> out = new TreeMap<>();
    byPath.forEach((path, v) -> {
      String s = shown(path);
      if (s != null) {
        out.put(s, v);
      }
    });
    also.forEach((shownAt, path) -> {
      if (byPath.containsKey(path)) {
        out.put(shownAt, byPath.get(path));
      }
    });
    return out;
  }

  @Override
  public synchronized Listing listing() throws IOException {
    Listing all = tree.listing();
    if (all != lastTree) {
      List<String> files = new ArrayList<>();
      java.util.Set<String> there = new java.util.HashSet<>();
      for (String f : all.files()) {
        String s = shown(f);
        if (s != null) {
          files.add(s);
        }
        there.add(f);
      }
      also.forEach((shownAt, path) -> {
        if (there.contains(path) && !there.contains(shownAt)) {
          files.add(shownAt);
        }
      });
      files.sort(null);
      // what was left out is named by where it is in the tree
      lastShown = new Listing(files, all.refused().stream().filter(r -> shown(r.path()) != null).toList());
      lastTree = all;
    }
    return lastShown;
  }

  @Override
  public SourceTree tree() {
    return tree;
  }

  /** Handbook's own settings, at the root whatever is moved. */
  private static final String SITE = "site.yaml";

  @Override
  public String inTree(String path) {
    String aliased = also.get(path);
    if (aliased != null) {
      return aliased;
    }
    if (keptAt != null && path.startsWith(keptAt)) {
      return kept + path.substring(keptAt.length());
    }
    return path.startsWith(to) ? from + path.substring(to.length()) : path;
  }
}
