package handbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import handbook.testing.SiteFixture;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The previous and next links name a page as the menu does, or by its own pagination_label (Docusaurus'). */
class PagerLabelTest {
  @TempDir Path tmp;

  @Test
  void thePagerNamesAPageAsTheMenuDoesOrByItsPaginationLabel() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/site.yaml --
            title: T
            -- content/docs/a.md --
            ---
            title: Første side med en lang tittel
            sidebar_label: Første
            weight: 1
            ---
            -- content/docs/b.md --
            ---
            title: Andre
            weight: 2
            ---
            -- content/docs/c.md --
            ---
            title: Tredje side
            pagination_label: Videre
            weight: 3
            ---
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    Document b = Jsoup.parse(site.read("docs/b/index.html"));
    assertEquals("Første", b.select("nav.pager a[rel=prev] .pager-title").text());
    assertEquals("Videre", b.select("nav.pager a[rel=next] .pager-title").text());
    // (its own page keeps its title)
    assertEquals("Tredje side", Jsoup.parse(site.read("docs/c/index.html")).select("h1").first().text());
  }
}
