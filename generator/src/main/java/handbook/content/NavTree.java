package handbook.content;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The navigation: pages under their section pages, ordered by the site's nav list (top level),
 * then weight, then title in natural order ({@code Example 65} before {@code Example 649}). Gives
 * the sidebar, breadcrumbs and previous/next of a page. Pages are named here by their navigation
 * title ({@link PageInfo#navTitle()}). In an MkDocs project, pages of no weight are in MkDocs'
 * order instead of by title: a folder's files by name, then its folders by name. A group (kind
 * {@code group}: a tool's section of pages that is no folder) is an entry with pages under it and
 * no page of its own, a link (kind {@code link}) an entry that leads elsewhere: neither is in
 * previous/next, and a group with no page or link under it is left out.
 */
public final class NavTree {
  private final Map<String, PageInfo> pages = new HashMap<>();
  private final Map<String, List<PageInfo>> children = new HashMap<>();
  private final List<PageInfo> order = new ArrayList<>();
  private final Map<String, Integer> position = new HashMap<>();

  public NavTree(java.util.Collection<PageInfo> pageInfos, List<String> topOrder, Locale locale) {
    this(pageInfos, topOrder, locale, false);
  }

  /**
   * Makes the collator of a locale on a thread of its own, while the content loads: the JDK keeps
   * the one it made (a tree then gets a copy), and making it took 50 ms of the main thread at the
   * link phase, where the build waits for it (1,000 pages, interpreted code).
   */
  public static void prepareCollator(Locale locale) {
    Thread t = new Thread(() -> Collator.getInstance(locale), "handbook-collator");
    t.setDaemon(true);
    t.start();
  }

  /** @param byFileName whether pages of no weight are in MkDocs' order (files, then folders, by name), not by title */
  public NavTree(java.util.Collection<PageInfo> pageInfos, List<String> topOrder, Locale locale, boolean byFileName) {
    this(pageInfos, topOrder, locale, byFileName, false);
  }

  /**
   * @param byDate whether pages of the same weight are in Hugo's order: the newest first by their
   *     front matter's {@code date}, pages without one after them
   */
  public NavTree(java.util.Collection<PageInfo> pageInfos, List<String> topOrder, Locale locale, boolean byFileName, boolean byDate) {
    List<PageInfo> infos = pageInfos.stream().map(PageInfo::asNavEntry).toList();
    Collator collator = Collator.getInstance(locale);
    collator.setStrength(Collator.SECONDARY);
    Comparator<String> titles = new NaturalOrder(collator);
    for (PageInfo p : infos) {
      pages.put(p.url(), p);
    }
    for (PageInfo p : infos) {
      if (p.inNav() && p.parentUrl() != null && pages.containsKey(p.parentUrl())) {
        children.computeIfAbsent(p.parentUrl(), k -> new ArrayList<>()).add(p);
      }
    }
    Comparator<PageInfo> weights = Comparator.comparing((PageInfo p) -> p.weight() == null ? Integer.MAX_VALUE : p.weight());
    if (byDate) {
      // the newest first (a day's text sorts as the day: 2024-03-01 and 2024-03-01T10:00:00Z), without one last
      weights = weights.thenComparing((PageInfo p) -> day(p), Comparator.nullsLast(Comparator.<String>reverseOrder()));
    }
    Comparator<PageInfo> byWeight =
        byFileName
            ? weights.thenComparing((PageInfo p) -> p.kind().equals("section")).thenComparing(NavTree::fileName).thenComparing(PageInfo::url)
            : weights.thenComparing(PageInfo::title, titles).thenComparing(PageInfo::url);
    for (Map.Entry<String, List<PageInfo>> e : children.entrySet()) {
      Comparator<PageInfo> c = byWeight;
      if (e.getKey().isEmpty() && !topOrder.isEmpty()) {
        c = Comparator.comparing((PageInfo p) -> topRank(p, topOrder)).thenComparing(byWeight);
      }
      e.getValue().sort(c);
    }
    // a group with no page under it is no entry
    for (List<PageInfo> list : children.values()) {
      list.removeIf(p -> isGroup(p) && !holdsPage(p.url(), 0));
    }
    PageInfo home = pages.get("");
    if (home != null && home.inNav()) {
      walk(home);
    }
    for (PageInfo p : infos) {
      // top-level pages without a home still form a chain
      if (p.inNav() && p.parentUrl() == null && !p.url().isEmpty()) {
        walk(p);
      }
    }
    for (int i = 0; i < order.size(); i++) {
      position.put(order.get(i).url(), i);
    }
  }

  /** A page's front matter {@code date} where it starts with a day ({@code 2024-03-01...}), else null. */
  private static String day(PageInfo p) {
    Object d = p.extra().get("date");
    String s = d == null ? null : String.valueOf(d).strip();
    return s != null && s.matches("\\d{4}-\\d{2}-\\d{2}.*") ? s : null;
  }

  /** A page's file name, or a section's folder name, as MkDocs sorts them. */
  private static String fileName(PageInfo p) {
    String path = p.kind().equals("section") || p.source() == null ? p.url() : p.source();
    if (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private static int topRank(PageInfo p, List<String> topOrder) {
    String first = p.url().isEmpty() ? "" : p.url().substring(0, p.url().indexOf('/') < 0 ? p.url().length() : p.url().indexOf('/'));
    int i = topOrder.indexOf(first);
    return i < 0 ? topOrder.size() : i;
  }

  /** Whether a page is a group of the menu: no page of its own. */
  public static boolean isGroup(PageInfo p) {
    return p.kind().equals("group");
  }

  /** Whether a page is a link of the menu to another site: its {@code href}, no page of its own. */
  public static boolean isLink(PageInfo p) {
    return p.kind().equals("link");
  }

  /** The address a link of the menu leads to, or null for a page. */
  public static String href(PageInfo p) {
    return isLink(p) && p.extra().get("href") instanceof String h ? h : null;
  }

  private boolean holdsPage(String url, int depth) {
    return children(url).stream().anyMatch(c -> !isGroup(c) || depth < 100 && holdsPage(c.url(), depth + 1));
  }

  private final java.util.Set<String> visited = new java.util.HashSet<>();

  private void walk(PageInfo p) {
    if (!visited.add(p.url())) {
      return;
    }
    if (!isGroup(p) && !isLink(p)) {
      order.add(p);
    }
    for (PageInfo c : children(p.url())) {
      walk(c);
    }
  }

  public PageInfo page(String url) {
    return pages.get(url);
  }

  public List<PageInfo> children(String url) {
    return children.getOrDefault(url, List.of());
  }

  /** Ancestors from the top (home first) down to the parent of {@code url}. */
  public List<PageInfo> ancestors(String url) {
    List<PageInfo> out = new ArrayList<>();
    PageInfo p = pages.get(url);
    int guard = 0;
    while (p != null && p.parentUrl() != null && guard++ < 100) {
      p = pages.get(p.parentUrl());
      if (p != null) {
        out.add(p);
      }
    }
    Collections.reverse(out);
    return out;
  }

  public PageInfo previous(String url) {
    Integer i = position.get(url);
    return i == null || i == 0 ? null : order.get(i - 1);
  }

  public PageInfo next(String url) {
    Integer i = position.get(url);
    return i == null || i + 1 >= order.size() ? null : order.get(i + 1);
  }

  /** The top-level section a page belongs to (a child of home), or null for home itself. */
  public PageInfo topSection(String url) {
    List<PageInfo> chain = ancestors(url);
    PageInfo self = pages.get(url);
    List<PageInfo> path = new ArrayList<>(chain);
    if (self != null) {
      path.add(self);
    }
    for (PageInfo p : path) {
      if (p.parentUrl() != null && p.parentUrl().isEmpty()) {
        return p;
      }
    }
    return null;
  }

  /** The first page at or under an entry in previous/next order (a group's first page), or null. */
  public PageInfo first(String url) {
    PageInfo p = pages.get(url);
    if (p != null && !isGroup(p)) {
      return isLink(p) ? null : p;
    }
    for (PageInfo c : children(url)) {
      PageInfo f = first(c.url());
      if (f != null) {
        return f;
      }
    }
    return null;
  }

  /** The pages in previous/next order. */
  public List<PageInfo> order() {
    return Collections.unmodifiableList(order);
  }
}
