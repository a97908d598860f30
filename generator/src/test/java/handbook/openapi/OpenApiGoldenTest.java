package handbook.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.testing.SiteFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden tests: each {@code golden/openapi/NAME.yaml}, built alone as {@code content/api/}, gives
 * exactly the {@code <article>}s in {@code golden/openapi/NAME.html} (overview, tag and schema
 * pages in URL order). {@code -Dgolden.update=true} rewrites them for review; CI never sets it.
 */
class OpenApiGoldenTest {
  static final Path DIR = Path.of("src/test/resources/golden/openapi");
  static final boolean UPDATE = Boolean.getBoolean("golden.update");

  @TempDir Path tmp;

  @TestFactory
  Stream<DynamicTest> everySpecRendersToItsGoldenPages() throws IOException {
    List<Path> inputs;
    try (Stream<Path> s = Files.list(DIR)) {
      inputs = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    assertTrue(!inputs.isEmpty(), "golden specs found");
    return inputs.stream().map(in -> DynamicTest.dynamicTest(in.getFileName().toString(), () -> check(in)));
  }

  private void check(Path in) throws IOException {
    String name = in.getFileName().toString();
    String html = build(in, tmp.resolve("a"));
    assertEquals(html, build(in, tmp.resolve("b")), "building twice gives the same pages");
    Path golden = Path.of(in.toString().replaceFirst("\\.yaml$", ".html"));
    if (UPDATE) {
      Files.writeString(golden, html, StandardCharsets.UTF_8);
    }
    assertTrue(Files.exists(golden), "missing golden output " + golden + " for " + name);
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), html);
  }

  private static String build(Path spec, Path root) throws IOException {
    Files.createDirectories(root);
    SiteFixture site = SiteFixture.of(root, "-- content/site.yaml --\ntitle: Golden\nlanguage: en\n");
    Files.createDirectories(site.content().resolve("api"));
    Files.copy(spec, site.content().resolve("api").resolve(spec.getFileName()));
    SiteFixture.Run r = site.run("build", "--quiet");
    assertEquals(0, r.exit(), r.err());
    StringBuilder out = new StringBuilder();
    Path api = site.site().resolve("api");
    List<Path> pages;
    try (Stream<Path> s = Files.walk(api)) {
      pages = s.filter(p -> p.getFileName().toString().equals("index.html")).sorted().toList();
    }
    for (Path p : pages) {
      String page = Files.readString(p, StandardCharsets.UTF_8);
      int start = page.indexOf("<article");
      int end = page.indexOf("</article>");
      out.append("<!-- ").append(api.relativize(p).toString().replace('\\', '/')).append(" -->\n");
      out.append(start < 0 ? "" : page.substring(start, end + "</article>".length())).append("\n");
    }
    return out.toString();
  }
}
