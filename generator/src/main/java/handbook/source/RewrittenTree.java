package handbook.source;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * A tree whose pages in one folder are shown at other paths in it (VitePress' {@code rewrites}):
 * {@code rewrite} gives a page's path in the folder from its file's there, or null where it
 * stays. A page is not moved onto a path another file has or another page is moved to, nor onto
 * one that is no page's ({@code page}) or leaves the folder: it stays where it is, and that is
 * said in the listing ({@link SourceTree.Refused}, a warning of {@code code}). Each file is named
 * by where it is in the tree ({@link #origin}).
 */
public final class RewrittenTree implements RenamedTree {
  private final SourceTree tree;
  private final String folder;
  private final Object rules;
  private final UnaryOperator<String> rewrite;
  private final java.util.function.Predicate<String> page;
  private final String code;
  /** The tree's listing last shown, what was shown of it, and the moves it made (both ways). */
  private Listing lastTree;
  private Listing lastShown;
  private Map<String, String> toTree = Map.of();
  private Map<String, String> fromTree = Map.of();

  /**
   * @param folder the folder of the pages, ending in {@code /}
   * @param rules what {@code rewrite} is made from: two trees with equal rules show the same paths
   * @param rewrite a page's path in the folder from its file's, or null (a file that is no page gets null too)
   * @param page whether a path in the folder is a page's: a page is moved to no other
   * @param code the code of the warnings of pages that stay where they are
   */
  public RewrittenTree(SourceTree tree, String folder, Object rules, UnaryOperator<String> rewrite, java.util.function.Predicate<String> page, String code) {
    this.tree = tree;
    this.folder = folder;
    this.rules = rules;
    this.rewrite = rewrite;
    this.page = page;
    this.code = code;
  }

  /**
   * What {@code rewrite} gives for a page a rule matches but cannot move: why (after the page's
   * path in the message) and what to do; the page stays, and the warning says so.
   */
  public static String unmade(String why, String hint) {
    return UNMADE + why + UNMADE + hint;
  }

  /** What starts (and splits) {@link #unmade}'s text: no path holds it. */
  private static final String UNMADE = "\0";

  /** Whether this shows {@code other} with these rules: a tree that can be kept from one build to the next. */
  public boolean shows(SourceTree other, Object otherRules) {
    return tree == other && rules.equals(otherRules);
  }

  @Override
  public synchronized Listing listing() throws IOException {
    Listing all = tree.listing();
    if (all == lastTree) {
      return lastShown;
    }
    Set<String> present = new HashSet<>(all.files());
    Map<String, String> moves = new TreeMap<>();
    // the moves not made: why, and what to do
    Map<String, String[]> notMade = new TreeMap<>();
    for (String f : all.files()) {
      String to = f.startsWith(folder) ? rewrite.apply(f.substring(folder.length())) : null;
      if (to == null || (folder + to).equals(f)) {
        continue;
      }
      if (to.startsWith(UNMADE)) {
        String[] why = to.substring(UNMADE.length()).split(UNMADE, 2);
        notMade.put(f, new String[] {"`" + f.substring(folder.length()) + "` " + why[0], why.length > 1 ? why[1] : null});
        continue;
      }
      if (!page.test(to) || to.equals("..") || to.startsWith("../") || to.contains("/../") || to.endsWith("/..") || to.startsWith("/")) {
        notMade.put(
            f,
            new String[] {
              "`" + f.substring(folder.length()) + "` is not published at `" + to + "`, where the config's `rewrites` put it: that is no page's path in `" + folder + "`; it is published at its own path",
              "give the rule a destination in the folder that names a page, as its key does"
            });
      } else {
        moves.put(f, folder + to);
      }
    }
    // a move onto a path that stays taken (by a file not moved, by a page moved before it in
    // path order) is not made: its page stays, and the moves onto its own path are looked at again
    Set<String> staying = new HashSet<>(present);
    staying.removeAll(moves.keySet());
    Map<String, List<String>> byDestination = new HashMap<>();
    moves.forEach((f, to) -> byDestination.computeIfAbsent(to, k -> new ArrayList<>()).add(f));
    java.util.ArrayDeque<String> queue = new java.util.ArrayDeque<>(new java.util.TreeSet<>(byDestination.keySet()));
    while (!queue.isEmpty()) {
      String to = queue.poll();
      List<String> claims = byDestination.get(to);
      boolean stays = staying.contains(to);
      for (int i = stays ? 0 : 1; i < claims.size(); i++) {
        String f = claims.get(i);
        notMade.put(
            f,
            new String[] {
              "`" + f.substring(folder.length()) + "` is not published at `" + to.substring(folder.length()) + "`, where the config's `rewrites` put it: "
                  + (stays ? "that is the path of a file of its own" : "`" + claims.get(0).substring(folder.length()) + "` is published there")
                  + "; it is published at its own path",
              "give each page a path of its own"
            });
        moves.remove(f);
        staying.add(f);
        if (byDestination.containsKey(f)) {
          queue.add(f);
        }
      }
      claims.subList(stays ? 0 : Math.min(1, claims.size()), claims.size()).clear();
    }
    List<Refused> refused = new ArrayList<>(all.refused());
    notMade.forEach((f, why) -> refused.add(new Refused(tree.origin(f), code, false, why[0], why[1])));
    Map<String, String> back = new HashMap<>();
    Map<String, String> forth = new HashMap<>();
    moves.forEach((f, to) -> {
      back.put(to, f);
      forth.put(f, to);
    });
    List<String> files = new ArrayList<>();
    for (String f : all.files()) {
      files.add(forth.getOrDefault(f, f));
    }
    files.sort(null);
    toTree = back;
    fromTree = forth;
    lastShown = new Listing(files, refused);
    lastTree = all;
    return lastShown;
  }

  @Override
  public SourceTree tree() {
    return tree;
  }

  @Override
  public synchronized String inTree(String path) {
    if (lastTree == null) {
      try {
        listing();
      } catch (IOException e) {
        return path;
      }
    }
    return toTree.getOrDefault(path, path);
  }

  /** A map by the paths of the tree this shows (for a {@link MovedFolder}, by its tree's) by the paths shown here. */
  public synchronized <V> Map<String, V> shown(Map<String, V> byPath) {
    Map<String, V> inner = tree instanceof MovedFolder moved ? moved.shown(byPath) : byPath;
    Map<String, V> out = new TreeMap<>();
    inner.forEach((path, v) -> out.put(fromTree.getOrDefault(path, path), v));
    return out;
  }
}
