package handbook.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import handbook.content.Mount;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HugoPermalinksTest {
  private static final List<String> SECTIONS = List.of("posts", "a", "b");

  private static Mount mount(String pattern) {
    return Mount.hugo("content/", List.of("en")).withPermalinks(List.of(new Mount.Permalink("posts/", pattern)));
  }

  @Test
  void slicesAreGoSlicesOfTheSections() {
    assertEquals(List.of("a", "b"), HugoPermalinks.slice(SECTIONS, "[1:]"));
    assertEquals(List.of("posts"), HugoPermalinks.slice(SECTIONS, "[:1]"));
    assertEquals(List.of("b"), HugoPermalinks.slice(SECTIONS, "[last]"));
    assertEquals(List.of("a"), HugoPermalinks.slice(SECTIONS, "[ 1 ]"));
    assertEquals(List.of(), HugoPermalinks.slice(SECTIONS, "[2:1]"));
    assertEquals(List.of(), HugoPermalinks.slice(SECTIONS, "[last:last]"));
    // an index past them, however long, is past them (it was a crash)
    assertEquals(List.of(), HugoPermalinks.slice(SECTIONS, "[99999999999:]"));
    assertEquals(List.of(), HugoPermalinks.slice(SECTIONS, "[99999999999]"));
    assertEquals(SECTIONS, HugoPermalinks.slice(SECTIONS, "[0:99999999999]"));
  }

  @Test
  void textIsMadeAPartOfAPathAsHugoMakesIt() {
    assertEquals("hello-world", HugoPermalinks.urlize("Hello,  World!"));
    assertEquals("blåbær-og-ørret", HugoPermalinks.urlize("Blåbær og Ørret"));
    assertEquals("c#-and-c++", HugoPermalinks.urlize("C# and C++"));
    assertEquals("..", HugoPermalinks.urlize(".."));
    assertEquals("ab", HugoPermalinks.urlize("a\\b<>\"'"));
  }

  @Test
  void aPagesAddressNeverLeadsOutOfTheSite() {
    Mount m = mount("/:title/:slug/");
    assertEquals("x/etc/", HugoPermalinks.of("content/posts/p.md", "../..", Map.of("slug", "../x/../../etc"), m));
    assertNull(HugoPermalinks.of("content/posts/p.md", "..", Map.of("slug", ".."), m), "nothing left: the path's own URL");
    assertEquals("2024/03/p/", HugoPermalinks.of("content/posts/p.md", "P", Map.of("publishDate", "2024-03-05"), mount("/:year/:month/:filename/")));
    assertEquals("1/01/p/", HugoPermalinks.of("content/posts/p.md", "P", Map.of("date", "not a day"), mount("/:year/:month/:filename/")));
  }
}
