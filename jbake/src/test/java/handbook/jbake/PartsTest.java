package handbook.jbake;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PartsTest {
  @Test
  void yamlScalarsArePlainOnlyWhenTheyReadBackAsTheSameString() {
    assertEquals("Hello, world", Yaml.scalar("Hello, world"));
    assertEquals("\"yes\"", Yaml.scalar("yes"));
    assertEquals("\"2024-03-01\"", Yaml.scalar("2024-03-01"));
    assertEquals("\"a: b\"", Yaml.scalar("a: b"));
    assertEquals("\"say \\\"hi\\\"\"", Yaml.scalar("say \"hi\""));
    assertEquals("\"# not a comment\"", Yaml.scalar("# not a comment"));
    assertEquals("[intro, \"a, b\", \"true\"]", Yaml.list(List.of("intro", "a, b", "true")));
  }

  @Test
  void headerLinesAreFoundAsJbakeFindsTheBlock() {
    Header h = Header.of(List.of("title=T", "", "tags=a,b", "~~~~~~", "", "body [x](y.html)"), "~~~~~~");
    assertEquals(1, h.line("title"));
    assertEquals(3, h.line("tags"));
    assertEquals("a,b", h.value("tags"));
    assertEquals(5, h.bodyLine());
    assertArrayEquals(new int[] {6, 10}, h.position("\nbody [x](y.html)\n", 10));
    Header none = Header.of(List.of("Just text", "~~~~~~"), "~~~~~~");
    assertEquals(1, none.bodyLine(), "a line without = before the separator means no header");
  }

  @Test
  void linksFromOutputUrlsToImportedFiles() {
    Links.Site site = new Links.Site(Map.of("about.html", "docs/about.md", "img/a.png", "docs/img/a.png"), "https://x.example");
    Links.Result r = Links.rewrite("[a](../about.html#top) ![i](/img/a.png) [h](https://x.example/about.html) [e](https://other.example/) `[c](no.html)`\n", "blog/", "docs/blog", site);
    assertEquals("[a](../about.md#top) ![i](../img/a.png) [h](../about.md) [e](https://other.example/) `[c](no.html)`\n", r.body());
    assertEquals(List.of(), r.dangling());
    assertEquals("c", Links.normalize("a/../b/../c"));
    assertNull(Links.normalize("../x"));
    assertEquals("../../x/y.md", Links.relative("docs/a/b", "docs/x/y.md"));
  }
}
