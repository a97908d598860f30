package handbook.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class UrlsTest {
  @Test
  void sourcePathsBecomePrettyUrls() {
    assertEquals("docs/ops/backup/", Urls.ofSource("docs/ops/backup.md"));
    assertEquals("docs/ops/", Urls.ofSource("docs/ops/index.md"));
    assertEquals("", Urls.ofSource("index.md"));
  }

  @Test
  void hrefsAreRelative() {
    assertEquals("../../arkitektur/", Urls.relative("docs/ops/backup/", "docs/arkitektur/"));
    assertEquals("./", Urls.relative("docs/ops/", "docs/ops/"));
    assertEquals("../", Urls.relative("docs/ops/backup/", "docs/ops/"));
    assertEquals("ops/backup/", Urls.relative("docs/", "docs/ops/backup/"));
    assertEquals("../../", Urls.toRoot("docs/ops/"));
    assertEquals("./", Urls.toRoot(""));
    assertEquals("docs/img/a.png", Urls.relative("404.html", "docs/img/a.png"));
  }

  @Test
  void normalizeStaysInsideTheRoot() {
    assertEquals("docs/b.md", Urls.normalize("docs/a/../b.md"));
    assertEquals("docs/a/", Urls.normalize("docs/./a/"));
    assertNull(Urls.normalize("docs/../../etc/passwd"));
  }
}
