package handbook.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.testing.SiteFixture;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The values of a project's config that its tool's template expressions name, filled in before the Markdown is read. */
class TemplateVariablesSiteTest {
  @TempDir Path tmp;

  private static String text(SiteFixture site, String page) throws Exception {
    return Jsoup.parse(site.read(page)).selectFirst(".doc-body p").text();
  }

  @Test
  void jekyllsSiteValuesAreFilledIn() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/_config.yml --
            title: Widgets
            author:
              name: Ola
            version: 2
            -- content/a.md --
            ---
            title: A
            ---
            {{ site.title }} by {{- site.author.name -}}, version **{{ site.version }}**; not {{ site.nothing }} nor {{ site.title | upcase }}.
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertEquals("Widgets byOla, version 2; not {{ site.nothing }} nor {{ site.title | upcase }}.", text(site, "a/index.html"));
    assertTrue(r.err().contains("content/a.md:4:83: warning[markdown.marker]: `{{ site.nothing }}` is a template expression"), r.err());
    // and the page's own front matter
    site.write("-- content/b.md --\n---\ntitle: B\nowner:\n  team: Drift\n---\n{{ page.title }} belongs to {{ page.owner.team }}.\n");
    assertEquals(0, site.run("build").exit());
    assertEquals("B belongs to Drift.", text(site, "b/index.html"));
  }

  @Test
  void jekyllsDataFilesAreFilledIn() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/_config.yml --
            title: Widgets
            -- content/_data/release.yml --
            version: 4.2
            lead:
              name: Kari
            -- content/_data/people/support.json --
            {"email": "support@example.org", "hours": {"open": 8}}
            -- content/a.md --
            ---
            title: A
            ---
            Version {{ site.data.release.version }} by {{ site.data.release.lead.name }}; write {{ site.data.people.support.email }} from {{ site.data.people.support.hours.open }}.
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertEquals("Version 4.2 by Kari; write support@example.org from 8.", text(site, "a/index.html"));
    assertTrue(!java.nio.file.Files.exists(site.site().resolve("_data")), "Jekyll's own folder is not published");
    // a build from the cache follows an edit of the data
    Path cache = tmp.resolve("cache");
    assertEquals(0, site.run("build", "--cache", cache.toString()).exit());
    site.write("-- content/_data/release.yml --\nversion: 5.0\nlead:\n  name: Ola\n");
    SiteFixture.Run again = site.run("build", "--cache", cache.toString());
    assertEquals(0, again.exit(), again.err());
    assertEquals("Version 5.0 by Ola; write support@example.org from 8.", text(site, "a/index.html"));
    // data that is not YAML fails the build, as in Jekyll
    site.write("-- content/_data/release.yml --\nversion: [5\n");
    SiteFixture.Run bad = site.run("build");
    assertEquals(1, bad.exit(), bad.err());
    assertTrue(bad.err().contains("content/_data/release.yml:"), bad.err());
  }

  @Test
  void mkdocsMacrosVariablesAreFilledIn() throws Exception {
    String page = "-- content/docs/index.md --\n# Start\n\n{{ config.site_name }} {{ version }} ({{ extra.version }}, {{ config.extra.version }}); {{ macro(1) }}\n";
    SiteFixture site = SiteFixture.of(tmp.resolve("macros"), "-- content/mkdocs.yml --\nsite_name: Widgets\nplugins:\n  - macros\nextra:\n  version: 2.1\n" + page);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertEquals("Widgets 2.1 (2.1, 2.1); {{ macro(1) }}", text(site, "index.html"));
    assertTrue(r.err().contains("`{{ macro(1) }}` is a template expression"), r.err());
    site.write("-- content/docs/b.md --\n---\ntitle: B\nauthor: Kari\n---\n{{ page.title }} by {{ page.meta.author }}.\n");
    assertEquals(0, site.run("build").exit());
    assertEquals("B by Kari.", text(site, "b/index.html"));
    // without the plugin, MkDocs shows them as written
    SiteFixture without = SiteFixture.of(tmp.resolve("without"), "-- content/mkdocs.yml --\nsite_name: Widgets\nextra:\n  version: 2.1\n" + page);
    assertEquals(0, without.run("build").exit());
    SiteFixture.Run plain = without.run("build");
    assertEquals(0, plain.exit(), plain.err());
    assertEquals("{{ config.site_name }} {{ version }} ({{ extra.version }}, {{ config.extra.version }}); {{ macro(1) }}", text(without, "index.html"));
    assertTrue(!plain.err().contains("markdown.marker"), "text as MkDocs shows it is not named: " + plain.err());
  }

  @Test
  void ifBlocksOverKnownValuesKeepTheBranchThatHolds() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp.resolve("jekyll"),
            """
            -- content/_config.yml --
            title: Widgets
            show_banner: true
            edition: pro
            seats: 3
            -- content/a.md --
            ---
            title: A
            level: beginner
            ---
            {% if site.show_banner %}
            Banner.
            {% endif %}

            {% if site.edition == "free" %}
            Free.
            {% elsif site.edition == "pro" and site.seats > 2 %}
            Pro, {{ site.seats }} seats.
            {% else %}
            Other.
            {% endif %}

            {% unless page.level == "beginner" %}
            Advanced.
            {% else %}
            Beginner.
            {% endunless %}

            {% if site.show_banner %}Kept{% else %}dropped {{ site.nothing }}{% endif %} inline.

            {% if site.pages %}
            Unknown.
            {% endif %}

            ```liquid
            {% if site.show_banner %}code{% endif %}
            ```
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    org.jsoup.nodes.Document a = Jsoup.parse(site.read("a/index.html"));
    assertEquals(java.util.List.of("Banner.", "Pro, 3 seats.", "Beginner.", "Kept inline.", "{% if site.pages %} Unknown. {% endif %}"), a.select(".doc-body > p").eachText());
    assertEquals("{% if site.show_banner %}code{% endif %}", a.selectFirst(".doc-body pre code").text());
    // the block whose condition names a value not known here is named, at its lines; none in a branch left out
    assertTrue(r.err().contains("content/a.md:25:1: warning[markdown.marker]: `{% if site.pages %}` is Liquid (Jekyll) template syntax, which is not run here: it is shown as written (1 more marker of another tool, on line 27)"), r.err());
    assertEquals(1, r.err().lines().filter(l -> l.contains("warning[")).count(), r.err());
    // mkdocs-macros' Jinja: elif, not, and before or
    SiteFixture macros =
        SiteFixture.of(
            tmp.resolve("macros"),
            """
            -- content/mkdocs.yml --
            site_name: Widgets
            plugins:
              - macros
            extra:
              edition: pro
            -- content/docs/index.md --
            # Start

            {% if extra.edition == 'free' %}Free{% elif not extra.edition == 'pro' %}Not pro{% else %}Pro{% endif %},
            {% if extra.edition == 'free' and config.site_name == 'Widgets' or extra.edition == 'pro' %}both{% endif %}.
            """);
    SiteFixture.Run m = macros.run("build");
    assertEquals(0, m.exit(), m.err());
    assertEquals("Pro, both.", Jsoup.parse(macros.read("index.html")).selectFirst(".doc-body p").text());
  }

  @Test
  void whitespaceControlTrimsAroundTheTagsLeftOut() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/_config.yml --
            title: Widgets
            pro: true
            -- content/a.md --
            ---
            title: A
            ---
            - one
            {%- if site.pro %}
            - two
            {%- endif %}
            - three

            Pro is
            {%- if site.pro -%}
              on
            {%- else -%}
              off
            {%- endif -%}
            .

            {% if site.pro -%}
            Kept   {%- endif %}!
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    org.jsoup.nodes.Document a = Jsoup.parse(site.read("a/index.html"));
    // the list stays tight (no blank lines where the tags stood), the words join as Liquid joins them
    assertEquals(java.util.List.of("one", "two", "three"), a.select(".doc-body li").eachText());
    assertTrue(a.select(".doc-body li p").isEmpty(), a.html());
    assertEquals(java.util.List.of("Pro ison.", "Kept!"), a.select(".doc-body > p").eachText());
    assertTrue(!r.err().contains("warning"), r.err());
  }

  @Test
  void thousandsOfIfBlocksAreEachRead() throws Exception {
    StringBuilder page = new StringBuilder("---\ntitle: A\n---\n");
    for (int i = 0; i < 5000; i++) {
      page.append(i % 2 == 0 ? "{% if site.on %}yes{% else %}no{% endif %} `c`\n\n" : "{% unless site.on %}{% if site.on %}x{% endif %}{% else %}{% if site.on %}kept{% endif %}{% endunless %}\n\n");
    }
    SiteFixture site = SiteFixture.of(tmp, "-- content/_config.yml --\ntitle: W\non: true\n-- content/a.md --\n" + page);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    java.util.List<String> paragraphs = Jsoup.parse(site.read("a/index.html")).select(".doc-body > p").eachText();
    assertEquals(5000, paragraphs.size());
    for (int i = 0; i < 5000; i++) {
      assertEquals(i % 2 == 0 ? "yes c" : "kept", paragraphs.get(i), "block " + i);
    }
  }

  @Test
  void toolsThatRunNoTemplateShowBracesAsTextWithoutAWord() throws Exception {
    String text = "Set {{ inventory_hostname }} and {% include x.md %} in {% raw %}{{ y }}{% endraw %}.";
    // MkDocs without mkdocs-macros, Hugo (its params are not filled in outside its shortcodes), a GitHub wiki
    SiteFixture mkdocs = SiteFixture.of(tmp.resolve("mkdocs"), "-- content/mkdocs.yml --\nsite_name: W\nplugins:\n  - search\n-- content/docs/index.md --\n# Start\n\n" + text + "\n");
    SiteFixture hugo = SiteFixture.of(tmp.resolve("hugo"), "-- content/hugo.toml --\ntitle = 'T'\n[params]\nversion = '1.2'\n-- content/content/_index.md --\n---\ntitle: Start\n---\n" + text + " {{ params.version }}\n");
    SiteFixture wiki = SiteFixture.of(tmp.resolve("wiki"), "-- content/Home.md --\n" + text + "\n");
    for (SiteFixture site : java.util.List.of(mkdocs, hugo, wiki)) {
      SiteFixture.Run r = site.run("build");
      assertEquals(0, r.exit(), r.err());
      assertTrue(!r.err().contains("markdown.marker"), r.err());
      assertTrue(text(site, "index.html").startsWith(text), text(site, "index.html"));
    }
    assertTrue(text(hugo, "index.html").endsWith("{{ params.version }}"), text(hugo, "index.html"));
    // a plugin not known here may run one: they are named, as they are where the tool is not known
    SiteFixture other = SiteFixture.of(tmp.resolve("other"), "-- content/mkdocs.yml --\nsite_name: W\nplugins:\n  - markdownextradata\n-- content/docs/index.md --\n# Start\n\n" + text + "\n");
    SiteFixture.Run r = other.run("build");
    assertTrue(r.err().contains("`{{ inventory_hostname }}` is a template expression"), r.err());
    assertTrue(r.err().contains("Liquid"), r.err());
  }

  @Test
  void hugosParamShortcodeGivesThePagesValueElseTheSites() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/hugo.toml --
            title = 'T'
            [params]
            version = '1.2'
            owner = 'Plattform'
            [params.links]
            repo = 'https://example.org/r'
            -- content/content/docs/a.md --
            ---
            title: A
            Owner: Drift
            ---
            Version {{< param version >}} of {{% param "links.repo" %}}, owned by {{< param "owner" >}}; {{< param "nothing" >}}.
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertEquals("Version 1.2 of https://example.org/r, owned by Drift; {{< param \"nothing\" >}}.", text(site, "docs/a/index.html"));
    assertTrue(r.err().contains("`{{< param \"nothing\" >}}` is a Hugo shortcode"), r.err());
  }
}
