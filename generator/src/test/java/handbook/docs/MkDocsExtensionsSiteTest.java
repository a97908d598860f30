package handbook.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.testing.SiteFixture;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An MkDocs project's pymdownx.inlinehilite, smartsymbols and critic, as its mkdocs.yml lists them and their options. */
class MkDocsExtensionsSiteTest {
  @TempDir Path tmp;

  private static final String PAGE =
      """
      -- content/docs/index.md --
      # Start

      Run `#!python len(x)` (c) 2024 --> 1st {++new++}{--old--}.
      """;

  private static String body(SiteFixture site) throws Exception {
    return Jsoup.parse(site.read("index.html")).selectFirst(".doc-body p").html();
  }

  @Test
  void theExtensionsItListsAreRead() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/mkdocs.yml --
            site_name: T
            markdown_extensions:
              - pymdownx.inlinehilite
              - pymdownx.smartsymbols:
                  arrows: false
                  fractions: maybe
                  bogus: true
              - pymdownx.critic:
                  mode: accept
            """
                + PAGE);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertEquals("Run <code class=\"language-python\">len(x)</code> \u00a9 2024 --&gt; 1<sup>st</sup> new.", body(site));
    // the highlighter is loaded for the code's language
    Document page = Jsoup.parse(site.read("index.html"));
    assertTrue(page.select("script[src]").stream().anyMatch(s -> s.attr("src").contains("prism")), page.select("script").toString());
    assertTrue(r.err().contains("content/mkdocs.yml:6:18: warning[config.mkdocs]: smartsymbols' `fractions` is true or false: it is left on"), r.err());
    assertTrue(r.err().contains("content/mkdocs.yml:7:7: warning[config.mkdocs]: smartsymbols' option `bogus` is not known here: it is not read"), r.err());
    assertFalse(r.err().contains("is not known here: pages are read without it"), r.err());
  }

  @Test
  void withoutThemThePageIsAsMkDocsShowsIt() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, "-- content/mkdocs.yml --\nsite_name: T\n" + PAGE);
    assertEquals(0, site.run("build").exit());
    // CriticMarkup is read in any page, as no other syntax is written so
    assertEquals("Run <code>#!python len(x)</code> (c) 2024 --&gt; 1st <ins class=\"critic\">new</ins><del class=\"critic\">old</del>.", body(site));
  }

  @Test
  void magicLinksShorthandFollowsItsOptions() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/mkdocs.yml --
            site_name: T
            markdown_extensions:
              - pymdownx.magiclink:
                  repo_url_shorthand: true
                  provider: gitlab
                  user: group
                  repo: project
                  hide_protocol: true
                  labels: {issue: Sak}
                  social_url_shorthand: true
              - nl2br
            -- content/docs/index.md --
            # Start

            See #12 and @ola.
            Ask @x:jack.
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertEquals(
        "See <a href=\"https://gitlab.com/group/project/-/issues/12\" title=\"GitLab Issue: group/project#12\" class=\"magiclink magiclink-gitlab magiclink-issue\">#12</a>"
            + " and <a href=\"https://gitlab.com/ola\" title=\"GitLab User: ola\" class=\"magiclink magiclink-gitlab magiclink-mention\">@ola</a>.\n<br>\n"
            + "Ask <a href=\"https://x.com/jack\" title=\"X User: jack\" class=\"magiclink magiclink-x magiclink-mention\">@jack</a>.",
        body(site));
    assertTrue(r.err().contains("content/mkdocs.yml:8:7: warning[config.mkdocs]: magiclink's `hide_protocol` is not read here: links are shown as written"), r.err());
    assertTrue(r.err().contains("content/mkdocs.yml:9:7: warning[config.mkdocs]: magiclink's option `labels` is not read here"), r.err());
    assertFalse(r.err().contains("is not known here"), r.err());
  }

  /** A change of the list reads the pages again, in a build that keeps what it can. */
  @Test
  void aChangedListReadsThePagesAgain() throws Exception {
    SiteFixture site = SiteFixture.of(tmp.resolve("p"), "-- content/mkdocs.yml --\nsite_name: T\n" + PAGE);
    String cache = tmp.resolve("cache").toString();
    assertEquals(0, site.run("build", "--cache", cache).exit());
    site.write("-- content/mkdocs.yml --\nsite_name: T\nmarkdown_extensions:\n  - pymdownx.critic:\n      mode: reject\n  - pymdownx.smartsymbols\n");
    SiteFixture.Run r = site.run("build", "--cache", cache);
    assertEquals(0, r.exit(), r.err());
    assertEquals("Run <code>#!python len(x)</code> \u00a9 2024 \u2192 1<sup>st</sup> old.", body(site));
  }
}
