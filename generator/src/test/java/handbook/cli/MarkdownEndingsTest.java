package handbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.testing.SiteFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Markdown files with the longer endings MkDocs, Jekyll and Hugo read ({@code .markdown},
 * {@code .mdown}, {@code .mkdn}, {@code .mkd}) are pages as {@code .md} files are: at the same
 * addresses, a folder's {@code index.markdown} its page, links to them checked.
 */
class MarkdownEndingsTest {
  @TempDir Path tmp;

  @Test
  void theyArePagesInHandbooksOwnContent() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/index.md --
            # Home

            See [setup](docs/setup.markdown), [notes](docs/notes), [the guide](docs/guide/) and [old](docs/old.mkd#why).
            -- content/docs/setup.markdown --
            # Setup
            -- content/docs/notes.mdown --
            # Notes
            -- content/docs/old.mkd --
            # Old

            ## Why
            -- content/docs/guide/index.markdown --
            # Guide

            Back to [setup](../setup.markdown), on to [more](more.mkdn).
            -- content/docs/guide/more.mkdn --
            # More
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    for (String page : List.of("docs/setup/index.html", "docs/notes/index.html", "docs/old/index.html", "docs/guide/index.html", "docs/guide/more/index.html")) {
      assertTrue(Files.exists(site.site().resolve(page)), page);
    }
    assertFalse(Files.exists(site.site().resolve("docs/setup.markdown")), "a page, not a file");
    assertTrue(
        site.read("index.html").contains("See <a href=\"docs/setup/\">setup</a>, <a href=\"docs/notes/\">notes</a>, <a href=\"docs/guide/\">the guide</a> and <a href=\"docs/old/#why\">old</a>."),
        site.read("index.html"));
    assertTrue(site.read("docs/guide/index.html").contains("<h1 id=\"guide\">Guide"), "the folder's index.markdown is its page");
    assertTrue(site.read("docs/guide/index.html").contains("<a href=\"more/\">more</a>"));
    assertEquals(List.of(), r.err().lines().filter(l -> l.contains("warning[")).toList());
  }

  @Test
  void aLinkToOneThatIsNotThereIsBrokenAsAPage() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, "-- content/index.md --\n# Home\n\n[Gone](docs/gone.markdown)\n");
    SiteFixture.Run r = site.run("build");
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().contains("content/index.md:3:8: error[link.unresolved]: no page `docs/gone.markdown`"), r.err());
  }

  @Test
  void theyArePagesOfAnMkDocsProject() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/mkdocs.yml --
            site_name: Tool
            nav:
              - Home: index.md
              - Usage: usage.markdown
            -- content/docs/index.md --
            # Tool

            Read [the usage](usage.markdown).
            -- content/docs/usage.markdown --
            # Usage
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertTrue(site.read("usage/index.html").contains("<h1 id=\"usage\">Usage"));
    assertTrue(site.read("index.html").contains("<a href=\"usage/\">the usage</a>"), site.read("index.html"));
    assertEquals(List.of(), r.err().lines().filter(l -> l.contains("warning[")).toList());
  }
}
