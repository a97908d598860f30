package handbook.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.testing.SiteFixture;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A README that titles itself in raw HTML, as many on GitHub do, is titled so, with one heading. */
class HtmlTitleTest {
  @TempDir Path tmp;

  @Test
  void aPageTitledInRawHtmlIsTitledByItsOwnHeading() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/docs/chai.md --
            <h1 align=center>
              <a href="https://chai.example.org" title="Chai">
                <img alt="ChaiJS" src="https://chai.example.org/logo.png">
              </a>
              <br>
              chai
            </h1>

            Chai is an assertion library.
            -- content/docs/sequelize.md --
            <p align="center">
              <h1 align="center"><a href="https://sequelize.example.org">Sequelize &amp; co</a></h1>
            </p>

            ## Installation
            -- content/docs/chalk.md --
            <h1 align="center">
            \t<br>
            \t<img width="320" src="logo.svg" alt="Chalk">
            </h1>
            -- content/docs/logo.svg --
            <svg xmlns="http://www.w3.org/2000/svg"/>
            -- content/docs/shown.md --
            ```html
            <h1>Not a title</h1>
            ```
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    for (String[] page : List.of(new String[] {"chai", "chai"}, new String[] {"sequelize", "Sequelize & co"}, new String[] {"chalk", "Chalk"})) {
      Document d = Jsoup.parse(site.read("docs/" + page[0] + "/index.html"));
      assertEquals(page[1] + " · Handbook", d.title(), page[0]);
      assertEquals(1, d.select("h1").size(), page[0] + ": its own heading, no other");
    }
    assertTrue(Jsoup.parse(site.read("docs/index.html")).select("nav.sidebar a").eachText().contains("Sequelize & co"));
    // (a heading shown as code is no title)
    assertEquals(
        List.of("content/docs/shown.md: warning[page.no-title]: page has no `title` in its front matter and no `# heading`; using `Shown`"),
        r.err().lines().filter(l -> l.contains("warning[page.no-title]")).toList());
  }

  @Test
  void anMkDocsPageWithItsOwnHeadingInRawHtmlShowsThatOneAlone() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/mkdocs.yml --
            site_name: W
            theme: {name: material}
            -- content/docs/index.md --
            # W
            -- content/docs/zod-readme.md --
            <h1 align="center">Zod</h1>

            Schemas.
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    Document d = Jsoup.parse(site.read("zod-readme/index.html"));
    // titled as MkDocs titles it (its file's name), its heading drawn once, as Material draws it
    assertEquals("Zod readme · W", d.title());
    assertEquals(List.of("Zod"), d.select("h1").eachText());
  }
}
