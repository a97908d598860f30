package handbook.render;

import handbook.cache.Keys;
import handbook.content.NavTree;
import handbook.content.PageInfo;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The navigation views of one page: sidebar, breadcrumbs, tabs, previous/next, with hrefs
 * relative to that page. The sidebar is pruned: it shows the page's top-level section, opened
 * along the path to the page only, and a long list only around the entry on that path (the
 * section's page lists all of its pages), so a page's size does not grow with the site. Without
 * tabs (an MkDocs theme without them), the sidebar holds the whole menu, pruned the same way. A
 * group of the menu (no page of its own) is a title over its entries, open where it or the list
 * it is in is on the path to the page (else it leads to its first page); a tab or a breadcrumb of
 * a group leads to its first page, or is its title alone. A link of the menu leads
 * to its address as written.
 */
public final class Navigation {
  /** A list longer than this is cut to a window around the entry on the path. */
  static final int LONG = 15;
  /** Entries shown on each side of the entry on the path in a cut list. */
  static final int WINDOW = 3;

  private final NavTree tree;
  private final Map<String, String> moreLabel;
  private final Map<String, String> childrenKeys = new ConcurrentHashMap<>();
  private final Map<String, Above> aboveKeys = new ConcurrentHashMap<>();
  private final boolean tabs;

  /** @param strings the UI strings; {@code nav.more} is the label of a cut list's link ({0}: how many pages) */
  public Navigation(NavTree tree, Map<String, String> strings) {
    this(tree, strings, true);
  }

  /** @param tabs whether the top-level sections are tabs; else the sidebar holds them all */
  public Navigation(NavTree tree, Map<String, String> strings, boolean tabs) {
    this.tree = tree;
    this.moreLabel = strings;
    this.tabs = tabs;
  }

  public List<NavLink> tabs(String url, Function<String, String> href) {
    if (!tabs) {
      return List.of();
    }
    PageInfo top = tree.topSection(url);
    List<NavLink> out = new ArrayList<>();
    for (PageInfo p : tree.children("")) {
      PageInfo first = tree.first(p.url());
      if (NavTree.isLink(p)) {
        out.add(new NavLink(p.title(), linked(p, href), false));
      } else if (first != null) {
        out.add(new NavLink(p.title(), href.apply(first.url()), top != null && top.url().equals(p.url())));
      }
    }
    return out;
  }

  public List<NavLink> breadcrumbs(String url, Function<String, String> href) {
    List<NavLink> out = new ArrayList<>();
    for (PageInfo p : tree.ancestors(url)) {
      out.add(new NavLink(p.title(), NavTree.isGroup(p) ? null : href.apply(p.url()), false));
    }
    return out;
  }

  public NavLink prev(String url, Function<String, String> href) {
    PageInfo p = tree.previous(url);
    return p == null ? null : new NavLink(pagerLabel(p), href.apply(p.url()), false);
  }

  public NavLink next(String url, Function<String, String> href) {
    PageInfo p = tree.next(url);
    return p == null ? null : new NavLink(pagerLabel(p), href.apply(p.url()), false);
  }

  /** A page's name in the previous and next links: its {@code pagination_label} (Docusaurus'), else its name in the menu. */
  public static String pagerLabel(PageInfo p) {
    return p.extra().get("pagination_label") instanceof String label && !label.isBlank() ? label.strip() : p.linkTitle() != null ? p.linkTitle() : p.title();
  }

  /** Where a link of the menu leads: its address as written, or a page of the site ({@code /api/x/}) from this page. */
  public static String linked(PageInfo link, Function<String, String> href) {
    String h = NavTree.href(link);
    if (!h.startsWith("/") || h.startsWith("//")) {
      return h;
    }
    // (its query and fragment as they are)
    int cut = h.replaceFirst("[?#].*", "").length();
    return href.apply(h.substring(1, cut)) + h.substring(cut);
  }

  /** The title of the page's top-level section, or null. */
  public String section(String url) {
    if (!tabs) {
      return null;
    }
    PageInfo top = tree.topSection(url);
    return top == null ? null : top.title();
  }

  public List<NavItem> sidebar(String url, Function<String, String> href) {
    PageInfo top = tabs ? tree.topSection(url) : tree.page("");
    if (top == null) {
      return List.of();
    }
    Set<String> path = new HashSet<>();
    for (PageInfo p : tree.ancestors(url)) {
      path.add(p.url());
    }
    path.add(url);
    return items(top.url(), url, path, href, true);
  }

  /**
   * The entries under {@code parent}: those on the path open; a group open where it is on the
   * path or its list is ({@code listOnPath}), else closed, leading to its first page (so that a
   * page shows the groups of the lists on its way, not every group under them).
   */
  private List<NavItem> items(String parent, String current, Set<String> path, Function<String, String> href, boolean listOnPath) {
    List<PageInfo> children = tree.children(parent);
    int from = 0;
    int to = children.size();
    if (children.size() > LONG) {
      int at = -1;
      for (int i = 0; i < children.size(); i++) {
        if (path.contains(children.get(i).url())) {
          at = i;
          break;
        }
      }
      from = at < 0 ? 0 : Math.max(0, at - WINDOW);
      to = at < 0 ? 2 * WINDOW + 1 : Math.min(children.size(), at + WINDOW + 1);
    }
    List<NavItem> out = new ArrayList<>();
    String all = moreLabel.getOrDefault("nav.more", "All {0} pages").replace("{0}", Integer.toString(children.size()));
    for (PageInfo c : children.subList(from, to)) {
      if (NavTree.isGroup(c)) {
        if (listOnPath || path.contains(c.url())) {
          out.add(new NavItem(c.title(), null, false, true, true, false, items(c.url(), current, path, href, path.contains(c.url()))));
        } else {
          PageInfo first = tree.first(c.url());
          out.add(new NavItem(c.title(), first == null ? null : href.apply(first.url()), false, false, true, false, List.of()));
        }
        continue;
      }
      if (NavTree.isLink(c)) {
        out.add(new NavItem(c.title(), linked(c, href), false, false, false, false, List.of()));
        continue;
      }
      boolean hasChildren = !tree.children(c.url()).isEmpty();
      boolean open = path.contains(c.url());
      List<NavItem> kids = hasChildren && open ? items(c.url(), current, path, href, true) : List.of();
      out.add(new NavItem(c.title(), href.apply(c.url()), c.url().equals(current), open, hasChildren, false, kids));
    }
    // one link to the whole list, after the window, however it was cut
    if (from > 0 || to < children.size()) {
      // (a group's: the page of the section it is in, which lists its pages with the others)
      String lister = parent;
      for (int guard = 0; guard < 100 && tree.page(lister) != null && NavTree.isGroup(tree.page(lister)) && tree.page(lister).parentUrl() != null; guard++) {
        lister = tree.page(lister).parentUrl();
      }
      out.add(new NavItem(all, href.apply(lister), false, false, false, true, List.of()));
    }
    return out;
  }

  /**
   * A fingerprint of everything the navigation of a page shows: the tabs, the page's ancestors
   * and the lists of entries along its path, its own children, previous and next. Two builds with
   * the same key show the same navigation on that page.
   */
  public String key(String url) {
    List<PageInfo> ancestors = tree.ancestors(url);
    Set<String> path = new HashSet<>();
    path.add(url);
    ancestors.forEach(a -> path.add(a.url()));
    Keys.Builder b = new Keys.Builder().add(above(url, ancestors, path));
    b.add(url);
    listed(b, url, path, true);
    PageInfo prev = tree.previous(url);
    PageInfo next = tree.next(url);
    b.add(prev == null ? "" : prev.url() + "\u0000" + pagerLabel(prev));
    b.add(next == null ? "" : next.url() + "\u0000" + pagerLabel(next));
    return b.build();
  }

  /**
   * The key of what a page's navigation shows above its own entry: the tabs, its ancestors and
   * their lists. The same for the pages of one list (made once for them, kept by their parent):
   * which groups are open depends on the path to the page, and a page that is no group opens
   * none but those of its ancestors.
   */
  private String above(String url, List<PageInfo> ancestors, Set<String> path) {
    PageInfo own = tree.page(url);
    if (own == null || NavTree.isGroup(own) || ancestors.isEmpty()) {
      return above(ancestors, path);
    }
    Above known = aboveKeys.get(ancestors.get(ancestors.size() - 1).url());
    if (known != null && sameObjects(known.ancestors(), ancestors)) {
      return known.key();
    }
    Set<String> ancestorsPath = new HashSet<>(path);
    ancestorsPath.remove(url);
    String key = above(ancestors, ancestorsPath);
    aboveKeys.put(ancestors.get(ancestors.size() - 1).url(), new Above(ancestors, key));
    return key;
  }

  private String above(List<PageInfo> ancestors, Set<String> path) {
    Keys.Builder b = new Keys.Builder().add(tabs ? "tabs" : "tree");
    listed(b, "", path, true);
    for (PageInfo a : ancestors) {
      b.add(a.url()).add(a.title());
      listed(b, a.url(), path, true);
    }
    return b.build();
  }

  private static boolean sameObjects(List<PageInfo> a, List<PageInfo> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i) != b.get(i)) {
        return false;
      }
    }
    return true;
  }

  /** The key above the pages of a list, and the ancestors it was made for. */
  private record Above(List<PageInfo> ancestors, String key) {}

  /** The entries under {@code parent}, and under the groups among them that are open (else the first page a closed one leads to), as {@link #items} shows them. */
  private void listed(Keys.Builder b, String parent, Set<String> path, boolean listOnPath) {
    b.add(children(parent));
    for (PageInfo c : tree.children(parent)) {
      if (NavTree.isGroup(c)) {
        if (listOnPath || path.contains(c.url())) {
          listed(b, c.url(), path, path.contains(c.url()));
        } else {
          PageInfo first = tree.first(c.url());
          b.add(first == null ? "" : first.url());
        }
      }
    }
  }

  private String children(String parent) {
    if (tree.children(parent).isEmpty()) {
      return ""; // most pages: no children, no digest to make
    }
    return childrenKeys.computeIfAbsent(parent, p -> {
      Keys.Builder b = new Keys.Builder();
      for (PageInfo c : tree.children(p)) {
        b.add(c.url()).add(c.title()).add(c.description()).add(NavTree.isLink(c) ? NavTree.href(c) : tree.children(c.url()).isEmpty() ? "leaf" : "section");
      }
      return b.build();
    });
  }
}
