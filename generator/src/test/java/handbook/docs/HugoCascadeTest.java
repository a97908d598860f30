package handbook.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import handbook.content.Mount;
import handbook.source.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

class HugoCascadeTest {
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
