package handbook.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import handbook.content.Mount;
import handbook.source.SourceFile;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HugoCascadeTest {
  @Test
  void globsMatchAsHugosDo() {
    Pattern both = HugoCascade.glob("{/articles,/articles/**}");
    assertEquals(List.of(true, true, true, false, false), List.of("/articles", "/articles/a", "/articles/a/b", "/articlesx", "/other/articles").stream().map(p -> both.matcher(p).matches()).toList());
    Pattern one = HugoCascade.glob("/docs/*/api");
    assertEquals(List.of(true, false, false), List.of("/docs/v1/api", "/docs/v1/x/api", "/docs/api").stream().map(p -> one.matcher(p).matches()).toList());
    Pattern kinds = HugoCascade.glob("{section,page}");
    assertEquals(List.of(true, true, false), List.of("section", "page", "home").stream().map(p -> kinds.matcher(p).matches()).toList());
  }

  @Test
  void theClosestSectionsValueWinsAndTheSectionItselfIsNotGiven() {
    Mount mount = Mount.hugo("content/", List.of("en"));
    List<SourceFile> pages =
        List.of(
            new SourceFile("content/_index.md", "c/content/_index.md", "---\ncascade:\n  description: top\n  weight: 5\n---\n"),
            new SourceFile("content/docs/_index.md", "c/content/docs/_index.md", "---\nCascade:\n  description: docs\n  _target:\n    kind: page\n    lang: \"{en,nb}\"\n  toc_hide: true\n---\n"),
            new SourceFile("content/docs/a.md", "c/content/docs/a.md", "# A\n"),
            new SourceFile("content/docs/sub/_index.md", "c/content/docs/sub/_index.md", "# Sub\n"));
    HugoCascade c = HugoCascade.of(pages, mount, "production");
    assertEquals("{description=docs, weight=5, toc_hide=true}", c.of("content/docs/a.md").toPlain().toString());
    // the docs cascade is for pages, not the sub-section; the top's is for all under it
    assertEquals("{description=top, weight=5}", c.of("content/docs/sub/_index.md").toPlain().toString());
    assertEquals("{description=top, weight=5}", c.of("content/docs/_index.md").toPlain().toString());
    assertNull(c.of("content/_index.md"), "the home's own cascade is for the pages under it");
  }
}
