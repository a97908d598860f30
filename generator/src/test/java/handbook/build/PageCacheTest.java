package handbook.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.testing.SiteFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rendered pages kept in a cache folder between runs: reused when unchanged, identical output. */
class PageCacheTest {
  @TempDir Path tmp;

  @Test
  void unchangedPagesComeFromTheCacheAndTheOutputIsTheSame() throws Exception {
    StringBuilder txtar = new StringBuilder("-- content/site.yaml --\ntitle: T\n");
    for (int i = 0; i < 20; i++) {
      txtar.append("-- content/docs/p").append(i).append(".md --\n---\ntitle: Side ").append(i).append("\n---\n## Del\n\nTekst ").append(i).append(". Se [neste](p").append((i + 1) % 20).append(".md#del).\n");
    }
    SiteFixture site = SiteFixture.of(tmp, txtar.toString());
    Path cache = tmp.resolve("cache");
    Build build = new Build(Build::standardKinds, Progress.NONE);
    BuildOptions opts = new BuildOptions(site.content(), site.site(), SiteFixture.TEMPLATES, true, null, null, cache);

    assertTrue(build.run(opts).ok());
    assertEquals(0, build.pagesFromCache());
    Map<String, byte[]> first = SiteFixture.snapshot(site.site());

    assertTrue(build.run(opts).ok());
    int cacheable = build.pagesFromCache();
    assertTrue(cacheable >= 20, "every doc page came from the cache: " + cacheable);
    Map<String, byte[]> second = SiteFixture.snapshot(site.site());
    assertEquals(first.keySet(), second.keySet());
    for (String k : first.keySet()) {
      assertArrayEquals(first.get(k), second.get(k), k);
    }

    Files.writeString(site.content().resolve("docs/p3.md"), "---\ntitle: Side 3\n---\n## Del\n\nNy tekst.\n");
    assertTrue(build.run(opts).ok());
    assertEquals(cacheable - 1, build.pagesFromCache(), "only the changed page is rendered again");
    assertTrue(site.read("docs/p3/index.html").contains("Ny tekst."));

    Files.writeString(site.content().resolve("docs/p4.md"), "---\ntitle: Nytt navn\n---\n## Del\n\nTekst 4.\n");
    assertTrue(build.run(opts).ok());
    assertEquals(0, build.pagesFromCache(), "a new title changes every sidebar: nothing is reused");
    assertTrue(site.read("docs/p9/index.html").contains("Nytt navn"));
  }
}
