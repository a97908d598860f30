package handbook.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MkDocsExcludeTest {
  /** The paths under {@code docs/} the patterns leave out, of some. */
  private static List<String> left(String patterns, String... paths) {
    MkDocsExclude e = MkDocsExclude.ofLines(patterns.lines().toList());
    return java.util.Arrays.stream(paths).filter(p -> e.excludes("docs/" + p)).toList();
  }

  @Test
  void patternsAreReadAsGitignoreReadsThem() {
    assertEquals(List.of("a.py", "x/b.py"), left("*.py", "a.py", "x/b.py", "a.md", "py"));
    assertEquals(List.of("req.txt"), left("/req.txt", "req.txt", "x/req.txt"), "a leading slash anchors");
    assertEquals(List.of("drafts/a.md", "x/drafts/b.md"), left("drafts/", "drafts/a.md", "x/drafts/b.md", "drafts.md"), "a folder at any depth");
    assertEquals(List.of("a/b/c.md"), left("a/*/c.md", "a/b/c.md", "a/b/d/c.md", "x/a/b/c.md"), "a slash inside anchors");
    assertEquals(List.of("a/c.md", "a/b/d/c.md"), left("a/**/c.md", "a/c.md", "a/b/d/c.md", "b/c.md"));
    assertEquals(List.of("x/a1.md"), left("x/a?.md", "x/a1.md", "x/a12.md", "x/a/.md"));
    assertEquals(List.of("n1.md"), left("n[0-9].md", "n1.md", "nx.md"));
    assertEquals(List.of("old/a.md"), left("old/\n!old/keep.md\n# a comment\n", "old/a.md", "old/keep.md"), "! takes a file back, the last match decides");
    assertEquals(List.of(), left("", "a.md"));
  }

  @Test
  void mkdocsOwnTemplatesFolderIsLeftOut() {
    MkDocsExclude e = MkDocsExclude.of(MkDocsConfig.settings(handbook.source.SourceFile.of("mkdocs.yml", "site_name: X\n"), java.util.Map.of(), p -> null));
    assertEquals(true, e.excludes("docs/templates/main.html"));
    assertEquals(false, e.excludes("docs/guide/templates/x.md"));
    assertEquals(false, e.excludes("runbooks/templates/x.md"), "only under docs/");
  }
}
