package handbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.testing.SiteFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A content folder that is a Mintlify project (a {@code docs.json}, or the {@code mint.json} it
 * had before): its pages at their paths, its navigation the menu, its components read as the
 * Markdown they stand for.
 */
class MintlifyProjectTest {
  @TempDir Path tmp;

  static final String SITE =
      """
      -- content/docs.json --
      {
        "$schema": "https://mintlify.com/docs.json",
        "theme": "mint",
        "name": "Acme Docs",
        "description": "Docs of Acme",
        "colors": { "primary": "#16A34A", "light": "#07C983", "dark": "#15803D" },
        "logo": { "light": "/logo/light.svg", "dark": "/logo/dark.svg" },
        "favicon": "/favicon.svg",
        "navigation": {
          "groups": [
            { "group": "Guides", "pages": ["guides/setup", "guides/deploy"] },
            { "group": "Reference", "pages": ["reference/cli", { "group": "More", "pages": ["reference/more/flags"] }] }
          ],
          "global": { "anchors": [ { "anchor": "Community", "href": "https://discord.gg/acme", "icon": "discord" } ] }
        },
        "navbar": {
          "links": [ { "label": "Support", "href": "mailto:hi@example.com" } ],
          "primary": { "type": "github", "href": "https://github.com/acme/docs" }
        },
        "footer": { "socials": { "x": "https://x.com/acme", "linkedin": "https://linkedin.com/company/acme" } },
        "redirects": [ { "source": "/old-setup", "destination": "/guides/setup" }, { "source": "/old-guides", "destination": "/guides/index" } ],
        "fonts": { "family": "Inter" },
        "appearance": { "default": "dark" }
      }
      -- content/index.mdx --
      ---
      title: "Introduction"
      description: "Welcome to Acme"
      ---

      Start with [setup](/guides/setup) or the [CLI](./reference/cli).
      -- content/guides/index.mdx --
      ---
      title: Guides
      ---

      The guides.
      -- content/guides/setup.mdx --
      ---
      title: "Set up Acme"
      sidebarTitle: "Setup"
      ---

      import Intro from '/snippets/intro.mdx';

      <Intro />

      Then [deploy](/guides/deploy#check).

      <Snippet file="outro.mdx" />
      -- content/guides/deploy.md --
      ---
      title: Deploy
      ---

      ## Check

      Text.
      -- content/reference/cli.mdx --
      ---
      title: CLI
      ---

      The CLI.
      -- content/reference/more/flags.mdx --
      ---
      title: Flags
      ---

      Flags.
      -- content/hidden.mdx --
      ---
      title: Hidden page
      ---

      Published, out of the menu and the search.
      -- content/drafts/wip.mdx --
      ---
      title: Work in progress
      ---

      Left out by .mintignore.
      -- content/snippets/intro.mdx --
      Words from a **snippet**.
      -- content/snippets/outro.mdx --
      The end, from a snippet as Mintlify had them before.
      -- content/.mintignore --
      # drafts
      drafts/
      -- content/README.md --
      # The repository's readme
      -- content/logo/light.svg --
      <svg xmlns="http://www.w3.org/2000/svg"/>
      -- content/logo/dark.svg --
      <svg xmlns="http://www.w3.org/2000/svg"/>
      -- content/favicon.svg --
      <svg xmlns="http://www.w3.org/2000/svg"/>
      """;

  @Test
  void itsPagesAreAtTheirPathsAndItsNavigationIsTheMenu() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, SITE);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertFalse(r.err().contains("warning"), r.err());
    Path out = site.site();
    for (String f : List.of("index.html", "guides/setup/index.html", "guides/deploy/index.html", "reference/cli/index.html", "reference/more/flags/index.html", "hidden/index.html", "logo/light.svg")) {
      assertTrue(Files.exists(out.resolve(f)), f);
    }
    // its config, its snippets, its readme and what its .mintignore names are not published
    for (String f : List.of("docs.json", "snippets", "README", "README.md", "drafts", ".mintignore")) {
      assertFalse(Files.exists(out.resolve(f)), f);
    }
    Document home = Jsoup.parse(site.read("index.html"));
    assertEquals("Acme Docs", home.selectFirst(".site-name").text());
    assertEquals("Introduction", home.selectFirst("h1").text());
    assertTrue(home.selectFirst(".site-logo").attr("src").endsWith("logo/light.svg"), home.selectFirst(".site-logo").outerHtml());
    assertEquals(List.of("guides/setup/", "reference/cli/"), home.select(".doc-body a").eachAttr("href"));
    // the navbar's links, its GitHub button and the global anchors in the header; the socials in the footer
    assertEquals(List.of("Support", "GitHub", "Community"), home.select("header .header-links a").eachText());
    assertEquals(List.of("X", "LinkedIn"), home.select("footer .footer-links a").eachText());
    // its colour
    assertTrue(site.read("index.html").contains("16A34A") || site.read("index.html").contains("16a34a"), "the site's colour");
    Document setup = Jsoup.parse(site.read("guides/setup/index.html"));
    assertEquals("Words from a snippet.", setup.selectFirst(".doc-body p").text());
    assertEquals("../deploy/#check", setup.select(".doc-body a").last().attr("href"));
    assertEquals("The end, from a snippet as Mintlify had them before.", setup.select(".doc-body p").last().text());
    // the menu: its groups title their folders, a page's sidebarTitle is its name there; the hidden page is out of it
    assertEquals(List.of("Guides", "Setup", "Deploy", "Reference"), setup.select("nav.sidebar a").eachText());
    Document flags = Jsoup.parse(site.read("reference/more/flags/index.html"));
    assertEquals(List.of("Guides", "Reference", "CLI", "More", "Flags"), flags.select("nav.sidebar a").eachText());
    // the redirect, to the page its destination names
    assertTrue(site.read("old-setup/index.html").contains("guides/setup/"), site.read("old-setup/index.html"));
    // (a folder's page named by its file: its folder's address)
    assertTrue(Jsoup.parse(site.read("old-guides/index.html")).select("a").eachAttr("href").contains("../guides/"), site.read("old-guides/index.html"));
    // pages out of the navigation are not searched (Mintlify's seo.indexing)
    String index = site.read("search-index.json");
    assertTrue(index.contains("Set up Acme"), index);
    assertFalse(index.contains("Hidden page"), index);
  }

  @Test
  void itsComponentsAreReadAsTheMarkdownTheyStandFor() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/docs.json --
            { "$schema": "https://mintlify.com/docs.json", "name": "C", "theme": "mint", "navigation": { "pages": ["index", "other"] } }
            -- content/other.mdx --
            ---
            title: Other
            ---

            Other.
            -- content/index.mdx --
            ---
            title: Components
            ---

            <Note>A note on **one** line.</Note>

            <Warning>
              Careful: see [other](/other).
            </Warning>

            <CardGroup cols={2}>
              <Card title="Other page" icon="book" href="/other">
                Read it.
              </Card>
              <Card title="Alone" href="/other" />
              <Card
                title="Multi"
                href="/other"
              >
                Its tag over lines.
              </Card>
            </CardGroup>

            <Steps>
              <Step title="Install">
                <Tip>
                  You need Node.
                </Tip>

                ```bash
                npm i -g mint
                ```
              </Step>
              <Step title="Run">
                Run `mint dev`.

                <Tabs>
                  <Tab title="Mac">
                    <Note>
                      With brew.
                    </Note>
                  </Tab>
                  <Tab title="Linux">
                    With apt.
                  </Tab>
                </Tabs>
              </Step>
            </Steps>

            <Tabs>
              <Tab title="First">
                One.
              </Tab>
              <Tab title="Second">
                Two.
              </Tab>
            </Tabs>

            <CodeGroup>

            ```bash npm
            npm i
            ```

            ```bash yarn
            yarn add
            ```

            </CodeGroup>

            <AccordionGroup>
              <Accordion title="Why?">
                Because.
              </Accordion>
            </AccordionGroup>

            <ParamField path="id" type="string" required>
              The id.
            </ParamField>

            <Frame caption="A picture">
              ![Logo](/logo.svg)
            </Frame>

            A <Badge color="green">New</Badge> badge. An <Tooltip tip="Application programming interface">API</Tooltip> word. <Icon icon="flag" /> See [the id](#param-id).
            -- content/logo.svg --
            <svg xmlns="http://www.w3.org/2000/svg"/>
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertFalse(r.err().contains("warning"), r.err());
    Document page = Jsoup.parse(site.read("index.html"));
    Element body = page.selectFirst(".doc-body");
    List<Element> callouts = body.select(".admonition:not(details)");
    assertEquals(List.of("note", "warning", "tip", "note"), callouts.stream().map(c -> c.classNames().stream().filter(n -> !n.equals("admonition")).findFirst().orElse("")).toList(), body.outerHtml());
    assertEquals("A note on one line.", callouts.get(0).select("p").last().text());
    assertEquals("other/", callouts.get(1).selectFirst("a").attr("href"));
    // cards: their titles, links to their pages
    assertEquals(List.of("Other page", "Alone", "Multi"), body.select("p > strong > a[href=other/]").eachText());
    // steps: a numbered list, each step's title first, what it holds under it (the tip and the code too)
    Element steps = body.selectFirst("ol");
    assertEquals(List.of("Install", "Run"), steps.select("> li > p:first-child > strong").eachText());
    assertEquals(1, steps.select("> li .admonition.tip").size(), steps.outerHtml());
    assertEquals("npm i -g mint", steps.selectFirst("> li pre code").text().strip());
    // tabs in a step stay in it, a callout in a tab in them
    Element inStep = steps.selectFirst("> li:nth-child(2) .tabbed-set");
    assertEquals(List.of("Mac", "Linux"), inStep.select(".tabbed-labels label").eachText(), steps.outerHtml());
    assertEquals("With brew.", inStep.selectFirst(".admonition.note").select("p").last().text());
    // tabs, and the code group's blocks as tabs titled by the words after their language
    List<Element> sets = body.select("> .tabbed-set");
    assertEquals(2, sets.size(), body.outerHtml());
    assertEquals(List.of("First", "Second"), sets.get(0).select(".tabbed-labels label").eachText());
    assertEquals(List.of("npm", "yarn"), sets.get(1).select(".tabbed-labels label").eachText());
    assertEquals("yarn add", sets.get(1).select("pre code").last().text().strip());
    // an accordion: collapsible
    Element details = body.selectFirst("details");
    assertEquals("Why?", details.selectFirst("summary").text());
    assertEquals("Because.", details.selectFirst("p").text());
    // a field: its name, type, and that it is required, then what it holds
    assertTrue(body.text().contains("id string · required The id."), body.text());
    // (its anchor, as Mintlify gives it)
    assertEquals(1, body.select("span#param-id").size(), body.html());
    assertEquals("A picture", body.selectFirst("p.caption").text());
    assertEquals("Application programming interface", body.selectFirst("abbr").attr("title"));
    assertEquals("New", body.selectFirst(".badge.badge-tip").attr("data-text"));
    assertFalse(body.html().contains("Icon"), body.html());
  }

  @Test
  void itsDefaultLanguageIsTheMenuAndPagesOutOfItAreNotSearched() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/docs.json --
            {
              "$schema": "https://mintlify.com/docs.json",
              "name": "L",
              "theme": "mint",
              "navigation": {
                "languages": [
                  { "language": "fr", "groups": [ { "group": "Guides", "pages": ["fr/index"] } ] },
                  { "language": "en", "default": true, "groups": [
                    { "group": "Guides", "pages": ["index", "guides/one"] },
                    { "group": "Old", "hidden": true, "pages": ["guides/old"] }
                  ] }
                ]
              }
            }
            -- content/index.mdx --
            ---
            title: Home
            ---

            Home.
            -- content/guides/one.mdx --
            ---
            title: One
            ---

            One.
            -- content/guides/quiet.mdx --
            ---
            title: Quiet
            noindex: true
            ---

            Quiet.
            -- content/guides/old.mdx --
            ---
            title: Old
            ---

            Old.
            -- content/fr/index.mdx --
            ---
            title: Accueil
            ---

            Accueil.
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("the navigation's languages other than `en` are not built here (1 more)"), r.err());
    // the default language's menu; a hidden group's page and the other language's are published out of it
    Document one = Jsoup.parse(site.read("guides/one/index.html"));
    assertEquals(List.of("One"), one.select("nav.sidebar a").eachText());
    assertEquals("Guides One", one.selectFirst("nav.sidebar li.nav-group").text(), one.selectFirst("nav.sidebar").outerHtml());
    assertTrue(Files.exists(site.site().resolve("guides/old/index.html")));
    assertTrue(Files.exists(site.site().resolve("fr/index.html")));
    String index = site.read("search-index.json");
    assertTrue(index.contains("\"One\""), index);
    for (String out : List.of("Old", "Quiet", "Accueil")) {
      assertFalse(index.contains("\"" + out + "\""), out + "\n" + index);
    }
    // seo.indexing: all searches them (a page's noindex still keeps it out)
    site.write("-- content/docs.json --\n" + Files.readString(site.content().resolve("docs.json")).replace("\"theme\": \"mint\",", "\"theme\": \"mint\", \"seo\": {\"indexing\": \"all\"},"));
    r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    index = site.read("search-index.json");
    assertTrue(index.contains("\"Old\"") && index.contains("\"Accueil\""), index);
    assertFalse(index.contains("\"Quiet\""), index);
  }

  @Test
  void aGroupsRootIsItsPageWithItsPagesUnderIt() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/docs.json --
            {
              "$schema": "https://mintlify.com/docs.json",
              "theme": "mint",
              "name": "R",
              "navigation": { "groups": [ { "group": "Guides", "root": "overview", "pages": ["setup"] } ] }
            }
            -- content/index.mdx --
            Home.
            -- content/overview.mdx --
            ---
            title: Overview
            ---
            -- content/setup.mdx --
            ---
            title: Setup
            ---
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    Document setup = Jsoup.parse(site.read("setup/index.html"));
    // the group's title leads to its root, its pages under it
    assertEquals("../overview/", setup.selectFirst("nav.sidebar li.nav-section.open > a").attr("href"));
    assertEquals(List.of("Guides", "Setup"), setup.select("nav.sidebar a").eachText());
    assertEquals(0, setup.select("nav.sidebar li.nav-group").size());
  }

  @Test
  void itsTabsAreTheSitesTabsAndItsGroupsTitlesOverTheirPages() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/docs.json --
            {
              "$schema": "https://mintlify.com/docs.json",
              "theme": "mint",
              "name": "T",
              "navigation": {
                "tabs": [
                  { "tab": "Docs", "groups": [
                    { "group": "Get started", "pages": ["index", "quickstart"] },
                    { "group": "Essentials", "pages": ["essentials/markdown", "essentials/code"] },
                    { "group": "More essentials", "pages": ["essentials/images"] }
                  ] },
                  { "tab": "API", "groups": [ { "group": "Endpoints", "pages": ["api/intro"] } ] },
                  { "tab": "Blog", "href": "https://example.org/blog" }
                ]
              }
            }
            -- content/index.mdx --
            Home.
            -- content/quickstart.mdx --
            ---
            title: Quickstart
            ---
            -- content/essentials/markdown.mdx --
            ---
            title: Markdown
            ---
            -- content/essentials/code.mdx --
            ---
            title: Code
            ---
            -- content/essentials/images.mdx --
            ---
            title: Images
            ---
            -- content/api/intro.mdx --
            ---
            title: Intro
            ---
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertFalse(r.err().contains("docs.nav"), r.err());
    Document quick = Jsoup.parse(site.read("quickstart/index.html"));
    // its tabs of pages are the site's tabs (each opens its first page), one elsewhere the header's link
    assertEquals(List.of("Docs", "API"), quick.select("nav.tabs a").eachText());
    assertEquals(List.of("./", "../api/"), quick.select("nav.tabs a").eachAttr("href"));
    assertEquals(1, quick.select("header a[href=https://example.org/blog]").size(), quick.select("header").outerHtml());
    // a group of one folder's pages titles the folder; the others are titles over their pages
    assertEquals(List.of("Get started", "More essentials"), quick.select("nav.sidebar li.nav-group > span").eachText());
    Document code = Jsoup.parse(site.read("essentials/code/index.html"));
    assertEquals(List.of("Quickstart", "Essentials", "Markdown", "Code", "Images"), code.select("nav.sidebar a").eachText());
    // (a tab of one folder's pages is that folder's section, its group a title over them)
    assertEquals("Endpoints Intro", Jsoup.parse(site.read("api/intro/index.html")).selectFirst("nav.sidebar li.nav-group").text());
  }

  @Test
  void aGitBookProjectWithADocsJsonOfItsOwnIsNoMintlifyProject() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/README.md --
            # Book

            Read [one](one.md).
            -- content/SUMMARY.md --
            * [Book](README.md)
            * [One](one.md)
            -- content/one.md --
            # One
            -- content/docs.json --
            { "navigation": ["a"], "version": 2 }
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertFalse(r.err().contains("mintlify"), r.err());
    assertEquals(List.of("One"), Jsoup.parse(site.read("one/index.html")).select("nav.sidebar a").eachText());
  }

  /** A project whose navigation names its API's spec, and a page made of one of its operations. */
  private static final String API =
      """
      -- content/docs.json --
      {
        "$schema": "https://mintlify.com/docs.json",
        "name": "S",
        "theme": "mint",
        "openapi": "api-reference/openapi.json",
        "navigation": { "tabs": [
          { "tab": "Guides", "pages": ["index"] },
          { "tab": "API", "openapi": "api-reference/openapi.json", "groups": [ { "group": "Endpoints", "pages": ["api-reference/endpoint/get", "POST /plants"] } ] },
          { "tab": "Remote", "openapi": "https://example.org/openapi.json" }
        ] }
      }
      -- content/index.mdx --
      ---
      title: Home
      ---

      Home.
      -- content/api-reference/endpoint/get.mdx --
      ---
      title: "Get Plants"
      openapi: "GET /plants"
      ---

      All of them.
      -- content/api-reference/openapi.json --
      {"openapi": "3.0.1", "info": {"title": "Plant Store", "version": "1"},
       "paths": {"/plants": {
         "get": {"summary": "Get all plants", "operationId": "getPlants", "parameters": [{"name": "limit", "in": "query", "schema": {"type": "integer"}}], "responses": {"200": {"description": "The plants"}}},
         "post": {"summary": "Create a plant", "operationId": "createPlant", "responses": {"200": {"description": "Made"}}}}}}
      """;

  @Test
  void itsApiSpecIsTheSitesApiReferenceAndAPageOfAnOperationShowsIt() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, API);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    // the spec its navigation names is the site's API reference, its tab's first entry leads there
    assertTrue(Files.exists(site.site().resolve("api/openapi/index.html")));
    Document get = Jsoup.parse(site.read("api-reference/endpoint/get/index.html"));
    assertEquals(List.of("API"), get.select("nav.tabs a").eachText());
    assertEquals("../../../api/openapi/", get.selectFirst("nav.sidebar a").attr("href"));
    assertEquals("API", get.selectFirst("nav.sidebar a").text());
    // the page of an operation shows it after its text
    String body = get.selectFirst(".doc-body").text();
    assertTrue(body.startsWith("All of them.") && body.contains("Get all plants") && body.contains("limit"), body);
    assertFalse(r.err().contains("get.mdx"), r.err());
    // (the spec named at the config's top is shown too: not named)
    assertFalse(r.err().contains("docs.json:5:"), r.err());
    // a spec at another address, and an operation as an entry of the navigation, are named
    assertTrue(r.err().contains("docs.json:9:35: warning[config.mintlify]: the pages Mintlify makes of an API's spec in the navigation (`openapi`) are not made here: it is no OpenAPI spec in the project"), r.err());
    assertTrue(r.err().contains("docs.json:8:138: warning[config.mintlify]: an API's operation in the navigation (`POST /plants`) is not in the menu: it is on the pages of the API reference"), r.err());

    // an operation the spec has not is an error at the page's front matter
    site.write("-- content/api-reference/endpoint/get.mdx --\n---\ntitle: Get\nopenapi: GET /trees\n---\n");
    SiteFixture.Run broken = site.run("build");
    assertEquals(1, broken.exit(), broken.err());
    assertTrue(broken.err().contains("content/api-reference/endpoint/get.mdx:3:12: error[directive.openapi]: no operation `GET /trees` in the API `openapi`"), broken.err());
  }

  @Test
  void aMintJsonProjectAndWhatIsNotBuiltHereIsNamed() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/mint.json --
            {
              "name": "Old",
              "navigation": [
                { "group": "Start", "pages": ["quickstart", "GET /plants"] },
                { "group": "Endpoints", "pages": ["api-reference/list"] }
              ],
              "tabs": [ { "name": "API reference", "url": "api-reference" } ],
              "topbarLinks": [ { "name": "Blog", "url": "https://example.com/blog" } ],
              "integrations": { "ga4": { "measurementId": "G-1" } },
              "colour": "red"
            }
            -- content/quickstart.mdx --
            ---
            title: Quickstart
            ---

            <Note>Read this.</Note>

            A [broken link](/nowhere) after it.

            <Tree>
              <Tree.File name="a.md" />
            </Tree>
            -- content/api-reference/list.mdx --
            ---
            title: List plants
            openapi: GET /plants
            url: https://example.com/plants
            ---

            Lists them.
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(1, r.exit(), r.err());
    // the line after a component written on one line is where it is in the file
    assertTrue(r.err().contains("quickstart.mdx:7:"), r.err());
    // what is not built here: integrations, an unknown key, an API's operation as a page, a component not read
    for (String said :
        List.of(
            "`integrations` of Mintlify's config is not loaded", "`colour` of Mintlify's config is not read here", "(`GET /plants`) is not made here", "`<Tree>` is a Mintlify component",
            "list.mdx:3:10: warning[config.mintlify]: what Mintlify makes of an API's operation here (`openapi: GET /plants`",
            "list.mdx:4:6: warning[frontmatter.url]: `url` (Mintlify) sends the page's entry in the menu to another address")) {
      assertTrue(r.err().contains(said), said + "\n" + r.err());
    }
    site.write("-- content/quickstart.mdx --\n---\ntitle: Quickstart\n---\n\nFine.\n");
    r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    Document home = Jsoup.parse(site.read("index.html"));
    // no index.mdx: the first page of the navigation is the home, as Mintlify goes there
    assertEquals("Quickstart", home.selectFirst("h1").text());
    assertEquals(List.of("Blog"), home.select("header .header-links a").eachText());
    // the tab titles the folder of its groups' pages
    assertEquals(List.of("API reference", "List plants"), Jsoup.parse(site.read("api-reference/list/index.html")).select("nav.sidebar a").eachText());
  }
}
