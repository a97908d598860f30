package handbook.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.testing.SiteFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Docs written for Docusaurus: {@code .mdx} files are pages like {@code .md} files (linked by
 * either name), and MDX's imports and comments are dropped, its exports and components named.
 */
class MdxPagesTest {
  @TempDir Path tmp;

  @Test
  void mdxFilesArePagesAndTheirImportsAndCommentsAreDropped() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/site.yaml --
            title: T
            language: en
            -- content/docs/guide/index.mdx --
            ---
            title: Guide
            ---
            See [tabs](tabs.mdx#choose), [tabs again](tabs), [plain](plain.md) and [its id](tabs.mdx#picking).
            -- content/docs/guide/tabs.mdx --
            ---
            title: Tabs
            ---
            import Tabs from '@theme/Tabs';
            import TabItem from '@theme/TabItem';
            import Card from '@site/src/components/Card';

            ## Choose {/* #picking */}

            {/* a comment for the authors */} {/* #not-a-heading */}

            <Tabs>
              <TabItem value="a" label="A">Apple</TabItem>
            </Tabs>

            <Card title="Pear">Pear</Card>

            ```js
            import x from 'y';
            ```

            export const Hi = () => <b>hi</b>;
            -- content/docs/guide/plain.md --
            # Plain

            To import data, see [the guide](index.mdx).
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertFalse(Files.exists(site.site().resolve("docs/guide/tabs.mdx")), "not published as a file");
    String index = site.read("docs/guide/index.html");
    assertTrue(index.contains("<a href=\"tabs/#choose\">tabs</a>, <a href=\"tabs/\">tabs again</a>, <a href=\"plain/\">plain</a> and <a href=\"tabs/#picking\">its id</a>"), index);
    assertTrue(site.read("docs/guide/plain/index.html").contains("<a href=\"../\">the guide</a>"));
    String tabs = site.read("docs/guide/tabs/index.html");
    assertFalse(tabs.contains("@theme/Tabs") || tabs.contains("a comment for the authors") || tabs.contains("not-a-heading"), tabs);
    // a comment at a heading's end that holds an id is the heading's id, as Docusaurus reads it
    assertTrue(tabs.contains("<span id=\"picking\"></span>"), tabs);
    assertTrue(tabs.contains("<code class=\"language-js\">import x from 'y';"), "in code it stays: " + tabs);
    assertTrue(tabs.contains("<Card title=\"Pear\">Pear</Card>"), "a component's content is shown: " + tabs);
    assertTrue(tabs.contains("<label for=\"__tabbed_1_1\">A</label>"), "tabs are content tabs: " + tabs);
    assertTrue(
        r.err().contains("content/docs/guide/tabs.mdx:6:1: warning[markdown.marker]: `import Card from '@site/src/components/Card';` is an MDX import (Docusaurus, Astro), dropped: it does nothing here (2 more markers of other tools, on lines 16, 22)"),
        r.err());
    assertFalse(r.err().contains("plain.md"), "prose that says import is no import: " + r.err());
  }

  @Test
  void anMdxFilesComponentIsNamedWithoutAnImportAndAMarkdownFilesTagIsHtmls() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/site.yaml --
            title: T
            language: en
            -- content/docs/a.mdx --
            # A

            <Card title="Pear">Pear</Card>

            <Admonition type="tip">
            A tip.
            </Admonition>
            -- content/docs/b.md --
            # B

            <Card title="Plum">Plum</Card>
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertTrue(site.read("docs/a/index.html").contains("<div class=\"admonition tip\" role=\"note\"><p class=\"admonition-title\">Tip</p>\n<p>A tip.</p>"), site.read("docs/a/index.html"));
    assertEquals(
        java.util.List.of("content/docs/a.mdx:3:1: warning[markdown.marker]: `<Card>` is an MDX component (Docusaurus, Astro), which is not run here: what it holds is shown as HTML"),
        r.err().lines().filter(l -> l.contains("warning[")).toList());
  }

  @Test
  void docusaurusTabsAreContentTabs() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/site.yaml --
            title: T
            language: en
            -- content/docs/install.mdx --
            ---
            title: Install
            ---
            import Tabs from '@theme/Tabs';
            import TabItem from '@theme/TabItem';

            <Tabs groupId="package-manager">
              <TabItem value="npm" label="npm">

            ```bash
            npm install handbook
            ```

              </TabItem>
              <TabItem value="yarn" label="Yarn" default>
                Run **yarn**, then see [the end](#the-end):

                ```bash
                yarn add handbook
                ```
              </TabItem>
            </Tabs>

            <Tabs
              defaultValue="orange"
              values={[
                {label: 'Apple', value: 'apple'},
                {label: 'Orange', value: 'orange'},
              ]}>
              <TabItem value="apple">An apple.</TabItem>
              <TabItem value="orange">
                An orange.

                <Tabs>
                  <TabItem value="a" label="Inner A">Inner text</TabItem>
                  <TabItem value="b" label="Inner B">
                    - one
                    - two
                  </TabItem>
                </Tabs>
              </TabItem>
            </Tabs>

            ## The end

            ```mdx
            <Tabs>
              <TabItem value="x">In code it stays</TabItem>
            </Tabs>
            ```
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.err(), "tabs and their imports are understood: nothing to warn of");
    String page = site.read("docs/install/index.html");
    // the first group: two tabs, the one marked default shown first; code in both, indented or not
    assertTrue(page.contains("<input type=\"radio\" name=\"__tabbed_1\" id=\"__tabbed_1_1\">\n<input type=\"radio\" name=\"__tabbed_1\" id=\"__tabbed_1_2\" checked>"), page);
    assertTrue(page.contains("<label for=\"__tabbed_1_1\">npm</label><label for=\"__tabbed_1_2\">Yarn</label>"), page);
    assertTrue(page.contains("<code class=\"language-bash\">npm install handbook\n</code>"), page);
    assertTrue(page.contains("<p>Run <strong>yarn</strong>, then see <a href=\"#the-end\">the end</a>:</p>\n<pre tabindex=\"0\"><code class=\"language-bash\">yarn add handbook\n</code>"), page);
    // labels from the group's values, its defaultValue shown first, a one-line item, a group inside a tab
    assertTrue(page.contains("<label for=\"__tabbed_2_1\">Apple</label><label for=\"__tabbed_2_2\">Orange</label>"), page);
    assertTrue(page.contains("id=\"__tabbed_2_2\" checked>"), page);
    assertTrue(page.contains("<p class=\"tabbed-title\">Apple</p>\n<p>An apple.</p>"), page);
    assertTrue(page.contains("<p>An orange.</p>\n<div class=\"tabbed-set\">"), "the inner group is inside the tab: " + page);
    assertTrue(page.contains("<label for=\"__tabbed_3_1\">Inner A</label><label for=\"__tabbed_3_2\">Inner B</label>"), page);
    assertTrue(page.contains("<p class=\"tabbed-title\">Inner B</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>"), page);
    assertTrue(page.contains("&lt;TabItem value=&quot;x&quot;&gt;In code it stays&lt;/TabItem&gt;"), page);
    assertFalse(page.contains("<Tabs") || page.contains("<TabItem") || page.contains("@theme"), page);
  }

  @Test
  void aProblemInsideATabIsReportedAtItsLineAndTabsThatDoNotPairUpAreNamed() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/site.yaml --
            title: T
            language: en
            -- content/docs/index.mdx --
            ---
            title: Home
            ---
            import { Tabs, TabItem } from '@astrojs/starlight/components';

            <Tabs syncKey="os">
              <TabItem label="Linux">
                See [nowhere](#nowhere).
              </TabItem>
            </Tabs>

            <Tabs>
              <TabItem label="Open">Never closed
            </Tabs>
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().contains("content/docs/index.mdx:8:19: error[link.anchor]: no heading `#nowhere` on this page"), r.err());
    assertTrue(r.err().contains("content/docs/index.mdx:12:1: warning[markdown.marker]: `<Tabs>` is an MDX component (Docusaurus, Astro), which is not run here: what it holds is shown as HTML (1 more marker of another tool, on line 13)"), r.err());
  }

  @Test
  void tabsInsideTabsThousandsDeepAreReadInLinearTime() throws Exception {
    // 4,900 groups each inside the last (19,601 lines: under the limit of an indented block),
    // then 25,000 left open: each line is read a bounded number of times (a group's end is found
    // once for all; groups deeper than eight are text)
    String nested = "<Tabs>\n  <TabItem value=\"a\">\n".repeat(4_900) + "x\n" + "  </TabItem>\n</Tabs>\n".repeat(4_900);
    String open = "<Tabs>\n<TabItem>\n".repeat(25_000);
    SiteFixture site =
        SiteFixture.of(
            tmp,
            "-- content/site.yaml --\ntitle: T\nlanguage: en\n-- content/docs/index.mdx --\nimport Tabs from '@theme/Tabs';\n\n" + nested + "\n" + open);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    String page = site.read("docs/index.html");
    assertEquals(8, page.split("<div class=\"tabbed-set\">", -1).length - 1, "eight levels of tabs, the rest as written");
  }

  /** Docusaurus' cards of a category: the folder's page draws them after its text; elsewhere they are named. */
  @Test
  void docCardListIsTheFolderPagesCards() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/site.yaml --
            title: T
            language: en
            -- content/docs/guide/index.mdx --
            ---
            title: Guide
            ---
            import DocCardList from '@theme/DocCardList';

            The guide's pages:

            <DocCardList />
            -- content/docs/guide/setup.md --
            ---
            title: Setup
            description: Installing it.
            ---
            import DocCardList from '@theme/DocCardList';

            Steps.

            <DocCardList />
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    org.jsoup.nodes.Document guide = org.jsoup.Jsoup.parse(site.read("docs/guide/index.html"));
    assertEquals("The guide's pages:", guide.selectFirst(".doc-body").text());
    assertEquals("Setup Installing it.", guide.selectFirst(".section-index .cards").text());
    assertFalse(site.read("docs/guide/index.html").contains("DocCardList"));
    assertEquals("Steps.", org.jsoup.Jsoup.parse(site.read("docs/guide/setup/index.html")).selectFirst(".doc-body").text());
    assertEquals(
        java.util.List.of(
            "content/docs/guide/setup.md:9:1: warning[docs.cards]: `<DocCardList />` lists the pages of a folder's page: this page is no folder's page, so nothing is drawn"),
        r.err().lines().filter(l -> l.contains("warning[")).toList());
  }

  /**
   * Docusaurus' CodeBlock: a template literal's text, or a file's imported with raw-loader, as a
   * fenced code block with its language, title and line numbers; its TOCInline: dropped, the page
   * has its own table of contents.
   */
  @Test
  void codeBlocksAreFencedCodeAndTheInlineTableOfContentsIsThePages() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/site.yaml --
            title: T
            language: en
            -- content/docs/code.mdx --
            ---
            title: Code
            ---
            import CodeBlock from '@theme/CodeBlock';
            import TOCInline from '@theme/TOCInline';
            import Source from '!!raw-loader!./example.js';
            import Config from '!!raw-loader!@site/static/app.yaml';

            <TOCInline toc={toc} minHeadingLevel={2} />

            ## Literal

            <CodeBlock language="jsx" title="/src/hello.jsx" showLineNumbers>
              {`function Hello(props) {
              return \\`Hi \\${props.name}\\` + "\\\\n" + '\\u00e6';
            }`}
            </CodeBlock>

            ## Files

            <CodeBlock language="js" title="example.js">{Source}</CodeBlock>

            <CodeBlock language="yaml">
              {Config}
            </CodeBlock>

            ## Not read

            <CodeBlock language="js">{`const a = ${b};`}</CodeBlock>

            <CodeBlock language="js">{Other}</CodeBlock>

            <CodeBlock language="js">{`one` + `two`}</CodeBlock>

            The end.
            -- content/docs/example.js --
            const x = ```;
            -- content/static/app.yaml --
            port: 80
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(site.read("docs/code/index.html"));
    org.jsoup.select.Elements pres = page.select(".doc-body pre");
    assertEquals(4, pres.size(), pres.toString());
    assertEquals("/src/hello.jsx", pres.get(0).attr("data-title"));
    assertTrue(pres.get(0).hasClass("numbered"), "showLineNumbers");
    assertEquals("language-jsx", pres.get(0).selectFirst("code").className());
    assertEquals("function Hello(props) {\n  return `Hi ${props.name}` + \"\\n\" + 'æ';\n}\n", pres.get(0).selectFirst("code").wholeText(), "its text as JavaScript reads the literal");
    assertEquals("example.js", pres.get(1).attr("data-title"));
    assertEquals("const x = ```;\n", pres.get(1).selectFirst("code").wholeText(), "the file's text, fenced past its own backticks");
    assertEquals("language-yaml", pres.get(2).selectFirst("code").className());
    assertEquals("port: 80\n", pres.get(2).selectFirst("code").wholeText(), "@site/ is the content folder");
    assertEquals("const a = ${b};\n", pres.get(3).selectFirst("code").wholeText());
    String html = site.read("docs/code/index.html");
    assertFalse(html.contains("TOCInline"), "dropped: the page has its own table of contents");
    assertTrue(page.selectFirst(".doc-body").text().endsWith("The end."), page.selectFirst(".doc-body").text());
    assertEquals(
        java.util.List.of(
            "content/docs/code.mdx:29:1: warning[markdown.marker]: a CodeBlock's text holds `${...}`, JavaScript that MDX runs, which is not run here: it is shown as written",
            "content/docs/code.mdx:31:1: warning[markdown.marker]: `<CodeBlock>` is an MDX component (Docusaurus, Astro), which is not run here: what it holds is shown as HTML (1 more marker of another tool, on line 33)"),
        r.err().lines().filter(l -> l.contains("warning[")).toList());
    // the file a CodeBlock shows is what the page is made of: an edit of it is built with the cache as without
    java.nio.file.Path cache = tmp.resolve("cache");
    assertEquals(0, site.run("build", "--cache", cache.toString()).exit());
    Files.writeString(site.content().resolve("docs/example.js"), "const y = 2;\n");
    assertEquals(0, site.run("build", "--cache", cache.toString()).exit());
    assertTrue(site.read("docs/code/index.html").contains("const y = 2;"));
    Files.delete(site.content().resolve("docs/example.js"));
    r = site.run("build");
    assertTrue(r.err().contains("content/docs/code.mdx:21:1: warning[markdown.include]: no file `./example.js` for the CodeBlock to show: nothing is shown"), r.err());
  }

  /**
   * Docusaurus' Link is a link, and an address an MDX page gives as JavaScript in a tag
   * (useBaseUrl, require, a string in braces) is HTML's: both checked as links; another
   * attribute given as JavaScript is named.
   */
  @Test
  void linksAndAddressesGivenAsJavaScriptAreLinks() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/docusaurus.config.js --
            module.exports = {title: 'D', url: 'https://d.example.org', baseUrl: '/'};
            -- content/docs/intro.md --
            # Intro
            -- content/docs/guide.mdx --
            ---
            title: Guide
            ---
            import Link from '@docusaurus/Link';
            import useBaseUrl from '@docusaurus/useBaseUrl';

            See <Link to="/docs/intro">the intro</Link> and <Link className="button" to={useBaseUrl('/img/logo.png')}>the logo</Link>.

            <img src={useBaseUrl('/img/logo.png')} alt="Logo" />

            <img
              src={require('./shot.png').default}
              alt="Shot"
            />

            <a href={'./intro'}>Again</a>

            <img src={props.image} alt="Made" />

            `<img src={useBaseUrl('/x.png')} />`

            <Chart data={points} />
            -- content/docs/shot.png --
            png
            -- content/static/img/logo.png --
            png
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(site.read("docs/guide/index.html"));
    org.jsoup.nodes.Element body = page.selectFirst(".doc-body");
    assertEquals(
        java.util.List.of("../intro/", "../../img/logo.png", "../intro/"), body.select("a").eachAttr("href"), body.html());
    assertEquals("See the intro and the logo.", body.selectFirst("p").text());
    assertEquals(java.util.List.of("../../img/logo.png", "../shot.png"), body.select("img").eachAttr("src"));
    assertTrue(body.text().contains("<img src={props.image} alt=\"Made\" />"), "shown as written, as text");
    assertTrue(body.selectFirst("code").text().equals("<img src={useBaseUrl('/x.png')} />"), "code is code");
    assertEquals(
        java.util.List.of(
            "content/docs/guide.mdx:18:1: warning[markdown.marker]: `<img src={props.image} alt=\"Made\" />` is a tag with an attribute given as JavaScript (MDX), which is not run here: it is shown as written (1 more marker of another tool, on line 22)"),
        r.err().lines().filter(l -> l.contains("warning[")).toList());
    // checked as links are
    site.write("-- content/docs/guide.mdx --\n# Guide\n\n<img src={useBaseUrl('/img/gone.png')} />\n");
    r = site.run("build");
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("content/docs/guide.mdx:3:11: error[link.unresolved]: no page or file `/img/gone.png`"), r.err());
  }

  /** MDX's expressions in text: a string's is its text, {@code frontMatter.x} the page's value; another is named and shown as written. */
  @Test
  void expressionsOfStringsAndFrontMatterAreTheirText() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/site.yaml --
            title: T
            language: en
            -- content/docs/expr.mdx --
            ---
            title: Expressions
            version: "2.1"
            owner: {team: Core}
            ---
            Version {frontMatter.version} by {frontMatter.owner.team}, less than {'<'}, {"*not emphasis*"}{' '}and {`\\u00e6`}.

            Code `{kept}`, escaped \\{kept\\} and math $x^{2}$.

            ## Heading {#its-id}

            Sum {1 + 2} and {frontMatter.missing}.
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(site.read("docs/expr/index.html"));
    org.jsoup.select.Elements ps = page.select(".doc-body > p");
    assertEquals("Version 2.1 by Core, less than <, *not emphasis* and æ.", ps.get(0).text());
    assertTrue(ps.get(0).select("em").isEmpty(), "a string's text is text");
    assertEquals("Code {kept}, escaped {kept} and math \\(x^{2}\\).", ps.get(1).text());
    assertEquals("its-id", page.selectFirst(".doc-body h2").id());
    assertEquals("Sum {1 + 2} and {frontMatter.missing}.", ps.get(2).text());
    assertEquals(
        java.util.List.of(
            "content/docs/expr.mdx:12:5: warning[markdown.marker]: `{1 + 2}` is an MDX expression (JavaScript), which is not run here: it is shown as written (1 more marker of another tool, on line 12)"),
        r.err().lines().filter(l -> l.contains("warning[")).toList());
  }
}
