package handbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import handbook.testing.SiteFixture;
import java.nio.file.Path;
import java.util.List;
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

  @Test
  void aDocusaurusPageNamesItsPagersPagesByDocId() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/docusaurus.config.js --
            export default {title: 'W'};
            -- content/docs/intro.md --
            ---
            sidebar_position: 1
            pagination_next: extra
            ---
            # Intro
            -- content/docs/guides/setup.md --
            ---
            sidebar_label: Set up
            pagination_prev: nope
            ---
            # Setup guide
            -- content/docs/guides/use.md --
            ---
            id: usage
            pagination_next: /intro
            pagination_prev: guides/setup
            ---
            # Use
            -- content/docs/extra.md --
            ---
            sidebar_position: 2
            pagination_label: Ekstra!
            pagination_next: [a]
            ---
            # Extra
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    Document intro = Jsoup.parse(site.read("docs/intro/index.html"));
    assertEquals("Ekstra!", intro.select("nav.pager a[rel=next] .pager-title").text(), "the page its id names, by its pagination_label");
    assertEquals("../extra/", intro.select("nav.pager a[rel=next]").attr("href"));
    Document use = Jsoup.parse(site.read("docs/guides/usage/index.html"));
    assertEquals("../setup/", use.select("nav.pager a[rel=prev]").attr("href"));
    assertEquals("Set up", use.select("nav.pager a[rel=prev] .pager-title").text(), "named as the menu names it");
    assertEquals("../../intro/", use.select("nav.pager a[rel=next]").attr("href"));
    assertEquals(
        List.of(
            "content/docs/extra.md:4:18: warning[frontmatter.value]: `pagination_next` names a doc by its id, or is null, found a list: the pager links the page next to it in the menu",
            "content/docs/guides/setup.md:3:18: warning[frontmatter.value]: `pagination_prev` names the doc id `nope`, and no page in `docs/` has it: the pager links the page next to it in the menu"),
        r.err().lines().filter(l -> l.contains("warning[")).toList());
    // (an id that names none: the menu's neighbour)
    Document setup = Jsoup.parse(site.read("docs/guides/setup/index.html"));
    assertEquals("Guides", setup.select("nav.pager a[rel=prev] .pager-title").text());
  }
}
