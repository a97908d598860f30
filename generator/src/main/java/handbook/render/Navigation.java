package handbook.render;

import handbook.content.NavTree;
import handbook.content.PageInfo;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The navigation views of one page: sidebar, breadcrumbs, tabs, previous/next, with hrefs
 * relative to that page. The sidebar shows the page's top-level section, opened along the path
 * to the page, so its size does not grow with the whole site.
 */
public final class Navigation {
  private final NavTree tree;

  public Navigation(NavTree tree) {
    this.tree = tree;
  }

  public List<NavLink> tabs(String url, Function<String, String> href) {
    PageInfo top = tree.topSection(url);
    List<NavLink> out = new ArrayList<>();
    for (PageInfo p : tree.children("")) {
      out.add(new NavLink(p.title(), href.apply(p.url()), top != null && top.url().equals(p.url())));
    }
    return out;
  }

  public List<NavLink> breadcrumbs(String url, Function<String, String> href) {
    List<NavLink> out = new ArrayList<>();
    for (PageInfo p : tree.ancestors(url)) {
      out.add(new NavLink(p.title(), href.apply(p.url()), false));
    }
    return out;
  }

  public NavLink prev(String url, Function<String, String> href) {
    PageInfo p = tree.previous(url);
    return p == null ? null : new NavLink(p.title(), href.apply(p.url()), false);
  }

  public NavLink next(String url, Function<String, String> href) {
    PageInfo p = tree.next(url);
    return p == null ? null : new NavLink(p.title(), href.apply(p.url()), false);
  }

  /** The title of the page's top-level section, or null. */
  public String section(String url) {
    PageInfo top = tree.topSection(url);
    return top == null ? null : top.title();
  }

  public List<NavItem> sidebar(String url, Function<String, String> href) {
    PageInfo top = tree.topSection(url);
    if (top == null) {
      return List.of();
    }
    Set<String> path = new HashSet<>();
    for (PageInfo p : tree.ancestors(url)) {
      path.add(p.url());
    }
    path.add(url);
    return items(top.url(), url, path, href);
  }

  private List<NavItem> items(String parent, String current, Set<String> path, Function<String, String> href) {
    List<NavItem> out = new ArrayList<>();
    for (PageInfo c : tree.children(parent)) {
      boolean hasChildren = !tree.children(c.url()).isEmpty();
      boolean open = path.contains(c.url());
      List<NavItem> kids = hasChildren && open ? items(c.url(), current, path, href) : List.of();
      out.add(new NavItem(c.title(), href.apply(c.url()), c.url().equals(current), open, hasChildren, kids));
    }
    return out;
  }
}
