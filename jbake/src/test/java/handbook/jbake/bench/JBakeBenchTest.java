package handbook.jbake.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's JBake side: a corpus page as a JBake page, and JBake baking it. */
class JBakeBenchTest {
  @TempDir Path tmp;

  static final String PAGE =
      """
      ---
      title: "Ops 01: the \\"queue\\""
      description: "How the queue works."
      weight: 10
      tags: [ops, api]
      ---

      See [the index](index.md#limits--quotas), [a page](/ops-01/other.md) and [this](#here).
      """;

  @Test
  void frontMatterBecomesAHeaderBlockAndLinksLeadToHtml() {
    assertEquals(
        """
        title=Ops 01: the "queue"
        description=How the queue works.
        tags=ops,api
        type=page
        status=published
        ~~~~~~


        See [the index](index.html#limits--quotas), [a page](/ops-01/other.html) and [this](#here).
        """,
        CorpusToJBake.page(PAGE));
  }

  @Test
  void jbakeBakesTheConvertedCorpus() throws Exception {
    Path corpus = tmp.resolve("corpus");
    Files.createDirectories(corpus.resolve("docs/ops-01"));
    Files.writeString(corpus.resolve("docs/index.md"), "---\ntitle: \"Home\"\n---\n\nSee [ops](ops-01/other.md).\n");
    Files.writeString(corpus.resolve("docs/ops-01/other.md"), PAGE.replace("/ops-01/other.md", "../index.md"));
    Path project = tmp.resolve("project");
    assertEquals(2, CorpusToJBake.convert(corpus, project));
    Path out = tmp.resolve("out");
    assertEquals(List.of(), Bake.bake(project, out));
    String home = Files.readString(out.resolve("index.html"));
    assertTrue(home.contains("<a href=\"ops-01/other.html\">ops</a>"), home);
    assertTrue(Files.readString(out.resolve("ops-01/other.html")).contains("<h1>Ops 01: the \"queue\"</h1>"));
    assertTrue(Files.readString(out.resolve("sitemap.xml")).contains("<loc>https://bench.example.org/ops-01/other.html</loc>"));
  }
}
