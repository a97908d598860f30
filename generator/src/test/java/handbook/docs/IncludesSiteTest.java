package handbook.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.testing.SiteFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** pymdownx.snippets' includes in docs pages, built as a site. */
class IncludesSiteTest {
  @TempDir Path tmp;

  static final String SITE =
      """
      -- content/site.yaml --
      title: T
      -- content/docs/guide.md --
      ---
      title: Guide
      ---
      ## Start

      --8<-- "includes/shared.md"

      ```python
      --8<-- "includes/example.py:2:2"
      ```

      !!! note "Merk"

          --8<-- "includes/notes.md:short"

      Write `;--8<--` before a path to show the marker:

      ;--8<-- "includes/shared.md"
      -- content/docs/other.md --
      ---
      title: Other
      ---
      ## Here
      -- content/includes/shared.md --
      Shared text, see [other](other.md#here).
      -- content/includes/example.py --
      import os
      print(os.getcwd())
      -- content/includes/notes.md --
      Long notes.
      <!-- --8<-- [start:short] -->
      The **short** note.
      <!-- --8<-- [end:short] -->
      """;

  @Test
  void filesArePutInAndTheirLinksResolvedFromThePage() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, SITE);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    String html = site.read("docs/guide/index.html");
    // the included link is relative to the page that includes it, as in MkDocs
    assertTrue(html.contains("<p>Shared text, see <a href=\"../other/#here\">other</a>.</p>"), html);
    assertTrue(html.contains("<code class=\"language-python\">print(os.getcwd())\n</code>"), html);
    assertFalse(html.contains("import os"), html);
    assertTrue(html.contains("<p>The <strong>short</strong> note.</p>"), html);
    assertFalse(html.contains("Long notes"), html);
    // the escaped marker is text, and nothing warns about it
    assertTrue(html.contains("<p>--8&lt;-- &quot;includes/shared.md&quot;</p>"), html);
    assertFalse(r.err().contains("warning"), r.err());
    // the included files outside docs/ are parts of the page, not published on their own (as in MkDocs)
    assertFalse(java.nio.file.Files.exists(site.site().resolve("includes/shared.md")));
    assertFalse(java.nio.file.Files.exists(site.site().resolve("includes/example.py")));
  }

  @Test
  void aFileNoPageIncludesIsPublishedAsBefore() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, SITE + "-- content/includes/unused.txt --\nNot included.\n");
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertTrue(java.nio.file.Files.exists(site.site().resolve("includes/unused.txt")));
    assertFalse(java.nio.file.Files.exists(site.site().resolve("includes/notes.md")));
  }

  @Test
  void aProblemInAnIncludedFileIsShownAtItsLineAndAMissingFileAtTheMarker() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            SITE.replace("other.md#here", "other.md#gone")
                + """
                -- content/docs/more.md --
                ---
                title: More
                ---
                Text.

                --8<-- "includes/missing.md"
                """);
    SiteFixture.Run r = site.run("build");
    assertEquals(1, r.exit(), r.err());
    assertTrue(
        r.err().contains("content/includes/shared.md:1:26: error[link.anchor]: no heading `#gone` on `docs/other.md`\n 1 | Shared text, see [other](other.md#gone)."),
        r.err());
    assertTrue(r.err().contains("content/docs/more.md:6:1: warning[markdown.include]: no file `includes/missing.md` to include: nothing is included\n 6 | --8<-- \"includes/missing.md\""), r.err());
  }

  /** One warning for a page's markers of other tools names the others' lines in their files, not in the page with its includes put in. */
  @Test
  void theOtherMarkersOfAPageWithIncludesAreNamedAtTheirLines() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/site.yaml --
            title: T
            -- content/docs/page.md --
            ---
            title: Page
            ---
            {% first %}

            --8<-- "includes/three.md"

            {% second %}
            -- content/includes/three.md --
            One.

            Two {% inside %}.
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertTrue(
        r.err().contains("content/docs/page.md:4:1: warning[markdown.marker]: `{% first %}` is Liquid (Jekyll) template syntax, which is not run here: it is shown as written (2 more markers of other tools, on lines content/includes/three.md:3, 8)"),
        r.err());
    // tens of thousands of them: their lines moved one by one
    site.write("-- content/docs/page.md --\n---\ntitle: Page\n---\n--8<-- \"includes/three.md\"\n" + "{% tag %}\n\n".repeat(30_000));
    r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("content/includes/three.md:3:5: warning[markdown.marker]: `{% inside %}` is Liquid (Jekyll) template syntax, which is not run here: it is shown as written (30000 more markers of other tools, on lines content/docs/page.md:5, content/docs/page.md:7, "), r.err().substring(0, 500));
    assertTrue(r.err().contains(", content/docs/page.md:60003)"), "the last");
  }

  @Test
  void runbooksAndLessonsStillNameTheMarkerAsNotRun() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/site.yaml --
            title: T
            -- content/course/index.md --
            ---
            title: Kurs
            ---
            --8<-- "includes/shared.md"
            -- content/includes/shared.md --
            Shared.
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("content/course/index.md:4:1: warning[markdown.marker]: `--8<-- \"includes/shared.md\"` is an include of pymdownx.snippets (MkDocs), which is not run here"), r.err());
  }
}
