package handbook.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.diag.Diagnostic;
import handbook.diag.Diagnostics;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What an Astro Starlight config gives the site ({@link StarlightConfig}), read from its literals. */
class StarlightConfigTest {
  private final Diagnostics diags = new Diagnostics();

  private StarlightConfig read(String options, String astro) {
    String text = "import starlight from '@astrojs/starlight';\nexport default defineConfig({" + astro + "\n  integrations: [starlight({\n" + options + "\n  })],\n});\n";
    return StarlightConfig.read(text, "astro.config.mjs", Set.of("public/favicon.svg", "src/assets/logo.svg"), diags);
  }

  private List<String> warnings() {
    return diags.sorted().stream().map(Diagnostic::headline).toList();
  }

  @Test
  void itsOlderFormsAndOtherLocalesAreRead() {
    StarlightConfig c =
        read(
            """
            title: { en: 'Widgets', fr: 'Bidules' },
            social: { github: 'https://github.com/x/widgets', discord: 'https://discord.gg/x' },
            tableOfContents: false,
            lastUpdated: true,
            defaultLocale: 'en',
            locales: { en: { label: 'English' }, 'pt-br': { label: 'Português', lang: 'pt-BR' } },
            """,
            "");
    assertEquals("Widgets", c.title());
    assertEquals(List.of("GitHub", "Discord"), c.social().stream().map(SiteLink::title).toList());
    assertEquals(handbook.content.Mount.Toc.NONE, c.toc());
    assertTrue(c.lastUpdated());
    // the default locale's language, its key where it gives no lang; the others' folders in theirs
    assertEquals("en", c.language());
    assertEquals(java.util.Map.of("docs/en/", "en", "docs/pt-br/", "pt-BR"), c.locales());
    // the favicon Starlight has by default, where public/ holds it
    assertEquals("public/favicon.svg", c.favicon());
  }

  @Test
  void valuesThatNameNoFileOrAreNotWrittenOutAreNamed() {
    StarlightConfig c =
        read(
            """
            title: pkg.name,
            logo: { src: './src/assets/gone.svg' },
            favicon: '/gone.ico',
            editLink: { baseUrl: 'not an address' },
            tableOfContents: { minHeadingLevel: 4, maxHeadingLevel: 2 },
            """,
            "\n  redirects: { '/blog/[slug]': '/posts/[slug]', '/old': { status: 302, destination: '/new/' } },");
    assertNull(c.title());
    assertNull(c.logo());
    assertEquals("public/favicon.svg", c.favicon(), "the default icon stands in");
    assertNull(c.editUrl());
    assertEquals(handbook.content.Mount.Toc.DEFAULT, c.toc());
    assertEquals(List.of("/old -> /new/"), c.redirects().stream().map(r -> r.from() + " -> " + r.to()).toList());
    List<String> w = warnings();
    for (String expected :
        List.of(
            "`title` is made by code (`pkg.name`), not written as a string: it is not read",
            "the logo names no file of the project: `./src/assets/gone.svg`: the site's title is shown",
            "the favicon names no file of `public/`: `/gone.ico`: the theme's icon is shown",
            "`editLink.baseUrl` is not an http(s) address written as a string: pages get no edit links",
            "`tableOfContents` is `false` or `{minHeadingLevel, maxHeadingLevel}` of 2 to 6: pages show their H2s and H3s",
            "the redirect from `/blog/[slug]` is not made: a redirect with parameters (`[slug]`) is not made here")) {
      assertTrue(w.stream().anyMatch(h -> h.contains(expected)), expected + "\n" + w);
    }
  }

  @Test
  void aConfigWithoutStarlightsOptionsIsNamed() {
    StarlightConfig c = StarlightConfig.read("export default defineConfig({ integrations: [starlight(options)] });\n", "astro.config.mjs", Set.of(), diags);
    assertNull(c.title());
    assertTrue(warnings().get(0).contains("no `starlight({...})` is found written out"), warnings().toString());
  }
}
