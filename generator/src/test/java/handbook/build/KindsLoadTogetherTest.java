package handbook.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.testing.SiteFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The content kinds load at the same time: what they report must not depend on which is first. */
class KindsLoadTogetherTest {
  @TempDir Path tmp;

  private static final String SITE =
      """
      -- content/site.yaml --
      title: T
      -- content/docs/index.md --
      # Docs

      See [the runbook](../runbooks/disk.md) and [the API](../api/shop.yaml).
      -- content/docs/deep.md --
      # Deep

      %s
      -- content/runbooks/disk.md --
      ---
      title: Disk full
      severity: høy
      services: [db01]
      symptoms: [The disk is full]
      owner: Ops
      last_reviewed: 2026-11-01
      ---
      ## Symptomer

      %s

      ## Konsekvens

      Writes fail.

      ## Diagnose

      `df -h`

      ## Tiltak

      Delete old logs.

      ## Verifisering

      `df -h` again.

      ## Eskalering

      Call the on-call lead.
      -- content/api/shop.yaml --
      openapi: 3.1.0
      info: {title: Shop, version: "1"}
      paths:
        /items:
          get:
            operationId: listItems
            description: "%s"
            responses:
              '200': {description: Items.}
      """;

  @Test
  void theErrorsOfEveryKindThatStopsAreReportedTheSameOnEveryRun() throws Exception {
    // a page nested too deep stops its kind's load; both kinds' pages are reported
    String deep = "> ".repeat(150) + "x";
    String first = null;
    for (int i = 0; i < 3; i++) {
      SiteFixture site = SiteFixture.of(tmp.resolve("run" + i), SITE.formatted(deep, deep, "Lists items."));
      SiteFixture.Run r = site.run("build");
      assertEquals(1, r.exit(), r.err());
      assertTrue(r.err().contains("content/docs/deep.md:3:"), r.err());
      assertTrue(r.err().contains("content/runbooks/disk.md:11:"), r.err());
      String reported = r.err().substring(0, r.err().indexOf("failed: 2 errors"));
      if (first == null) {
        first = reported;
      } else {
        assertEquals(first, reported);
      }
    }
  }

  @Test
  void aSiteOfEveryKindBuildsAsBefore() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, SITE.formatted("Text.", "Text.", "Lists items."));
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertTrue(site.read("docs/deep/index.html").contains("Text."));
    assertTrue(site.read("runbooks/disk/index.html").contains("Delete old logs."));
    assertTrue(site.read("api/shop/items/index.html").contains("Lists items."));
  }
}
