package handbook.assets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.testing.SiteFixture;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The published assets in a built site: linked by their hashed names, gzip copies, page keys. */
class AssetsSiteTest {
  @TempDir Path tmp;

  static final String SITE =
      """
      -- content/site.yaml --
      title: T
      gzip: true
      -- content/docs/index.md --
      # Dokumentasjon
      Tekst.
      -- content/docs/kode.md --
      # Kode
      ```bash
      echo hei
      ```
      """;

  @Test
  void pagesLinkTheHashedAssetsAndPrismOnlyWhereThereIsCode() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, SITE);
    SiteFixture.Run r = site.run("build", "--quiet");
    assertEquals(0, r.exit(), r.err());
    String plain = site.read("docs/index.html");
    String code = site.read("docs/kode/index.html");
    assertTrue(plain.contains("<link rel=\"stylesheet\" href=\"../" + site.asset("handbook.css") + "\">"), plain);
    assertTrue(plain.contains("data-minisearch=\"../" + site.asset("minisearch.js") + "\""), "the search library on first use");
    assertFalse(plain.contains("minisearch.js\" defer"), "not loaded with the page");
    assertFalse(plain.contains("prism"), "no code, no Prism");
    assertTrue(code.contains("<script src=\"../../" + site.asset("prism.js") + "\" data-manual defer></script>"));
    assertTrue(code.contains("<link rel=\"stylesheet\" href=\"../../" + site.asset("prism-theme.css") + "\">"));
  }

  @Test
  void gzipCopiesSitBesideEveryTextFileAlsoWhenPagesComeFromTheCache() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, SITE);
    Path cache = tmp.resolve("cache");
    assertEquals(0, site.run("build", "--quiet", "--cache", cache.toString()).exit());
    Map<String, byte[]> first = SiteFixture.snapshot(site.site());
    SiteFixture.Run again = site.run("build", "--quiet", "--cache", cache.toString());
    assertEquals(0, again.exit(), again.err());
    Map<String, byte[]> second = SiteFixture.snapshot(site.site());
    assertEquals(first.keySet(), second.keySet());
    int copies = 0;
    for (String path : second.keySet()) {
      assertArrayEquals(first.get(path), second.get(path), path);
      if (GzipCopies.isText(path)) {
        byte[] gz = second.get(path + ".gz");
        assertTrue(gz != null, "a gzip copy of " + path);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
          assertArrayEquals(second.get(path), in.readAllBytes(), path + ".gz");
        }
        copies++;
      }
    }
    assertTrue(copies >= 8, copies + " copies");
  }

  @Test
  void aChangedStylesheetGetsANewNameAndEveryPageLinksIt() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, SITE + "\n-- templates/assets/handbook.css --\nbody { color: black; }\n");
    Path cache = tmp.resolve("cache");
    assertEquals(0, site.runWithoutTemplates("build", "--quiet", "--cache", cache.toString()).exit());
    String before = site.asset("handbook.css");
    site.write("-- templates/assets/handbook.css --\nbody { color: navy; }\n");
    SiteFixture.Run r = site.runWithoutTemplates("build", "--quiet", "--cache", cache.toString());
    assertEquals(0, r.exit(), r.err());
    String after = site.asset("handbook.css");
    assertNotEquals(before, after);
    assertTrue(site.read("docs/index.html").contains("href=\"../" + after + "\""), "a page kept in the cache is rendered again");
    assertTrue(site.read("docs/kode/index.html").contains("href=\"../../" + after + "\""));
  }
}
