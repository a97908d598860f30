package handbook.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class GlobsTest {
  @Test
  void globsMatchAsHugoAndJekyllMatchThem() {
    Pattern both = Globs.of("{/articles,/articles/**}");
    assertEquals(List.of(true, true, true, false, false), List.of("/articles", "/articles/a", "/articles/a/b", "/articlesx", "/other/articles").stream().map(p -> both.matcher(p).matches()).toList());
    Pattern one = Globs.of("/docs/*/api");
    assertEquals(List.of(true, false, false), List.of("/docs/v1/api", "/docs/v1/x/api", "/docs/api").stream().map(p -> one.matcher(p).matches()).toList());
    Pattern kinds = Globs.of("{section,page}");
    assertEquals(List.of(true, true, false), List.of("section", "page", "home").stream().map(p -> kinds.matcher(p).matches()).toList());
    Pattern deep = Globs.of("docs/**/api");
    assertEquals(List.of(true, true, false), List.of("docs/v1/api", "docs/a/b/api", "other/api").stream().map(p -> deep.matcher(p).matches()).toList());
  }
}
