package handbook.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.testing.SiteFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Link previews: a page's card image ({@code image}, Hugo's {@code images}) and {@code keywords}
 * (also found by the search) from its front matter, the site's image from site.yaml, Docusaurus' {@code themeConfig.image}
 * and Hugo's {@code params.images}, as Open Graph tags with full addresses.
 */
class SocialCardTest {
  @TempDir Path tmp;

  private static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>";

  /** The page's meta tags by name or property. */
  private static Map<String, String> meta(SiteFixture site, String page) throws Exception {
    Document d = Jsoup.parse(site.read(page));
    Map<String, String> out = new LinkedHashMap<>();
    for (Element m : d.select("head meta[property], head meta[name]")) {
      out.put(m.hasAttr("property") ? m.attr("property") : m.attr("name"), m.attr("content"));
    }
    return out;
  }

  @Test
  void aPagesImageAndKeywordsMakeItsCard() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/site.yaml --
            title: Håndbok
            base_url: https://handbook.example.org/
            -- content/docs/drift/backup.md --
            ---
            title: Backup & "gjenoppretting"
            description: Slik tar vi backup.
            image: ../img/card.png
            keywords: [backup, drift]
            ---
            # Backup
            -- content/docs/hugo.md --
            ---
            title: Hugo
            images: [https://cdn.example.org/hugo.png, other.png]
            keywords: hugo, sider
            ---
            Tekst.
            -- content/docs/seo.md --
            ---
            title: SEO
            image:
              path: img/card.png
              alt: Kort
            ---
            Tekst.
            -- content/docs/plain.md --
            ---
            title: Plain
            keywords: []
            ---
            Tekst.
            -- content/docs/img/card.png --
            png
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.err().strip(), "no warnings");
    Map<String, String> backup = meta(site, "docs/drift/backup/index.html");
    assertEquals("article", backup.get("og:type"));
    assertEquals("Håndbok", backup.get("og:site_name"));
    assertEquals("Backup & \"gjenoppretting\"", backup.get("og:title"));
    assertEquals("Slik tar vi backup.", backup.get("og:description"));
    assertEquals("https://handbook.example.org/docs/drift/backup/", backup.get("og:url"));
    assertEquals("https://handbook.example.org/docs/img/card.png", backup.get("og:image"));
    assertEquals("summary_large_image", backup.get("twitter:card"));
    assertEquals("backup, drift", backup.get("keywords"));
    Map<String, String> hugo = meta(site, "docs/hugo/index.html");
    assertEquals("https://cdn.example.org/hugo.png", hugo.get("og:image"), "the first of Hugo's images, an address as it is");
    assertEquals("Tekst.", hugo.get("og:description"), "the page's summary where it has no description");
    assertEquals("hugo, sider", hugo.get("keywords"));
    assertEquals("https://handbook.example.org/docs/img/card.png", meta(site, "docs/seo/index.html").get("og:image"), "jekyll-seo-tag's map with a path");
    // without an image: no card (the title and the description are the page's own tags), no keywords
    Map<String, String> plain = meta(site, "docs/plain/index.html");
    assertFalse(plain.keySet().stream().anyMatch(k -> k.startsWith("og:") || k.startsWith("twitter:")), plain.toString());
    assertNull(plain.get("keywords"));
    assertTrue(Files.exists(site.site().resolve("docs/img/card.png")));
    // the keywords find the page in the search too
    String index = site.read("search-index.json");
    assertTrue(index.contains("\"w\":\"backup drift\""), index);
    assertTrue(index.contains("\"w\":\"hugo sider\""), index);
  }

  @Test
  void theSitesImageIsEveryPagesWhereItHasNone() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/site.yaml --
            title: Håndbok
            base_url: https://handbook.example.org/guide
            image: /img/site card.png
            -- content/index.md --
            # Velkommen
            -- content/docs/a.md --
            # A
            -- content/docs/own.md --
            ---
            image: own.png
            ---
            # Own
            -- content/docs/own.png --
            png
            -- content/img/site card.png --
            png
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    Map<String, String> home = meta(site, "index.html");
    assertEquals("website", home.get("og:type"));
    assertEquals("Håndbok", home.get("og:title"), "the home page: the site's title");
    assertEquals("https://handbook.example.org/guide/img/site%20card.png", home.get("og:image"));
    assertEquals("https://handbook.example.org/guide/img/site%20card.png", meta(site, "docs/a/index.html").get("og:image"));
    assertEquals("https://handbook.example.org/guide/docs/own.png", meta(site, "docs/own/index.html").get("og:image"), "its own over the site's");

    site.write("-- content/site.yaml --\ntitle: Håndbok\nimage: https://cdn.example.org/card.png\n");
    r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    Map<String, String> a = meta(site, "docs/a/index.html");
    assertEquals("https://cdn.example.org/card.png", a.get("og:image"), "an address needs no base_url");
    assertNull(a.get("og:url"), "no canonical address without base_url");
  }

  @Test
  void anImageThatNamesNoFileOrLacksTheSitesAddressIsNamed() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/site.yaml --
            title: T
            base_url: https://t.example.org/
            -- content/docs/gone.md --
            ---
            title: Gone
            image: img/gone.png
            ---
            Tekst.
            -- content/docs/odd.md --
            ---
            title: Odd
            images: {a: b}
            ---
            Tekst.
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), "a preview's image is no link of the page: a warning, " + r.err());
    assertTrue(
        r.err().contains("content/docs/gone.md:3:8: warning[link.unresolved]: the image of the page's link previews: no page or file `img/gone.png` (content/docs/img/gone.png): they show none"),
        r.err());
    assertTrue(r.err().contains("content/docs/odd.md:3:9: warning[frontmatter.value]: `images` names the image of the page's link previews: a path or an address, found a map"), r.err());
    assertFalse(site.read("docs/gone/index.html").contains("og:image"));

    site.write(
        """
        -- content/site.yaml --
        title: T
        image: img/card.png
        -- content/docs/gone.md --
        ---
        title: Gone
        image: img/card.png
        ---
        Tekst.
        -- content/img/card.png --
        png
        -- content/docs/img/card.png --
        png
        """);
    r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("content/site.yaml:2:8: warning[config.value]: link previews need the full address of the image, and the site's (`base_url`) is not set: the pages' show none"), r.err());
    assertTrue(
        r.err().contains("content/docs/gone.md:3:8: warning[frontmatter.value]: link previews need the full address of the image `img/card.png`, and the site's (`base_url`) is not set: the page's show none"),
        r.err());
    assertFalse(site.read("docs/gone/index.html").contains("og:"));

    site.write("-- content/site.yaml --\ntitle: T\nbase_url: https://t.example.org/\nimage: img/none.png\n");
    r = site.run("build");
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().contains("content/site.yaml:3:8: error[config.value]: `image` names no image file of the content folder: `img/none.png`"), r.err());
  }

  @Test
  void anSvgImageIsNamedForLinkPreviewsShowNone() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/site.yaml --
            title: T
            base_url: https://t.example.org/
            image: docs/card.SVG
            -- content/docs/a.md --
            ---
            title: A
            image: https://cdn.example.org/card.svg?v=2
            ---
            Tekst.
            -- content/docs/card.SVG --
            %s
            """
                .formatted(SVG));
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("content/site.yaml:3:8: warning[config.value]: link previews do not show SVG images: chat tools and social sites read PNG, JPEG, GIF or WebP"), r.err());
    assertTrue(r.err().contains("content/docs/a.md:3:8: warning[frontmatter.value]: link previews do not show SVG images"), r.err());
    assertTrue(r.err().contains("hint: name a PNG or JPEG of the picture (1200 by 630 pixels suits most)"), r.err());
  }

  /** MkDocs Material's social plugin draws cards, which is not done here: named, with what gives previews their image. */
  @Test
  void materialsSocialPluginIsNamedWithWhatGivesPreviewsAnImage() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/mkdocs.yml --
            site_name: M
            site_url: https://m.example.org/
            theme: {name: material}
            plugins:
              - search
              - social
            -- content/site.yaml --
            image: docs/card.png
            -- content/docs/index.md --
            # M
            -- content/docs/card.png --
            png
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("content/mkdocs.yml:6:5: warning[config.mkdocs]: the MkDocs plugin `social` is not run here: the site is built without it"), r.err());
    assertTrue(r.err().contains("hint: link previews show the image a site.yaml beside mkdocs.yml names (`image: docs/img/card.png`), or a page's own (`image:` in its front matter)"), r.err());
    assertEquals("https://m.example.org/card.png", meta(site, "index.html").get("og:image"), "site.yaml's image, in the docs folder published at the root");
  }

  @Test
  void docusaurusThemeImageAndAPagesImageFromStatic() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/docusaurus.config.js --
            module.exports = {
              title: 'Widgets',
              url: 'https://widgets.example.org',
              baseUrl: '/docs-site/',
              themeConfig: {
                image: 'img/social-card.jpg',
              },
            };
            -- content/docs/intro.md --
            # Intro
            -- content/docs/own.md --
            ---
            image: /img/own.png
            keywords: [widgets, start]
            ---
            # Own
            -- content/static/img/social-card.jpg --
            jpg
            -- content/static/img/own.png --
            png
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertEquals("https://widgets.example.org/docs-site/img/social-card.jpg", meta(site, "docs/intro/index.html").get("og:image"));
    Map<String, String> own = meta(site, "docs/own/index.html");
    assertEquals("https://widgets.example.org/docs-site/img/own.png", own.get("og:image"));
    assertEquals("widgets, start", own.get("keywords"));

    site.write("-- content/docusaurus.config.js --\nmodule.exports = {title: 'Widgets', url: 'https://widgets.example.org', baseUrl: '/', themeConfig: {image: 'img/gone.jpg'}};\n");
    r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("content/docusaurus.config.js:1:109: warning[config.docusaurus]: `image` names no file of `static/`: `img/gone.jpg`: the pages' link previews show no image"), r.err());
    assertFalse(site.read("docs/intro/index.html").contains("og:image"));
  }

  @Test
  void hugoParamsImagesAndAPagesImagesFromTheSitesRoot() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/hugo.toml --
            baseURL = "https://example.org/"
            title = "Docs"

            [params]
            images = ["images/site-feature.png"]
            -- content/content/_index.md --
            ---
            title: Docs
            ---
            Welcome.
            -- content/content/docs/a.md --
            ---
            title: A
            images: [images/a.png]
            ---
            Tekst.
            -- content/content/docs/bundle/index.md --
            ---
            title: Bundle
            images: [feature.png]
            ---
            Tekst.
            -- content/content/docs/bundle/feature.png --
            png
            -- content/static/images/site-feature.png --
            png
            -- content/static/images/a.png --
            png
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertEquals("https://example.org/images/site-feature.png", meta(site, "index.html").get("og:image"));
    assertEquals("https://example.org/images/a.png", meta(site, "docs/a/index.html").get("og:image"), "a path not beside the page: from the site's root, as Hugo's absURL reads it");
    assertEquals("https://example.org/docs/bundle/feature.png", meta(site, "docs/bundle/index.html").get("og:image"), "a bundle's own file");

    site.write("-- content/hugo.toml --\nbaseURL = \"/\"\ntitle = \"Docs\"\n\n[params]\nimages = [\"images/site-feature.png\"]\n");
    r = site.run("build");
    assertTrue(r.err().contains("content/hugo.toml:5:10: warning[config.hugo]: the image `images/site-feature.png` is shown in link previews by its full address, which needs an absolute `baseURL`: the pages name none"), r.err());
  }

  @Test
  void anEditedImageIsBuiltWithTheCacheAsWithout() throws Exception {
    String files =
        """
        -- content/site.yaml --
        title: T
        base_url: https://t.example.org/
        -- content/docs/a.md --
        ---
        title: A
        image: one.png
        ---
        Tekst.
        -- content/docs/one.png --
        png
        -- content/docs/two.png --
        png
        """;
    SiteFixture cached = SiteFixture.of(tmp.resolve("cached"), files);
    Path cache = tmp.resolve("cache");
    assertEquals(0, cached.run("build", "--cache", cache.toString()).exit());
    assertTrue(cached.read("docs/a/index.html").contains("https://t.example.org/docs/one.png"));
    String edited = files.replace("image: one.png", "image: two.png");
    cached.write(edited);
    SiteFixture.Run r = cached.run("build", "--cache", cache.toString());
    assertEquals(0, r.exit(), r.err());
    SiteFixture clean = SiteFixture.of(tmp.resolve("clean"), edited);
    assertEquals(0, clean.run("build").exit());
    SiteFixture.assertSameFiles(SiteFixture.snapshot(clean.site()), SiteFixture.snapshot(cached.site()), "cached build after the edit");
    assertTrue(cached.read("docs/a/index.html").contains("https://t.example.org/docs/two.png"));
    // the file it names removed: named again from the cache
    Files.delete(cached.content().resolve("docs/two.png"));
    r = cached.run("build", "--cache", cache.toString());
    assertTrue(r.err().contains("content/docs/a.md:3:8: warning[link.unresolved]: the image of the page's link previews: no page or file `two.png`"), r.err());
    assertFalse(cached.read("docs/a/index.html").contains("og:image"));
  }
}
