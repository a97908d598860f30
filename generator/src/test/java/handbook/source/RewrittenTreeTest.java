package handbook.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Pages shown at the paths a rule gives them, unless another file has that path. */
class RewrittenTreeTest {
  private static RewrittenTree of(SourceTree tree, Map<String, String> moves) {
    return new RewrittenTree(tree, "docs/", moves, moves::get, path -> path.endsWith(".md"), "config.vitepress");
  }

  @Test
  void pagesAreShownAndReadWhereTheRuleSays() throws Exception {
    ListedFiles files = new ListedFiles("docs/a/src/index.md", "docs/a/src/logo.svg", "docs/index.md", "site.yaml");
    RewrittenTree tree = of(files, Map.of("a/src/index.md", "a/index.md"));
    assertEquals(List.of("docs/a/index.md", "docs/a/src/logo.svg", "docs/index.md", "site.yaml"), tree.files());
    assertEquals("docs/a/src/index.md", new String(tree.read("docs/a/index.md"), StandardCharsets.UTF_8));
    assertEquals("docs/a/src/index.md", tree.origin("docs/a/index.md"));
    assertEquals("docs/index.md", tree.origin("docs/index.md"));
    // the same listing while the tree's is the same
    assertSame(tree.listing(), tree.listing());
    // days by the tree's paths, by the paths shown
    assertEquals(Map.of("docs/a/index.md", "2026-01-01", "docs/index.md", "2026-01-02"), tree.shown(Map.of("docs/a/src/index.md", "2026-01-01", "docs/index.md", "2026-01-02")));
  }

  @Test
  void aMoveOntoAPathThatIsTakenIsNotMadeNorTheMovesOntoItsPage() throws Exception {
    // b.md onto a.md, a file that stays; c.md onto b.md, which now stays; d.md and e.md both onto x.md: d first
    ListedFiles files = new ListedFiles("docs/a.md", "docs/b.md", "docs/c.md", "docs/d.md", "docs/e.md", "docs/f.md");
    RewrittenTree tree = of(files, Map.of("b.md", "a.md", "c.md", "b.md", "d.md", "x.md", "e.md", "x.md", "f.md", "y.md"));
    assertEquals(List.of("docs/a.md", "docs/b.md", "docs/c.md", "docs/e.md", "docs/x.md", "docs/y.md"), tree.files());
    assertEquals("docs/d.md", tree.origin("docs/x.md"));
    assertEquals(
        List.of(
            "docs/b.md: `b.md` is not published at `a.md`, where the config's `rewrites` put it: that is the path of a file of its own; it is published at its own path",
            "docs/c.md: `c.md` is not published at `b.md`, where the config's `rewrites` put it: that is the path of a file of its own; it is published at its own path",
            "docs/e.md: `e.md` is not published at `x.md`, where the config's `rewrites` put it: `d.md` is published there; it is published at its own path"),
        tree.listing().refused().stream().map(r -> r.path() + ": " + r.message()).toList());
  }

  @Test
  void aMoveToNoPagesPathOrOutOfTheFolderIsNotMade() throws Exception {
    ListedFiles files = new ListedFiles("docs/a.md", "docs/b.md", "docs/c.md", "site.yaml");
    RewrittenTree tree = of(files, Map.of("a.md", "a.html", "b.md", "../site.md", "c.md", "x/../../c.md"));
    assertEquals(List.of("docs/a.md", "docs/b.md", "docs/c.md", "site.yaml"), tree.files());
    assertEquals(
        List.of(
            "docs/a.md: `a.md` is not published at `a.html`, where the config's `rewrites` put it: that is no page's path in `docs/`; it is published at its own path",
            "docs/b.md: `b.md` is not published at `../site.md`, where the config's `rewrites` put it: that is no page's path in `docs/`; it is published at its own path",
            "docs/c.md: `c.md` is not published at `x/../../c.md`, where the config's `rewrites` put it: that is no page's path in `docs/`; it is published at its own path"),
        tree.listing().refused().stream().map(r -> r.path() + ": " + r.message()).toList());
  }

  @Test
  void aPageThatStaysTakesItsPathBackFromTheMoveOntoIt() throws Exception {
    // a.md onto b.md (b.md is moved away, to c.md: free); but c.md stays as a file, so b.md stays, and a.md cannot take its path
    ListedFiles files = new ListedFiles("docs/a.md", "docs/b.md", "docs/c.md");
    RewrittenTree tree = of(files, Map.of("a.md", "b.md", "b.md", "c.md"));
    assertEquals(List.of("docs/a.md", "docs/b.md", "docs/c.md"), tree.files());
    assertEquals(2, tree.listing().refused().size());
    assertEquals("docs/b.md", tree.origin("docs/b.md"));
  }
}
