package handbook.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import handbook.config.Glob;
import org.junit.jupiter.api.Test;

class GlobsTest {
  @Test
  void globsMatchAsHugoAndJekyllMatchThem() {
    Glob both = Globs.of("{/articles,/articles/**}");
    assertEquals(List.of(true, true, true, false, false), List.of("/articles", "/articles/a", "/articles/a/b", "/articlesx", "/other/articles").stream().map(p -> both.matches(p)).toList());
    Glob one = Globs.of("/docs/*/api");
    assertEquals(List.of(true, false, false), List.of("/docs/v1/api", "/docs/v1/x/api", "/docs/api").stream().map(p -> one.matches(p)).toList());
    Glob kinds = Globs.of("{section,page}");
    assertEquals(List.of(true, true, false), List.of("section", "page", "home").stream().map(p -> kinds.matches(p)).toList());
    Glob deep = Globs.of("docs/**/api");
    assertEquals(List.of(true, true, false), List.of("docs/v1/api", "docs/a/b/api", "other/api").stream().map(p -> deep.matches(p)).toList());
  }
}
