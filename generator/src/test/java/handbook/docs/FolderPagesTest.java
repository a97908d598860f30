package handbook.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.testing.SiteFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder's page is its index.md, _index.md or README.md, and the folder takes that page's title. */
class FolderPagesTest {
  @TempDir Path tmp;

  @Test
  void readmeIsTheFolderPageAndGivesTheFolderItsTitle() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/site.yaml --
            title: T
            language: en
            -- content/docs/index.md --
            # Start

            The [guide](user-guide/), its [readme](user-guide/README.md#install) and [hugo](hugo/_index.md).
            -- content/docs/user-guide/README.md --
            # User Guide

            ## Install

            Read [the first step](first.md).
            -- content/docs/user-guide/first.md --
            # First steps

            Back to [the guide](README.md) or [up](./).
            -- content/docs/hugo/_index.md --
            ---
            title: From Hugo
            ---
            A Hugo branch bundle.
            -- content/docs/hugo/page.md --
            # A page
            -- content/docs/lower/readme.md --
            Without a title.
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertFalse(Files.exists(site.site().resolve("docs/user-guide/README/index.html")), "no child page README");
    String guide = site.read("docs/user-guide/index.html");
    assertTrue(guide.contains("<title>User Guide"), guide);
    assertTrue(guide.contains("href=\"first/\""), "the folder page lists its pages: " + guide);
    String first = site.read("docs/user-guide/first/index.html");
    assertTrue(first.contains("<a href=\"../\">the guide</a>"), first);
    assertTrue(first.contains("<a href=\"../\">up</a>"), first);
    assertTrue(first.contains("<li><a href=\"../\">User Guide</a></li>"), "the breadcrumb names the folder by its page: " + first);
    String start = site.read("docs/index.html");
    assertTrue(start.contains("<a href=\"user-guide/\">guide</a>"), start);
    assertTrue(start.contains("<a href=\"user-guide/#install\">readme</a>"), start);
    assertTrue(start.contains("<a href=\"hugo/\">hugo</a>"), start);
    assertTrue(site.read("docs/hugo/index.html").contains("<title>From Hugo"));
    assertFalse(Files.exists(site.site().resolve("docs/hugo/_index/index.html")));
    assertTrue(site.read("docs/lower/index.html").contains("<title>Lower"), "a README without a title takes the folder's name");
    assertTrue(r.err().contains("content/docs/lower/readme.md: warning[page.no-title]: page has no `title` in its front matter and no `# heading`; using `Lower`"), r.err());
  }

  @Test
  void indexWinsOverReadmeWhichStaysAPageOfItsOwn() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/docs/index.md --
            # Docs
            -- content/docs/README.md --
            # About these sources
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertTrue(site.read("docs/index.html").contains("<title>Docs"));
    assertTrue(site.read("docs/README/index.html").contains("<title>About these sources"));
  }

  @Test
  void folderPagesAreChosenByNameStrongestFirst() {
    assertEquals(
        java.util.Set.of("docs/a/index.md", "docs/b/_index.md", "docs/c/Readme.md", "docs/README.md"),
        DocsKind.folderPages(
            List.of("index.md", "docs/README.md", "docs/a/README.md", "docs/a/index.md", "docs/a/_index.md", "docs/b/README.md", "docs/b/_index.md", "docs/c/Readme.md", "docs/c/x.md")));
  }
}
