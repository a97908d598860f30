package handbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.content.NavTree;
import handbook.content.PageInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** A tool's groups of pages in the menu: entries with pages under them and no page of their own. */
class NavigationGroupsTest {
  private static PageInfo page(String url, String title, String parent, int weight) {
    return PageInfo.generated(url, title, parent, weight, true, "doc");
  }

  private static PageInfo group(String url, String title, String parent, int weight) {
    return PageInfo.generated(url, title, parent, weight, true, "group");
  }

  /** Home; a group of two pages; an empty group; a group of twenty pages; a page. */
  private static List<PageInfo> infos(String titleOfB) {
    List<PageInfo> infos = new ArrayList<>();
    infos.add(PageInfo.generated("", "Home", null, null, true, "home"));
    infos.add(group("#start", "Start", "", 1));
    infos.add(page("a/", "A", "#start", 1));
    infos.add(page("b/", titleOfB, "#start", 2));
    infos.add(group("#empty", "Empty", "", 2));
    infos.add(group("#big", "Big", "", 3));
    for (int i = 0; i < 20; i++) {
      infos.add(page(String.format("p%02d/", i), "P" + i, "#big", i + 1));
    }
    infos.add(page("c/", "C", "", 4));
    infos.add(PageInfo.generated("#code", "Code", "", 5, true, "link").withExtra("href", "https://example.org/code"));
    infos.add(PageInfo.generated("#more", "More", "#start", 3, true, "link").withExtra("href", "https://example.org/more"));
    return infos;
  }

  private static final Function<String, String> HREF = url -> "/" + url;

  @Test
  void aGroupHoldsItsPagesAndIsNoPageOfItsOwn() {
    NavTree tree = new NavTree(infos("B"), List.of(), Locale.ENGLISH);
    // an empty group is no entry; a group is in no previous/next
    assertEquals(List.of("#start", "#big", "c/", "#code"), tree.children("").stream().map(PageInfo::url).toList());
    assertEquals("", tree.previous("a/").url());
    assertEquals("p00/", tree.next("b/").url());
    assertTrue(tree.order().stream().noneMatch(p -> NavTree.isGroup(p) || NavTree.isLink(p)));
    assertNull(tree.next("c/"));
    assertEquals("a/", tree.first("#start").url());
    assertNull(tree.first("#empty"));

    Navigation nav = new Navigation(tree, Map.of(), false);
    List<NavItem> sidebar = nav.sidebar("a/", HREF);
    assertEquals(List.of("Start", "Big", "C", "Code"), sidebar.stream().map(NavItem::title).toList());
    // a link elsewhere leads there, as written
    assertEquals("https://example.org/code", sidebar.get(3).href());
    NavItem start = sidebar.get(0);
    assertNull(start.href());
    assertEquals(List.of("A", "B", "More"), start.children().stream().map(NavItem::title).toList());
    assertTrue(start.children().get(0).current());
    // a group is open wherever the page is; a long list of it is cut as others are, its whole
    // list on the page of the section it is in
    NavItem big = sidebar.get(1);
    assertEquals(List.of("P0", "P1", "P2", "P3", "P4", "P5", "P6", "All 20 pages"), big.children().stream().map(NavItem::title).toList());
    assertEquals("/", big.children().get(7).href());
    assertEquals(List.of("P13", "P14", "P15", "P16", "P17", "P18", "P19", "All 20 pages"), nav.sidebar("p16/", HREF).get(1).children().stream().map(NavItem::title).toList());
    // its breadcrumb is its title alone
    assertEquals(List.of("Home", "Start"), nav.breadcrumbs("a/", HREF).stream().map(NavLink::title).toList());
    assertEquals("/", nav.breadcrumbs("a/", HREF).get(0).href());
    assertNull(nav.breadcrumbs("a/", HREF).get(1).href());

    StringBuilder html = new StringBuilder();
    NavList.write(html, sidebar, 0);
    assertTrue(html.toString().startsWith("<ul class=\"nav-depth-0\">\n<li class=\"nav-group\"><span class=\"nav-group-title\">Start</span>\n<ul>\n<li><a href=\"/a/\" aria-current=\"page\">A</a></li>\n"), html.toString());
  }

  @Test
  void aGroupInAGroupOffThePathLeadsToItsFirstPage() {
    List<PageInfo> infos = new ArrayList<>();
    infos.add(PageInfo.generated("", "Home", null, null, true, "home"));
    infos.add(group("#start", "Start", "", 1));
    infos.add(page("a/", "A", "#start", 1));
    infos.add(group("#sub", "Sub", "#start", 2));
    infos.add(page("s/", "S", "#sub", 1));
    infos.add(group("#other", "Other", "", 2));
    infos.add(group("#inner", "Inner", "#other", 1));
    infos.add(page("i/", "I", "#inner", 1));
    NavTree tree = new NavTree(infos, List.of(), Locale.ENGLISH);
    Navigation nav = new Navigation(tree, Map.of(), false);
    List<NavItem> sidebar = nav.sidebar("a/", HREF);
    // the groups of the lists on the page's way are open; a group in a group off it is closed
    NavItem sub = sidebar.get(0).children().get(1);
    assertEquals("Sub", sub.title());
    assertNull(sub.href());
    assertEquals(List.of("S"), sub.children().stream().map(NavItem::title).toList());
    NavItem other = sidebar.get(1);
    assertNull(other.href());
    NavItem inner = other.children().get(0);
    assertEquals("/i/", inner.href());
    assertTrue(inner.section() && !inner.open() && inner.children().isEmpty());
    // on its own page it is open
    NavItem innerOnI = nav.sidebar("i/", HREF).get(1).children().get(0);
    assertNull(innerOnI.href());
    assertEquals(List.of("I"), innerOnI.children().stream().map(NavItem::title).toList());
    // a closed group's first page is in the key, not its whole list
    List<PageInfo> more = new ArrayList<>(infos);
    more.add(page("j/", "J", "#inner", 2));
    assertEquals(nav.key("a/"), new Navigation(new NavTree(more, List.of(), Locale.ENGLISH), Map.of(), false).key("a/"));
    more.replaceAll(p -> p.url().equals("j/") ? PageInfo.generated("j/", "J", "#inner", 0, true, "doc") : p);
    assertNotEquals(nav.key("a/"), new Navigation(new NavTree(more, List.of(), Locale.ENGLISH), Map.of(), false).key("a/"));
  }

  @Test
  void aGroupsTabLeadsToItsFirstPage() {
    NavTree tree = new NavTree(infos("B"), List.of(), Locale.ENGLISH);
    Navigation nav = new Navigation(tree, Map.of(), true);
    List<NavLink> tabs = nav.tabs("b/", HREF);
    assertEquals(List.of("Start", "Big", "C", "Code"), tabs.stream().map(NavLink::title).toList());
    assertEquals(List.of("/a/", "/p00/", "/c/", "https://example.org/code"), tabs.stream().map(NavLink::href).toList());
    assertTrue(tabs.get(0).current());
    assertEquals("Start", nav.section("b/"));
    assertEquals(List.of("A", "B", "More"), nav.sidebar("b/", HREF).stream().map(NavItem::title).toList());
  }

  @Test
  void aPagesNavigationChangesWithTheGroupsItShows() {
    // a page's title in a group: every page whose sidebar shows the group (always open) is made again
    Navigation before = new Navigation(new NavTree(infos("B"), List.of(), Locale.ENGLISH), Map.of(), false);
    Navigation after = new Navigation(new NavTree(infos("Bee"), List.of(), Locale.ENGLISH), Map.of(), false);
    assertNotEquals(before.key("c/"), after.key("c/"));
    assertEquals(before.key("c/"), new Navigation(new NavTree(infos("B"), List.of(), Locale.ENGLISH), Map.of(), false).key("c/"));
    // and with a link's address
    List<PageInfo> moved = new ArrayList<>(infos("B"));
    moved.replaceAll(p -> p.url().equals("#code") ? p.withExtra("href", "https://example.org/elsewhere") : p);
    assertNotEquals(before.key("c/"), new Navigation(new NavTree(moved, List.of(), Locale.ENGLISH), Map.of(), false).key("c/"));
  }

  @Test
  void aPagesKeyIsTheSameAskedAloneOrAfterTheOthers() {
    // the key above the pages of a list is made once for them: asked after its neighbours (in
    // either order), each page's key is the one a navigation asked for it alone makes
    List<PageInfo> infos = new ArrayList<>(infos("B"));
    infos.add(page("c/d/", "D", "c/", 1));
    infos.add(group("#deep", "Deep", "c/", 2));
    infos.add(page("c/e/", "E", "#deep", 1));
    infos.add(page("c/e/f/", "F", "c/e/", 1));
    infos.add(page("c/e/g/", "G", "c/e/", 2));
    for (boolean tabs : new boolean[] {false, true}) {
      NavTree tree = new NavTree(infos, List.of(), Locale.ENGLISH);
      List<String> urls = infos.stream().map(PageInfo::url).toList();
      Navigation forward = new Navigation(tree, Map.of(), tabs);
      Map<String, String> keys = new java.util.HashMap<>();
      urls.forEach(u -> keys.put(u, forward.key(u)));
      Navigation backward = new Navigation(tree, Map.of(), tabs);
      List<String> reversed = new ArrayList<>(urls);
      java.util.Collections.reverse(reversed);
      for (String u : reversed) {
        String alone = new Navigation(tree, Map.of(), tabs).key(u);
        assertEquals(alone, keys.get(u), u);
        assertEquals(alone, backward.key(u), u);
      }
      // pages of one list: the same above, each its own key
      assertNotEquals(keys.get("c/e/f/"), keys.get("c/e/g/"));
      assertEquals(urls.size(), new java.util.HashSet<>(keys.values()).size());
    }
  }
}
