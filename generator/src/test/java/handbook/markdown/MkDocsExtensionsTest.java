package handbook.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.diag.Diagnostic;
import handbook.markdown.RenderOptions.Extension;
import handbook.markdown.RenderOptions.Extensions;
import handbook.render.UiStrings;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** pymdownx.inlinehilite, pymdownx.smartsymbols and CriticMarkup (pymdownx.critic), in both writers. */
class MkDocsExtensionsTest {
  final MarkdownEngine fast = new MarkdownEngine(Set.of(), UiStrings.load("en"), false);
  final MarkdownEngine flexmark = new MarkdownEngine(Set.of(), UiStrings.load("en"), false, false);

  static final Set<Extension> SYMBOLS = EnumSet.copyOf(Extension.SYMBOLS.values());

  /** The body's HTML, the same from both writers, compiled and as a tree. */
  private String html(String body, Set<Extension> on) {
    return html(body, Extensions.of(on));
  }

  private String html(String body, Extensions on) {
    RenderOptions options = RenderOptions.DEFAULT.withExtensions(on);
    String a = fast.render(fast.compile(body, "t.md", 1, options), Map.of(), Map.of());
    assertEquals(flexmark.render(flexmark.compile(body, "t.md", 1, options), Map.of(), Map.of()), a, body);
    assertEquals(flexmark.render(flexmark.parse(body, "t.md", 1, options), Map.of(), Map.of()), a, body);
    return a;
  }

  private List<Diagnostic> warnings(String body, Set<Extension> on) {
    List<Diagnostic> out = new ArrayList<>();
    fast.compile(body, "t.md", 1, RenderOptions.DEFAULT.withExtensions(on), out::add);
    return out;
  }

  @Test
  void anAdmonitionOfSeveralNamesTakesTheFirstAsItsTypeAndTheOthersAsClasses() {
    // Python-Markdown reads `!!! type class class "Title"`; MkDocs Material's inline admonitions and annotations use it
    String body = "!!! note annotate \"Phone\"\n\n    Text.\n\n!!! info inline end\n    Beside.\n\n???+ warning a-b c_d 'Mind'\n    Open.\n\n!!! danger \"T\" x\n    Not one.\n";
    String html = html(body, Set.of());
    assertEquals(
        "<div class=\"admonition note annotate\" role=\"note\"><p class=\"admonition-title\">Phone</p>\n<p>Text.</p>\n</div>\n"
            + "<div class=\"admonition info inline end\" role=\"note\"><p class=\"admonition-title\">Info</p>\n<p>Beside.</p>\n</div>\n"
            + "<details class=\"admonition warning a-b c_d\" open><summary class=\"admonition-title\">Mind</summary>\n<p>Open.</p>\n</details>\n"
            + "<p>!!! danger &quot;T&quot; x\nNot one.</p>\n",
        html);
    // the type is the first name, also for a type of another name's group
    assertTrue(html("!!! bug inline\n    x\n", Set.of()).startsWith("<div class=\"admonition danger inline\" role=\"note\"><p class=\"admonition-title\">Bug</p>"), html("!!! bug inline\n    x\n", Set.of()));
  }

  @Test
  void anAttributeListsNameAloneIsItsOwnValueAsPythonMarkdownReadsIt() {
    // MkDocs Material's search exclusion is written so: { data-search-exclude }
    String body = "## Secret { data-search-exclude }\n\nText.\n{data-search-exclude .x}\n\nA {name} in text, and { foo } too.\n";
    assertEquals(
        "<h2 id=\"secret\" data-search-exclude=\"data-search-exclude\">Secret <a class=\"heading-anchor\" href=\"#secret\" aria-label=\"Link to this section\">#</a></h2>\n"
            + "<p class=\"x\" data-search-exclude=\"data-search-exclude\">Text.</p>\n<p>A {name} in text, and { foo } too.</p>\n",
        html(body, Set.of()));
    // braces in the text are text, named nowhere; a name not put on the element is named
    assertEquals(List.of(), warnings(body, Set.of()));
    List<Diagnostic> hidden = warnings("Shown { hidden }\n", Set.of());
    assertEquals(1, hidden.size(), hidden.toString());
    assertTrue(hidden.get(0).message().contains("applied without hidden"), hidden.toString());
    assertEquals("<p>Shown</p>\n", html("Shown { hidden }\n", Set.of()));
    // not on a page of another tool's (kramdown reads a name alone as a definition's, Goldmark not at all)
    assertTrue(html(body, Set.of(Extension.PLAIN_INLINE)).startsWith("<h2 id=\"secret--data-search-exclude-\">Secret { data-search-exclude } <a"), html(body, Set.of(Extension.PLAIN_INLINE)));
  }

  @Test
  void anAdmonitionsLinesKeepTheirIndentBeyondItsOwnBeforeItsFirstBlankLine() {
    // flexmark's parser read those lines from their first character: the code lost its indent and
    // the list was flat, while the quick parser read them as here (which one took a page decided)
    String body = "!!! example\n    ```python\n    def f():\n        return 1\n    ```\n    - a\n      - b\n\n!!! note\n    text\nlazy\n# After\n";
    assertEquals(
        "<div class=\"admonition note\" role=\"note\"><p class=\"admonition-title\">Example</p>\n"
            + "<pre tabindex=\"0\"><code class=\"language-python\">def f():\n    return 1\n</code></pre>\n"
            + "<ul>\n<li>a\n<ul>\n<li>b</li>\n</ul>\n</li>\n</ul>\n</div>\n"
            // a paragraph's lazy line stays in it; a heading less far in ends the block
            + "<div class=\"admonition note\" role=\"note\"><p class=\"admonition-title\">Note</p>\n<p>text\nlazy</p>\n</div>\n"
            + "<h1 id=\"after\">After <a class=\"heading-anchor\" href=\"#after\" aria-label=\"Link to this section\">#</a></h1>\n",
        html(body, Set.of()));
    // eight spaces in: indented code in it
    assertEquals(
        "<div class=\"admonition note\" role=\"note\"><p class=\"admonition-title\">Note</p>\n<pre tabindex=\"0\"><code>code\n</code></pre>\n</div>\n",
        html("!!! note\n        code\n", Set.of()));
  }

  @Test
  void annotationMarkersInCodeLinkToTheNotesOfTheListAfterIt() {
    String body = """
        ``` yaml
        theme:
          features:
            - content.code.annotate # (1)!
          name: material # (2)
          # (3) is no note
          x: 1 # the value (1)
          y: f(2)
        ```

        1.  The feature.
        2.  The theme.
        """;
    String html = html(body, Set.of(Extension.CODE_ANNOTATE));
    assertEquals(
        "<pre tabindex=\"0\" class=\"code-annotated\"><code class=\"language-yaml\">theme:\n  features:\n    - content.code.annotate\n  name: material #\n  # (3) is no note\n  x: 1 # the value\n  y: f(2)\n</code>"
            + "<span class=\"code-notes\"><span></span>\n<span></span>\n<span><a class=\"annotation\" href=\"#annotation-1-1\" aria-label=\"Annotation 1\">1</a></span>\n"
            + "<span><a class=\"annotation\" href=\"#annotation-1-2\" aria-label=\"Annotation 2\">2</a></span>\n<span></span>\n"
            + "<span><a class=\"annotation\" href=\"#annotation-1-1\" aria-label=\"Annotation 1\">1</a></span>\n<span></span></span></pre>\n"
            + "<ol class=\"annotations\">\n<li id=\"annotation-1-1\">The feature.</li>\n<li id=\"annotation-1-2\">The theme.</li>\n</ol>\n",
        html);
    // without the theme's feature: code as written, the list a list
    assertTrue(html(body, Set.of()).contains("- content.code.annotate # (1)!\n  name: material # (2)\n") && !html(body, Set.of()).contains("annotation"), html(body, Set.of()));
    // a block of its own with the class; C's and HTML's comments; a preprocessor line, a string and a list not right after are no markers
    String own = "``` { .c .annotate }\n#define ONE (1)\nint x = f(1); /* (1) */\nputs(\"# (1)\");\n<!-- (2)! -->\n```\n\n1. One.\n2. Two.\n\n```c\nx; // (1)\n```\n\nText.\n\n1. Not after.\n";
    String ownHtml = html(own, Set.of());
    assertTrue(ownHtml.startsWith("<pre tabindex=\"0\" class=\"code-annotated\"><code class=\"language-c\">#define ONE (1)\nint x = f(1); /* */\nputs(&quot;# (1)&quot;);\n\n</code><span class=\"code-notes\"><span></span>\n<span><a class=\"annotation\" href=\"#annotation-1-1\""), ownHtml);
    assertTrue(ownHtml.contains("<span><a class=\"annotation\" href=\"#annotation-1-2\" aria-label=\"Annotation 2\">2</a></span></span></pre>"), ownHtml);
    assertTrue(ownHtml.contains("<code class=\"language-c\">x; // (1)\n</code></pre>\n<p>Text.</p>\n<ol>\n<li>Not after.</li>"), ownHtml);
  }

  @Test
  void annotationMarkersInAnAnnotatedAdmonitionLinkToTheNotesAfterIt() {
    String body = "!!! note annotate \"Phone\"\n\n    Text (1), `(2)` and (2); (3) is none.\n\n1.  First.\n2.  Second\n    with two lines.\n\n!!! note\n\n    Not annotated (1).\n\n1. Plain.\n";
    String html = html(body, Set.of());
    assertEquals(
        "<div class=\"admonition note annotate\" role=\"note\"><p class=\"admonition-title\">Phone</p>\n<p>Text <a class=\"annotation\" href=\"#annotation-1-1\" aria-label=\"Annotation 1\">1</a>, <code>(2)</code> and "
            + "<a class=\"annotation\" href=\"#annotation-1-2\" aria-label=\"Annotation 2\">2</a>; (3) is none.</p>\n</div>\n"
            + "<ol class=\"annotations\">\n<li id=\"annotation-1-1\">First.</li>\n<li id=\"annotation-1-2\">Second\nwith two lines.</li>\n</ol>\n"
            + "<div class=\"admonition note\" role=\"note\"><p class=\"admonition-title\">Note</p>\n<p>Not annotated (1).</p>\n</div>\n<ol>\n<li>Plain.</li>\n</ol>\n",
        html);
    // a paragraph with the class, from its attribute list ({ .annotate } on its last line)
    assertEquals(
        "<p class=\"annotate\">Lorem (1) ipsum <a class=\"annotation\" href=\"#annotation-1-1\" aria-label=\"Annotation 1\">1</a> <em>dolor</em></p>\n"
            + "<ol class=\"annotations\">\n<li id=\"annotation-1-1\">A note.</li>\n</ol>\n",
        html("Lorem \\(1) ipsum (1) *dolor*\n{ .annotate }\n\n1.  A note.\n", Set.of()));
    // an element with the class and md_in_html's markdown attribute, its blocks between blank lines
    assertEquals(
        "<div class=\"annotate\">\n<blockquote>\n<p>Quoted <a class=\"annotation\" href=\"#annotation-1-1\" aria-label=\"Annotation 1\">1</a>.</p>\n</blockquote>\n"
            + "<p>And <a class=\"annotation\" href=\"#annotation-1-1\" aria-label=\"Annotation 1\">1</a>.</p>\n</div>\n<ol class=\"annotations\">\n<li id=\"annotation-1-1\">A note.</li>\n</ol>\n",
        html("<div class=\"annotate\" markdown>\n\n> Quoted (1).\n\nAnd (1).\n\n</div>\n\n1.  A note.\n", Set.of()));
    assertTrue(html("<div class=\"annotated\" markdown>\n\nText (1).\n\n</div>\n\n1.  A note.\n", Set.of()).contains("Text (1)."), "another class");
    // (its blocks right after its tag, md_in_html's other way)
    assertTrue(html("<div markdown class=\"x annotate\">\nText (1).\n</div>\n\n1.  A note.\n", Set.of()).contains("<p>Text <a class=\"annotation\" href=\"#annotation-1-1\""), html("<div markdown class=\"x annotate\">\nText (1).\n</div>\n\n1.  A note.\n", Set.of()));
    // the notes' ids are links' targets, and no heading takes one; the search reads the text without the markers
    RenderedMarkdown md = fast.compile("## Annotation 1 1\n\n" + body, "t.md", 1, RenderOptions.DEFAULT);
    assertEquals("annotation-1-1-1", md.headings().get(0).id(), md.headings().toString());
    assertTrue(md.sections().toString().contains("Text , (2) and ; (3) is none."), md.sections().toString());
  }

  @Test
  void aCodeBlockWithATitleAndNoLanguageHasNoLanguage() {
    assertEquals("<pre tabindex=\"0\" data-title=\"setup.sh\"><code>ls\n</code></pre>\n", html("``` title=\"setup.sh\"\nls\n```\n", Set.of()));
    assertEquals("<pre tabindex=\"0\" data-title=\"a.py\"><code class=\"language-py\">x\n</code></pre>\n", html("```py title=\"a.py\"\nx\n```\n", Set.of()));
  }

  @Test
  void aCodeSpanNamesItsLanguageWhereInlinehiliteIsOn() {
    String body = "Run `#!python range(3)`, `:::js let x = 1` and ``#!c++ a`b``; not `#!/bin/sh -e`, `#!python`, `:::note` or `a #!py b`; `#! plain`.\n";
    assertEquals(
        "<p>Run <code class=\"language-python\">range(3)</code>, <code class=\"language-js\">let x = 1</code> and <code class=\"language-c++\">a`b</code>;"
            + " not <code>#!/bin/sh -e</code>, <code>#!python</code>, <code>:::note</code> or <code>a #!py b</code>; <code>plain</code>.</p>\n",
        html(body, Set.of(Extension.INLINE_HILITE)));
    // not on: the code as written (other tools' pages, and MkDocs without the extension)
    assertTrue(html(body, Set.of()).contains("<code>#!python range(3)</code>"), html(body, Set.of()));
    // a heading's text, its id and the search read the code without its language
    RenderedMarkdown md = fast.compile("## Call `#!python len(x)`\n\nUse `#!js f()` here\n", "t.md", 1, RenderOptions.DEFAULT.withExtensions(Set.of(Extension.INLINE_HILITE)));
    assertEquals("Call len(x)", md.headings().get(0).text());
    assertEquals("call-lenx", md.headings().get(0).id());
    assertEquals("Use f() here", md.sections().get(0).snippet());
  }

  @Test
  void smartSymbolsReplaceTheirTextOutsideCode() {
    String body = "(c) 2024 Acme(tm) (r), c/o Ola: +/- 1/2 and 3/4 --> <-- <--> =/= on the 1st, 2nd, 3rd, 4th, 11th, 12th, 21st and 102nd.\n\n"
        + "Not `(c) -->` nor 11/2, 1/23, ---> or \\(tm) or 1stly.\n\n```\n(c) -->\n```\n";
    assertEquals(
        "<p>\u00a9 2024 Acme\u2122 \u00ae, \u2105 Ola: \u00b1 \u00bd and \u00be \u2192 \u2190 \u2194 \u2260 on the 1<sup>st</sup>, 2<sup>nd</sup>, 3<sup>rd</sup>, 4<sup>th</sup>,"
            + " 11<sup>th</sup>, 12<sup>th</sup>, 21<sup>st</sup> and 102<sup>nd</sup>.</p>\n"
            + "<p>Not <code>(c) --&gt;</code> nor 11/2, 1/23, ---&gt; or (tm) or 1stly.</p>\n<pre tabindex=\"0\"><code>(c) --&gt;\n</code></pre>\n",
        html(body, SYMBOLS));
    assertTrue(html(body, Set.of()).startsWith("<p>(c) 2024 Acme(tm) (r), c/o Ola: +/- 1/2"), html(body, Set.of()));
    // each one its options leave on
    Set<Extension> some = EnumSet.copyOf(SYMBOLS);
    some.removeAll(Set.of(Extension.ARROWS, Extension.ORDINAL_NUMBERS));
    assertEquals("<p>\u00a9 --&gt; 1st \u00bd</p>\n", html("(c) --> 1st 1/2\n", some));
    // a heading's text and the search read the symbols
    RenderedMarkdown md = fast.compile("## Acme(tm) --> 1st\n\nCost +/- 1/2\n", "t.md", 1, RenderOptions.DEFAULT.withExtensions(SYMBOLS));
    assertEquals("Acme\u2122 \u2192 1st", md.headings().get(0).text());
    assertEquals("Cost \u00b1 \u00bd", md.sections().get(0).snippet());
  }

  @Test
  void criticMarkupIsDrawnAsPymdownxViewsIt() {
    String body = "Now {++**new** text++}, {--old--}, {~~was~>is~~}, {==look==}{>>why?<<} and {++a ==b== c++}.\n";
    String html = html(body, Set.of());
    assertEquals(
        "<p>Now <ins class=\"critic\"><strong>new</strong> text</ins>, <del class=\"critic\">old</del>, <del class=\"critic\">was</del><ins class=\"critic\">is</ins>,"
            + " <mark class=\"critic\">look</mark><span class=\"critic comment\">why?</span> and <ins class=\"critic\">a <mark>b</mark> c</ins>.</p>\n",
        html);
    assertEquals(List.of(), warnings(body, Set.of()));
    // over lines of one paragraph; not in code
    assertEquals("<p>A <ins class=\"critic\">b\nc</ins> d <code>{++x++}</code></p>\n", html("A {++b\nc++} d `{++x++}`\n", Set.of()));
    assertEquals("<pre tabindex=\"0\"><code>{--x--}\n</code></pre>\n", html("```\n{--x--}\n```\n", Set.of()));
    assertEquals("<p><span class=\"arithmatex\">\\(C_{++} + D_{++}\\)</span></p>\n", html("$C_{++} + D_{++}$\n", Set.of()));
    // accepted and rejected, as pymdownx.critic's mode asks
    String changes = "A{++ new++}{-- old--} {~~was~>is~~} {==look==}{>> why<<}.\n";
    assertEquals("<p>A new is look.</p>\n", html(changes, Set.of(Extension.CRITIC_ACCEPT)));
    assertEquals("<p>A old was look.</p>\n", html(changes, Set.of(Extension.CRITIC_REJECT)));
  }

  @Test
  void criticMarkupItCannotPlaceIsNamed() {
    String body = "Over {++a\n\nb++} two.\n\nAt the end {--\nx--}.\n\nNever {==closed.\n";
    assertEquals("<p>Over {++a</p>\n<p>b++} two.</p>\n<p>At the end {--\nx--}.</p>\n<p>Never {==closed.</p>\n", html(body, Set.of()));
    List<Diagnostic> warnings = warnings(body, Set.of());
    // (a page's markers of other tools are one warning, at the first)
    assertEquals(1, warnings.size(), warnings.toString());
    assertTrue(warnings.get(0).message().contains("`{++`") && warnings.get(0).message().contains("within a paragraph"), warnings.toString());
    assertTrue(warnings.get(0).message().contains("1 more marker of another tool, on line 5"), warnings.toString());
    assertEquals(1, warnings.get(0).span().line());
    List<Diagnostic> second = warnings("At the end {--\nx--}.\n", Set.of());
    assertTrue(second.get(0).message().contains("`{--`") && second.get(0).message().contains("follows it on its line"), second.toString());
    // (spaces after it are nothing: its tag would stand alone, an HTML block that swallows the lines after it)
    assertEquals("<p>{++<br />\nnew\n++} and <em>more</em></p>\n", html("{++  \nnew\n++} and *more*\n", Set.of()));
  }

  @Test
  void nl2brBreaksTheLinesOfAParagraph() {
    String body = "Ola Nordmann\nStorgata 1\n*0150 Oslo*\n\n```\na\nb\n```\n";
    assertEquals("<p>Ola Nordmann<br />\nStorgata 1<br />\n<em>0150 Oslo</em></p>\n<pre tabindex=\"0\"><code>a\nb\n</code></pre>\n", html(body, Set.of(Extension.NL2BR)));
    assertEquals("<p>Ola Nordmann\nStorgata 1\n<em>0150 Oslo</em></p>\n<pre tabindex=\"0\"><code>a\nb\n</code></pre>\n", html(body, Set.of()));
  }

  private static final String HASH = "0123456789abcdef0123456789abcdef01234567";

  private static String link(String href, String title, String css, String text) {
    return "<a href=\"" + href + "\" title=\"" + title + "\" class=\"magiclink " + css + "\">" + text + "</a>";
  }

  @Test
  void magicLinksShorthandLinksToTheProjectsHost() {
    Extensions x = new Extensions(Set.of(Extension.MAGIC_REPO), "github", "squidfunk", "mkdocs-material");
    String gh = "https://github.com/";
    assertEquals(
        "<p>"
            + link(gh + "squidfunk/mkdocs-material/issues/1", "GitHub Issue: squidfunk/mkdocs-material#1", "magiclink-github magiclink-issue", "#1") + " "
            + link(gh + "squidfunk/mkdocs-material/pull/2", "GitHub Pull Request: squidfunk/mkdocs-material!2", "magiclink-github magiclink-pull", "!2") + " "
            + link(gh + "squidfunk/mkdocs-material/discussions/3", "GitHub Discussion: squidfunk/mkdocs-material?3", "magiclink-github magiclink-discussion", "?3") + " "
            + link(gh + "squidfunk/other/issues/4", "GitHub Issue: squidfunk/other#4", "magiclink-github magiclink-issue", "other#4") + " "
            + link(gh + "facelessuser/pymdown-extensions/pull/5", "GitHub Pull Request: facelessuser/pymdown-extensions!5", "magiclink-github magiclink-pull", "facelessuser/pymdown-extensions!5") + " "
            + link("https://gitlab.com/group/project/-/merge_requests/6", "GitLab Pull Request: group/project!6", "magiclink-gitlab magiclink-pull", "group/project!6") + " "
            + link(gh + "squidfunk/mkdocs-material/commit/" + HASH, "GitHub Commit: squidfunk/mkdocs-material@0123456", "magiclink-github magiclink-commit", "0123456") + " "
            + link(gh + "a/b/compare/" + HASH + "..." + HASH, "GitHub Compare: a/b@0123456...0123456", "magiclink-github magiclink-compare", "a/b@0123456...0123456") + " "
            + link(gh + "squidfunk", "GitHub User: squidfunk", "magiclink-github magiclink-mention", "@squidfunk") + " "
            + link("https://gitlab.com/group", "GitLab User: group", "magiclink-gitlab magiclink-mention", "@group") + " "
            + link(gh + "squidfunk/mkdocs-material", "GitHub Repository: squidfunk/mkdocs-material", "magiclink-github magiclink-repository", "squidfunk/mkdocs-material")
            + ".</p>\n<p>Not #0, a#b, \\#7 (escaped: #7), a@b, <code>#8</code> or <a href=\"x.md\">#9</a>.</p>\n",
        html("#1 !2 ?3 other#4 facelessuser/pymdown-extensions!5 gitlab:group/project!6 " + HASH + " a/b@" + HASH + "..." + HASH
            + " @squidfunk @gitlab:group @squidfunk/mkdocs-material.\n\nNot #0, a#b, \\\\#7 (escaped: \\#7), a@b, `#8` or [#9](x.md).\n", x)
            .replace("&quot;", "\""));
    // without the project's user and repository, only what names them is a link
    String none = html("#1 and other#2 and a/b#3\n", new Extensions(Set.of(Extension.MAGIC_REPO), "github", "", ""));
    assertEquals("<p>#1 and other#2 and " + link(gh + "a/b/issues/3", "GitHub Issue: a/b#3", "magiclink-github magiclink-issue", "a/b#3") + "</p>\n", none);
    // social accounts; and nothing without the shorthand on
    assertEquals(
        "<p>" + link("https://x.com/jack", "X User: jack", "magiclink-x magiclink-mention", "@jack") + " #1</p>\n",
        html("@jack #1\n", new Extensions(Set.of(Extension.MAGIC_SOCIAL, Extension.MAGIC_REPO), "x", "u", "r")));
    assertEquals("<p>@squidfunk #1</p>\n", html("@squidfunk #1\n", Set.of()));
  }

  @Test
  void magicLinksShortenerShowsLinksToTheHostAsItsShorthand() {
    Extensions x = new Extensions(Set.of(Extension.MAGIC_SHORTENER, Extension.MAGIC_NORMALIZE), "github", "squidfunk", "mkdocs-material");
    String gh = "https://github.com/";
    assertEquals(
        "<p>"
            + link(gh + "squidfunk/mkdocs-material/issues/1", "GitHub Issue: squidfunk/mkdocs-material#1", "magiclink-github magiclink-issue", "#1") + " "
            + link(gh + "squidfunk/other/pull/2/", "GitHub Pull Request: squidfunk/other#2", "magiclink-github magiclink-pull", "other#2") + " "
            + link("https://gitlab.com/g/p/-/merge_requests/3", "GitLab Pull Request: g/p#3", "magiclink-gitlab magiclink-pull", "g/p#3") + " "
            + link(gh + "a/b/commit/" + HASH, "GitHub Commit: a/b@0123456", "magiclink-github magiclink-commit", "a/b@0123456")
            + " <a href=\"https://github.com/a/b/issues/4\">issue four</a> <a href=\"https://github.com/a/b\">https://github.com/a/b</a> #5</p>\n",
        html("https://github.com/squidfunk/mkdocs-material/issues/1 <https://github.com/squidfunk/other/pull/2/> [https://gitlab.com/g/p/-/merge_requests/3](https://gitlab.com/g/p/-/merge_requests/3) "
            + gh + "a/b/commit/" + HASH + " [issue four](https://github.com/a/b/issues/4) https://github.com/a/b #5\n", x).replace("&quot;", "\""));
  }

  @Test
  void typographyCurlsQuotesAndJoinsDashes() {
    Set<Extension> all = Extensions.TYPOGRAPHY.on();
    String body = "\"Quoted\" and 'single', don't, the '90s, \"*emphasis*\" -- a range 1--2 --- a break... << guillemets >>\n\n"
        + "Not `\"code\"` nor \\\"escaped\\\" nor ---- or <https://x.org/a--b>; he said \"'nested'\" ok.\n\n## \"Heading\"\n";
    assertEquals(
        "<p>\u201cQuoted\u201d and \u2018single\u2019, don\u2019t, the \u201990s, \u201c<em>emphasis</em>\u201d \u2013 a range 1\u20132 \u2014 a break\u2026 \u00ab guillemets \u00bb</p>\n"
            + "<p>Not <code>&quot;code&quot;</code> nor &quot;escaped&quot; nor ---- or <a href=\"https://x.org/a--b\">https://x.org/a--b</a>; he said \u201c\u2018nested\u2019\u201d ok.</p>\n"
            + "<h2 id=\"heading\">\u201cHeading\u201d <a class=\"heading-anchor\" href=\"#heading\" aria-label=\"Link to this section\">#</a></h2>\n",
        html(body, all));
    // markers of other tools, shown as written, keep their quotes (each of many, after edits that moved them)
    String markers = "{{< ref \"a.md\" >}} \"x\" {{< a \"1\" >}} \"y\" {{% b '2' %}} {{< c \"3\" >}} 'z'\n";
    assertEquals("<p>a.md \u201cx\u201d {{&lt; a &quot;1&quot; &gt;}} \u201cy\u201d {{% b '2' %}} {{&lt; c &quot;3&quot; &gt;}} \u2018z\u2019</p>\n", html(markers, all));
    // each as asked: smarty's dashes alone
    assertEquals("<p>&quot;a&quot; \u2013 b...</p>\n", html("\"a\" -- b...\n", Set.of(Extension.SMART_DASHES)));
    assertEquals("<p>&quot;a&quot; -- b...</p>\n", html("\"a\" -- b...\n", Set.of()));
  }

  /** Openings with no close, of every kind, are text (bench/inline.sh measures how fast many are read). */
  @Test
  void unclosedMarksAreText() {
    String body = "{++ {-- {== {>> {~~ a~> ".repeat(2_000) + "\n";
    String html = html(body, Set.of());
    assertTrue(html.startsWith("<p>{++ {-- {== {&gt;&gt; {~~ a~&gt; {++"), html.substring(0, 80));
    assertEquals(List.of(), warnings(body, Set.of()));
  }
}
