package handbook.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import handbook.course.Quiz;
import handbook.diag.ContentException;
import handbook.diag.Diagnostic;
import handbook.diag.Diagnostics;
import handbook.render.UiStrings;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The Markdown pipeline on any body: compiled with slots and directive blocks (a quiz's YAML read
 * as the course reads it), filled, and rendered the direct way. It never throws anything but a
 * positioned {@code markdown.*} error, filling gives the direct HTML, the HTML is what flexmark's
 * renderer writes, and the linear inline parser reads it as flexmark's own does.
 */
class MarkdownFuzzTest {
  private final MarkdownEngine engine = new MarkdownEngine(Set.of("quiz", "checklist"), UiStrings.load("nb"), false);
  /** The same engine with all HTML left to flexmark's renderer: what {@link FastHtml} must write too. */
  private final MarkdownEngine flexmark = new MarkdownEngine(Set.of("quiz", "checklist"), UiStrings.load("nb"), false, false);

  @FuzzTest(maxDuration = "2m")
  void compilesFillsAndRendersAlike(byte[] data) {
    alike(new String(data, java.nio.charset.StandardCharsets.UTF_8));
  }

  /** The same on bodies made of Markdown's pieces, which reach far more structure than raw bytes. */
  @FuzzTest(maxDuration = "2m")
  void piecesCompileFillAndRenderAlike(byte[] data) {
    alike(handbook.testing.Pieces.join(data, FastBlocksFuzzTest.PIECES));
  }

  /** Pieces of Markdown and of pymdownx.blocks (html blocks, captions, admonitions). */
  static final String[] BLOCK_PIECES =
      java.util.stream.Stream.concat(
              java.util.Arrays.stream(FastBlocksFuzzTest.PIECES),
              java.util.stream.Stream.of(
                  "/// caption", "/// figure-caption", "/// table-caption | #t", "///", "////", "/// html | div.x", "//// html | figure", "/// note",
                  "/// caption | 2", "\n    attrs: {class: y}\n", "/// html | div[a=\"<\"]", "\n///\n", "/// define", "\n- "))
          .toArray(String[]::new);

  /** The same on bodies of Markdown's pieces and pymdownx.blocks'. */
  @FuzzTest(maxDuration = "1m")
  void blocksOfPymdownxCompileFillAndRenderAlike(byte[] data) {
    alike(handbook.testing.Pieces.join(data, BLOCK_PIECES));
  }

  /** The same with Obsidian's wiki links read (MkDocs' roamlinks): their embeds take the {@code !} before them. */
  @FuzzTest(maxDuration = "1m")
  void withObsidianLinksCompilesFillsAndRendersAlike(byte[] data) {
    alike(new String(data, java.nio.charset.StandardCharsets.UTF_8), RenderOptions.DEFAULT.withExtensions(RenderOptions.Extensions.of(java.util.Set.of(RenderOptions.Extension.OBSIDIAN_LINKS))));
  }

  /**
   * The same with the syntax of other tools' extensions on (inlinehilite, smartsymbols, nl2br,
   * magiclink, critic's accept mode, typography, a GitHub wiki's links) and values for their
   * template expressions.
   */
  @FuzzTest(maxDuration = "1m")
  void withMkDocsExtensionsCompilesFillsAndRendersAlike(byte[] data) {
    alike(new String(data, java.nio.charset.StandardCharsets.UTF_8), MKDOCS);
  }

  /** Pieces of Markdown, mkdocs-macros' {@code {% if %}} blocks over the values and raw HTML headings, with the extensions on as above. */
  @FuzzTest(maxDuration = "1m")
  void asMacrosCompilesFillsAndRendersAlike(byte[] data) {
    alike(handbook.testing.Pieces.join(data, MACROS_PIECES), MKDOCS);
  }

  static final String[] MACROS_PIECES =
      java.util.stream.Stream.concat(
              java.util.Arrays.stream(FastBlocksFuzzTest.PIECES),
              java.util.stream.Stream.of(
                  "{% if version == '2.1' %}", "{% if site.title %}", "{% elif not version %}", "{% else %}", "{% endif %}", "{%- if version -%}", "{%- elif version %}", "{% endif -%}", "\n  \n", "{% if nothing %}", "{{ version }}", "{% raw %}", "{% endraw %}",
                  "<h3>T</h3>", "<h2 id=\"t\">T</h2>", "<h1 align=\"center\">", "</h1>", "<h4>", "## T"))
          .toArray(String[]::new);

  /** Pieces of Markdown and kramdown's block attribute lists on lines of their own. */
  static final String[] KRAMDOWN_PIECES =
      java.util.stream.Stream.concat(
              java.util.Arrays.stream(FastBlocksFuzzTest.PIECES),
              java.util.stream.Stream.of(
                  "\n{: .x }\n", "\n{: #i .y }\n", "\n{:.no_toc}\n", "\n  {: .z title=\"t\" }\n", "\n{: .language-ruby }\n", "\n| a |\n|---|\n| 1 |\n",
                  "\n    code\n", "\n***\n", "{::comment}", "{:/comment}", "{::nomarkdown}", "{:/}", "$$", "$$x_1$$", "\\$", "\n1. ", "\n- a\n  - b", "\n> ", "\n## H", "\n```\nc\n```\n"))
          .toArray(String[]::new);

  /** The same as a Jekyll project's page is read: kramdown's block attribute lists put on their blocks, by both writers alike. */
  @FuzzTest(maxDuration = "1m")
  void asJekyllCompilesFillsAndRendersAlike(byte[] data) {
    alike(
        handbook.testing.Pieces.join(data, KRAMDOWN_PIECES),
        RenderOptions.DEFAULT.withLiquid().withExtensions(java.util.Set.of(RenderOptions.Extension.PLAIN_INLINE, RenderOptions.Extension.TABLES_START_BLOCKS)));
  }

  /**
   * Pieces of Markdown as a VitePress (or VuePress) page is read: its Vue's blocks dropped, its
   * badges drawn, VuePress' code groups made tabs (with its containers, code groups and notation,
   * which every page reads).
   */
  @FuzzTest(maxDuration = "1m")
  void asVitePressCompilesFillsAndRendersAlike(byte[] data) {
    alike(handbook.testing.Pieces.join(data, VUE_PIECES), RenderOptions.DEFAULT.withExtensions(RenderOptions.Extensions.of(java.util.Set.of(RenderOptions.Extension.VUE))));
  }

  static final String[] VUE_PIECES =
      java.util.stream.Stream.concat(
              java.util.Arrays.stream(FastBlocksFuzzTest.PIECES),
              java.util.stream.Stream.of(
                  "\n<CodeGroup>\n", "\n</CodeGroup>\n", "\n<CodeGroupItem title=\"a\">\n", "<CodeGroupItem title=\"b\" active>", "\n</CodeGroupItem>\n", "\n<code-group>\n", "</code-group>",
                  "\n<code-block title=\"c\">\n", "</code-block>", "\n```sh\nx\n```\n", "<Badge text=\"b\"/>", "\n<script setup>\n", "</script>", "::: code-group", "\n:::\n", "    ", "\n::: v-pre\n", "<span v-pre>", "</span>", "{{ 1 + 1 }}", "{{", "}}", "<RouterLink to=\"/a/\">", "</RouterLink>", "<router-link :to=\"x\">"))
          .toArray(String[]::new);

  /** Pieces of Markdown and tildes, as a page of GitHub's tools is read: single tildes strike through, pymdownx's syntax is text. */
  @FuzzTest(maxDuration = "1m")
  void asGitHubCompilesFillsAndRendersAlike(byte[] data) {
    alike(handbook.testing.Pieces.join(data, TILDE_PIECES), RenderOptions.DEFAULT.withExtensions(RenderOptions.Extensions.of(java.util.Set.of(RenderOptions.Extension.PLAIN_INLINE, RenderOptions.Extension.SINGLE_TILDES))));
  }

  /** Pieces of Markdown and of MDX: components, Docusaurus' Link, addresses given as JavaScript. */
  static final String[] MDX_PIECES =
      java.util.stream.Stream.concat(
              java.util.Arrays.stream(FastBlocksFuzzTest.PIECES),
              java.util.stream.Stream.of(
                  "<Link to=\"/docs/a\">", "</Link>", "<Link className=\"b\" to={useBaseUrl('/img/x.png')}>", "<img src={useBaseUrl('/i.png')} />", "<img\n  src={require('./a.png').default}\n/>",
                  " href={'./b'}", "={x}", "={", "<a ", "<img ", "<Tabs>", "<TabItem value=\"a\">", "</TabItem>", "</Tabs>", "import Link from '@docusaurus/Link';\n", "<TOCInline toc={toc} />",
                  "\n<CodeBlock language=\"js\">{`x`}</CodeBlock>\n", "{/* c */}", "<Admonition type=\"tip\">", "</Admonition>", "<DocCardList />"))
          .toArray(String[]::new);

  /** The same as a Docusaurus page is read (MDX). */
  @FuzzTest(maxDuration = "1m")
  void asDocusaurusCompilesFillsAndRendersAlike(byte[] data) {
    alike(handbook.testing.Pieces.join(data, MDX_PIECES), RenderOptions.DEFAULT.withExtensions(RenderOptions.Extensions.of(java.util.Set.of(RenderOptions.Extension.MDX))));
  }

  /** Pieces of Markdown and of Astro Starlight's components, after their import. */
  static final String[] STARLIGHT_PIECES =
      java.util.stream.Stream.concat(
              java.util.Arrays.stream(MDX_PIECES),
              java.util.stream.Stream.of(
                  "\n<Aside type=\"tip\" title=\"T\">\n", "\n</Aside>\n", "\n<Card title=\"C\">\n", "\n</Card>\n", "\n<CardGrid>\n", "\n</CardGrid>\n", "\n<Steps>\n", "\n</Steps>\n",
                  "\n\t", "\n  ", "<LinkCard title=\"L\" href=\"/a/\" />", "<LinkCard\n  title=\"L\"\n  href=\"/b/\"\n  description=\"d\"\n/>", "<LinkButton href=\"/a/\">Go</LinkButton>",
                  "<Badge text=\"New\" variant=\"tip\" />", "\n<FileTree>\n", "\n</FileTree>\n", "<Icon name=\"x\" />"))
          .toArray(String[]::new);

  /** The same as a Starlight page that imports its components is read (MDX). */
  @FuzzTest(maxDuration = "1m")
  void asStarlightCompilesFillsAndRendersAlike(byte[] data) {
    alike(
        "import { Aside, Card, CardGrid, Steps, LinkCard, LinkButton, Badge, FileTree, Icon, Tabs, TabItem } from '@astrojs/starlight/components';\n\n" + handbook.testing.Pieces.join(data, STARLIGHT_PIECES),
        RenderOptions.DEFAULT.withExtensions(RenderOptions.Extensions.of(java.util.Set.of(RenderOptions.Extension.MDX))));
  }

  static final String[] TILDE_PIECES =
      java.util.stream.Stream.concat(
              java.util.Arrays.stream(FastBlocksFuzzTest.PIECES),
              java.util.stream.Stream.of("~", "~~", "~x~", "~a b~", " ~", "~ ", "\\~", "==m==", "^s^", "++ctrl+c++", "H~2~O", "[~l~](y.md)", "`~c~`"))
          .toArray(String[]::new);

  // (not Hugo's and a wiki's templates as text, which leave the template expressions' values unread, nor VitePress' Vue)
  private static final RenderOptions MKDOCS =
      RenderOptions.DEFAULT.withExtensions(new RenderOptions.Extensions(java.util.EnumSet.complementOf(java.util.EnumSet.of(RenderOptions.Extension.CRITIC_REJECT, RenderOptions.Extension.TEMPLATES_AS_TEXT, RenderOptions.Extension.VUE)), "github", "u", "r")
              .withVariables(Map.of("site.title", "Widgets", "version", "2.1", "page.title", "*A* {{ b }}\n\n# c", "params.version", "\"3\"")));

  private void alike(String body) {
    alike(body, RenderOptions.DEFAULT);
  }

  private void alike(String body, RenderOptions options) {
    RenderedMarkdown compiled;
    try {
      compiled = engine.compile(body, "content/docs/x.md", 3, options);
    } catch (ContentException e) {
      for (Diagnostic d : e.diagnostics()) {
        assertTrue(d.code().equals("markdown.too-deep") || d.code().equals("markdown.too-large"), d.headline());
        assertTrue(d.span().line() >= 3 && d.span().line() <= 3 + body.split("\n", -1).length, d.headline());
      }
      return;
    }
    Map<String, String> hrefs = new HashMap<>();
    int i = 0;
    for (LinkRef l : compiled.links()) {
      if (i++ % 2 == 0) {
        hrefs.put(l.target(), "../x/" + i + "/?a=1&b=\"2\"");
      }
    }
    Map<DirectiveCall, String> embeds = new HashMap<>();
    Diagnostics diags = new Diagnostics();
    for (DirectiveCall call : compiled.directives()) {
      if (call.name().equals("quiz")) {
        Quiz.parse(call, diags);
      }
      embeds.put(call, "<div class=\"embed\">" + call.index() + "</div>");
    }
    String filled = engine.render(compiled, hrefs, embeds);
    MarkdownDoc doc = engine.parse(body, "content/docs/x.md", 3, options);
    assertEquals(engine.render(doc, hrefs, embeds), filled);
    RenderedMarkdown slow = flexmark.compile(body, "content/docs/x.md", 3, options);
    Map<DirectiveCall, String> slowEmbeds = new HashMap<>();
    slow.directives().forEach(call -> slowEmbeds.put(call, "<div class=\"embed\">" + call.index() + "</div>"));
    assertEquals(flexmark.render(slow, hrefs, slowEmbeds), filled, "as flexmark's renderer writes it");
    // flexmark's own parser takes exponential time on a bracket before many backslashes (also
    // when other characters stand between them)
    if (body.length() < 4096 && body.chars().filter(c -> c == '\\').count() < 12) {
      LinearInlineParserTest.assertSameAsFlexmark(body, "");
    }
  }
}
