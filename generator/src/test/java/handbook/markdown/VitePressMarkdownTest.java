package handbook.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.render.UiStrings;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** VitePress' Markdown: its containers, code groups, the lines and numbers of a code block, its notation comments, its table of contents' place. */
class VitePressMarkdownTest {
  /** A VitePress or VuePress project's pages: Vue's syntax read. */
  private static final RenderOptions vue = RenderOptions.DEFAULT.withExtensions(RenderOptions.Extensions.of(Set.of(RenderOptions.Extension.VUE)));

  final MarkdownEngine engine = new MarkdownEngine(Set.of(), UiStrings.load("en"), false);

  private Document html(String body) {
    RenderedMarkdown md = engine.compile(body, "t.md", 1, RenderOptions.DEFAULT);
    return Jsoup.parseBodyFragment(engine.render(md, Map.of(), Map.of()));
  }

  @Test
  void aDetailsContainerIsCollapsibleWithItsTitleOpenWhereItSaysSo() {
    Document d = html("::: details Click me\nHidden *text*.\n:::\n\n::: details\nMore.\n:::\n\n::: details Open one {open}\nShown.\n:::\n");
    assertEquals(List.of("Click me", "Details", "Open one"), d.select("details.admonition > summary.admonition-title").eachText());
    assertEquals("Hidden text.", d.selectFirst("details p").text());
    assertEquals(List.of(false, false, true), d.select("details").stream().map(e -> e.hasAttr("open")).toList());
    // and the other containers, with a title of their own
    assertEquals("STOP", html("::: danger STOP\nNo.\n:::\n").selectFirst(".admonition.danger .admonition-title").text());
  }

  @Test
  void aCodeGroupIsContentTabsTitledByTheBlocksLabels() {
    Document d = html("::: code-group\n\n```sh [npm]\nnpm i x\n```\n\n```sh [pnpm]\npnpm i x\n```\n\n```js\nplain()\n```\n:::\n");
    assertEquals(List.of("npm", "pnpm", "js"), d.select(".tabbed-set .tabbed-labels label").eachText());
    assertEquals(List.of("language-sh", "language-sh", "language-js"), d.select(".tabbed-block pre code").eachAttr("class"));
    assertEquals("npm i x", d.selectFirst(".tabbed-block pre code").text());
    assertFalse(d.text().contains(":::"), d.html());
    assertFalse(d.text().contains("code-group"), d.html());
  }

  @Test
  void aBlocksLinesToMarkAndItsNumbersFollowItsLanguage() {
    Document d = html("```js{2}\nconst a = 1\nconst b = 2\n```\n\n```ts:line-numbers=5 {1}\nx\ny\n```\n");
    assertEquals(List.of("language-js", "language-ts"), d.select("pre code").eachAttr("class"));
    assertEquals(List.of("", "hl"), d.select("pre").get(0).select(".code-gutter > span").stream().map(e -> e.attr("class")).toList());
    assertEquals(List.of("5", "6"), d.select("pre").get(1).select(".code-gutter > span").eachText());
    assertEquals("hl", d.select("pre").get(1).selectFirst(".code-gutter > span").attr("class"));
  }

  @Test
  void notationCommentsMarkTheirLinesAndAreNotShown() {
    Document d = html("```js\nconst a = 1 // [!code highlight]\nconst b = 2 // [!code focus]\nremoved() // [!code --]\nadded() # [!code ++:2]\nlast()\n```\n");
    assertEquals("const a = 1\nconst b = 2\nremoved()\nadded()\nlast()", d.selectFirst("pre code").wholeText().strip());
    assertEquals(List.of("hl", "", "hl", "hl", "hl"), d.select(".code-gutter > span").stream().map(e -> e.attr("class")).toList());
    // and the search's text of the block is the code without them
    String search = engine.compile("```js\nrun() // [!code highlight]\n```\n", "t.md", 1, RenderOptions.DEFAULT).sections().stream().map(SearchSection::text).toList().toString();
    assertTrue(search.contains("run()") && !search.contains("[!code"), search);
  }

  @Test
  void vuesBlocksAreDroppedAndNamedAndItsBadgesDrawnOutsideTheHeadingsText() {
    List<handbook.diag.Diagnostic> named = new java.util.ArrayList<>();
    String body = "<script setup>\nimport { ref } from 'vue'\nconst n = ref(0)\n</script>\n\n## Setup <Badge type=\"warning\" text=\"beta\" />\n\nText <Badge>v2</Badge>.\n\n```html\n<script>kept()</script>\n```\n\n<style module>\n.a { color: red }\n</style>\n";
    RenderedMarkdown md = engine.compile(body, "t.md", 1, vue, named::add);
    Document d = Jsoup.parseBodyFragment(engine.render(md, Map.of(), Map.of()));
    assertEquals("setup", d.selectFirst("h2").id());
    assertEquals("Setup", md.headings().get(0).text());
    assertEquals(List.of("badge badge-warning", "badge badge-tip"), d.select("span[role=img]").eachAttr("class"));
    assertEquals(List.of("beta", "v2"), d.select("span.badge").eachAttr("data-text"));
    assertEquals(List.of("beta", "v2"), d.select("span.badge").eachAttr("aria-label"));
    assertFalse(d.text().contains("ref(0)") || d.text().contains("color: red"), d.html());
    assertEquals("<script>kept()</script>", d.selectFirst("pre code").text());
    assertEquals(1, named.size(), named.toString());
    assertEquals("`<script setup>` is Vue's script block (VitePress), dropped: its code is not run here (1 more marker of another tool, on line 14)", named.get(0).message());
    assertEquals("t.md:1:1", named.get(0).span().toString());
    // (another page's <Badge> and <script> are not VitePress')
    assertFalse(html("<Badge text=\"x\" />\n").html().contains("badge-"));
  }

  @Test
  void vuesOtherComponentsAreNamedAndWhatTheyHoldShown() {
    List<handbook.diag.Diagnostic> named = new java.util.ArrayList<>();
    String body = "<script setup lang=\"ts\">\nconst n = ref<Number>(0)\n</script>\n\n<Counter :start=\"1\" />\n\nText <MyTip>held</MyTip>, <ClientOnly>only</ClientOnly> and <Badge text=\"b\" />.\n\n```vue\n<Counter />\n```\n";
    RenderedMarkdown md = engine.compile(body, "t.md", 1, vue, named::add);
    Document d = Jsoup.parseBodyFragment(engine.render(md, Map.of(), Map.of()));
    assertTrue(d.text().contains("held") && d.text().contains("only"), d.html());
    assertEquals(1, named.size(), named.toString());
    // the script's block first; its <Number> is no component, the code's <Counter /> neither
    assertEquals("`<script setup lang=\"ts\">` is Vue's script block (VitePress), dropped: its code is not run here (2 more markers of other tools, on lines 5, 7)", named.get(0).message());
    // on a page of another tool's, a tag of a capital letter is HTML's (its name read in any case)
    List<handbook.diag.Diagnostic> none = new java.util.ArrayList<>();
    engine.compile("<Counter />\n", "t.md", 1, RenderOptions.DEFAULT, none::add);
    assertEquals(List.of(), none);
  }

  @Test
  void vuePressCodeGroupsAreContentTabsTitledByTheirItems() {
    List<handbook.diag.Diagnostic> named = new java.util.ArrayList<>();
    // VuePress 2's <CodeGroup>, the second item shown first (active); VuePress 1's <code-group>
    String body =
        "    <CodeGroup>\n\n<CodeGroup>\n<CodeGroupItem title=\"npm\">\n\n```bash\nnpm i x\n```\n\n</CodeGroupItem>\n<CodeGroupItem title=\"yarn\" active>\n\n```bash\nyarn add x\n```\n\n</CodeGroupItem>\n</CodeGroup>\n\n"
            + "<code-group>\n<code-block title=\"A\">\n\n```js\na()\n```\n\n</code-block>\n</code-group>\n";
    RenderedMarkdown md = engine.compile(body, "t.md", 1, vue, named::add);
    Document d = Jsoup.parseBodyFragment(engine.render(md, Map.of(), Map.of()));
    assertEquals(List.of("npm", "yarn", "A"), d.select(".tabbed-set .tabbed-labels label").eachText());
    assertEquals(List.of("npm i x", "yarn add x", "a()"), d.select(".tabbed-block pre code").eachText());
    assertTrue(d.select(".tabbed-set").get(0).select("input").get(1).hasAttr("checked"), d.html());
    assertFalse(d.select(".tabbed-block").text().contains("CodeGroup"), d.html());
    // (the tag in indented code is code)
    assertEquals("<CodeGroup>", d.select("pre code").first().text());
    assertEquals(List.of(), named);
    // in another tool's page, they are HTML
    assertTrue(html("<CodeGroup>\n<CodeGroupItem title=\"npm\">\n\n```bash\nnpm i x\n```\n\n</CodeGroupItem>\n</CodeGroup>\n").select(".tabbed-set").isEmpty());
  }

  @Test
  void vuesInterpolationsAreNamedButWhereVPreLeavesThemAsText() {
    List<handbook.diag.Diagnostic> named = new java.util.ArrayList<>();
    String body = "A {{ 1 + 1 }} and {{ a ? b : c }}.\n\n::: v-pre\n{{ raw }} and *it*\n:::\n\n<span v-pre>{{ kept }}</span> {{ after }}\n\n```\n{{ inCode }}\n```\n";
    RenderedMarkdown md = engine.compile(body, "t.md", 1, vue, named::add);
    Document d = Jsoup.parseBodyFragment(engine.render(md, Map.of(), Map.of()));
    assertEquals(1, named.size(), named.toString());
    assertEquals("t.md:1:3", named.get(0).span().toString());
    assertEquals("`{{ 1 + 1 }}` is a template expression (Liquid in Jekyll, Jinja in mkdocs-macros, Vue in VitePress), which is not run here: it is shown as written (2 more markers of other tools, on lines 1, 7)", named.get(0).message());
    // the container's lines are dropped, its Markdown read
    assertEquals("{{ raw }} and it", d.select("p").get(1).text());
    assertEquals("it", d.select("p").get(1).selectFirst("em").text());
    assertFalse(d.text().contains("v-pre") || d.text().contains(":::"), d.html());
    // on another tool's page, such braces are text
    List<handbook.diag.Diagnostic> none = new java.util.ArrayList<>();
    engine.compile("A {{ 1 + 1 }}.\n", "t.md", 1, RenderOptions.DEFAULT, none::add);
    assertEquals(List.of(), none);
  }

  @Test
  void vueRoutersLinksToAddressesAreLinks() {
    List<handbook.diag.Diagnostic> named = new java.util.ArrayList<>();
    String body = "See <RouterLink to=\"/guide/\">the guide</RouterLink>, <router-link to='setup.html'>setup</router-link> and <RouterLink :to=\"next\">next</RouterLink>.\n\n`<RouterLink to=\"/x/\">`\n";
    RenderedMarkdown md = engine.compile(body, "t.md", 1, vue, named::add);
    Document d = Jsoup.parseBodyFragment(engine.render(md, Map.of(), Map.of()));
    assertEquals(List.of("/guide/", "setup.html"), d.select("p a").eachAttr("href"));
    assertEquals(List.of("the guide", "setup"), d.select("p a").eachText());
    // (checked as the page's links)
    assertEquals(List.of("/guide/", "setup.html"), md.links().stream().map(LinkRef::target).toList());
    // the one bound by Vue is named; the code stays as written
    assertEquals(1, named.size(), named.toString());
    assertTrue(named.get(0).message().startsWith("`<RouterLink>` is a Vue component"), named.get(0).message());
    assertEquals("<RouterLink to=\"/x/\">", d.selectFirst("code").text());
  }

  @Test
  void aTableOfContentsPlaceIsDropped() {
    Document d = html("# A\n\n[[toc]]\n\n## B\n");
    assertFalse(d.text().contains("toc"), d.html());
    List<handbook.diag.Diagnostic> named = new java.util.ArrayList<>();
    engine.compile("[[toc]]\n", "t.md", 1, RenderOptions.DEFAULT, named::add);
    assertEquals(List.of(), named);
  }
}
