package handbook.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.testing.SiteFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A spec is not trusted: it cannot stall the build, load from other hosts or read outside content/. */
class UntrustedSpecTest {
  @TempDir Path tmp;

  static final String HEAD = "-- content/site.yaml --\ntitle: T\nlanguage: en\n-- content/docs/index.md --\n# Start\n";
  static final String PATHS = "paths:\n  /a:\n    get:\n      operationId: getA\n      responses:\n        '200': {description: ok}\n";

  @Test
  void aliasBombIsRefusedAtTheFirstAliasBeforeTheParserRuns() throws Exception {
    StringBuilder spec = new StringBuilder("openapi: 3.0.3\ninfo: {title: Bomb, version: '1'}\nx-a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    String prev = "a";
    for (String n : new String[] {"b", "c", "d", "e", "f", "g", "h", "i"}) {
      spec.append("x-").append(n).append(": &").append(n).append(" [").append(String.join(", ", java.util.Collections.nCopies(9, "*" + prev))).append("]\n");
      prev = n;
    }
    SiteFixture site = SiteFixture.of(tmp, HEAD + "-- content/api/bomb.yaml --\n" + spec + PATHS);
    long start = System.nanoTime();
    SiteFixture.Run r = site.run("check");
    assertTrue((System.nanoTime() - start) / 1_000_000_000 < 20, "refused at once");
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().startsWith("content/api/bomb.yaml:4:10: error[api.too-large]: YAML aliases in the spec stand for more than 100000 values\n"), r.err());
  }

  @Test
  void aFewAliasesStillWork() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, HEAD + "-- content/api/ok.yaml --\nopenapi: 3.0.3\ninfo: {title: Ok, version: '1'}\n"
        + "paths:\n  /a:\n    get:\n      operationId: getA\n      responses:\n        '200': &ok {description: fine}\n  /b:\n    get:\n      operationId: getB\n      responses:\n        '200': *ok\n");
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    String b = site.read("api/ok/b/index.html");
    assertTrue(b.contains("fine"), "the alias is the anchored response: " + b);
  }

  @Test
  void duplicateKeysAreErrorsAtTheirLine() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, HEAD + "-- content/api/dup.yaml --\nopenapi: 3.0.3\ninfo: {title: Dup, version: '1'}\n" + PATHS
        + "    get:\n      operationId: getA2\n      responses:\n        '200': {description: ok}\n");
    SiteFixture.Run r = site.run("check");
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().startsWith("content/api/dup.yaml:9:5: error[api.duplicate-key]: key `get` appears twice in this map\n"), r.err());
    assertTrue(r.err().contains("= hint: the first one is on line 5"), r.err());
  }

  @Test
  void aYamlSpecOverThreeMegabytesIsRefused() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, HEAD + "-- content/api/big.yaml --\nopenapi: 3.0.3\ninfo: {title: Big, version: '1'}\n" + PATHS
        + "x-filler: '" + "x".repeat(3_200_000) + "'\n");
    SiteFixture.Run r = site.run("check");
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().startsWith("content/api/big.yaml:1:1: error[api.too-large]: the spec has more than 3145728 characters, the most a YAML spec may have\n"), r.err());
  }

  @Test
  void imagesFromOtherHostsBecomeLinksWithAWarning() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, HEAD + "-- content/api/img.yaml --\nopenapi: 3.0.3\ninfo:\n  title: Img\n  version: '1'\n  description: |\n"
        + "    Se ![sporing](https://evil.example/track.png), ![](//evil.example/x.png) og ![lokal](../docs/pic.png).\n" + PATHS
        + "-- content/docs/pic.png --\npng\n");
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("content/api/img.yaml:6:19: warning[api.remote-image]: image `https://evil.example/track.png` in a description of an OpenAPI spec is on another host; it is shown as a link, not loaded"), r.err());
    assertTrue(r.err().contains("content/api/img.yaml:6:56: warning[api.remote-image]: image `//evil.example/x.png`"), r.err());
    String html = site.read("api/img/index.html");
    assertTrue(html.contains("<a href=\"https://evil.example/track.png\">sporing</a>"), html);
    assertTrue(html.contains("<a href=\"//evil.example/x.png\">//evil.example/x.png</a>"), html);
    assertFalse(html.contains("src=\"https://evil") || html.contains("src=\"//evil"), html);
    assertTrue(html.contains("<img src=\"../../docs/pic.png\" alt=\"lokal\""), html);
  }

  @Test
  void aRefThroughALinkOutOfTheContentFolderIsNeverRead() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, HEAD + "-- content/api/spec.yaml --\nopenapi: 3.0.3\ninfo: {title: S, version: '1'}\npaths:\n  /a:\n    $ref: paths/a.yaml\n"
        + "-- secret/a.yaml --\nget:\n  operationId: secretOperation\n  responses:\n    '200': {description: ok}\n");
    Files.createDirectories(site.content().resolve("api/paths"));
    Files.createSymbolicLink(site.content().resolve("api/paths/a.yaml"), tmp.resolve("secret/a.yaml"));
    SiteFixture.Run r = site.run("build");
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().startsWith("content/api/paths/a.yaml: error[source.outside]: `api/paths/a.yaml` is a symbolic link to `"), r.err());
    assertFalse(r.err().contains("secretOperation") || Files.exists(site.site()), r.err());
  }
}
