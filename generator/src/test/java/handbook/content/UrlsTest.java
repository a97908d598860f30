package handbook.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class UrlsTest {
  /** Docusaurus' number prefixes, as its default parser reads them: not a date's or a version's. */
  @Test
  void numberPrefixesAreLeftOutAsDocusaurusDoes() {
    for (String[] c :
        new String[][] {
          {"01-intro", "intro"}, {"1_intro", "intro"}, {"2. Setup", "Setup"}, {"10.setup", "setup"}, {"3 - x", "x"},
          {"intro", "intro"}, {"2021-01-01-notes", "2021-01-01-notes"}, {"1.2-release", "1.2-release"}, {"1.2", "1.2"},
          {"42", "42"}, {"01-", "01-"}, {"3d-printing", "3d-printing"}, {"", ""}, {"1.2beta", "1.2beta"}, {"01-02-intro", "01-02-intro"}, {"3.x-upgrade", "x-upgrade"}
        }) {
      assertEquals(c[1], Urls.unnumbered(c[0]), c[0]);
    }
    Mount docusaurus = Mount.DOCS_AND_STATIC;
    assertEquals("guide/setup/", docusaurus.pageUrl("docs/01-guide/02-setup/"));
    assertEquals("img/a.png", docusaurus.url("static/img/a.png"));
    assertEquals("01-img/a.png", docusaurus.url("docs/01-img/a.png"), "files keep their names");
    assertEquals("docs/01-guide/", Mount.DOCS.pageUrl("docs/docs/01-guide/"), "MkDocs keeps them");
  }

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
  void pathsArePercentEncodedWhereAFileNameWouldBreakTheHref() {
    assertEquals("hash%23tag/", Urls.encodePath("hash#tag/"));
    assertEquals("pct%2520x/", Urls.encodePath("pct%20x/"));
    assertEquals("a%2Bb/", Urls.encodePath("a+b/"));
    assertEquals("en%20side%3F/%22sitat%22%3C%3E%5C/", Urls.encodePath("en side?/\"sitat\"<>\\/"));
    assertEquals("bl\u00e5b\u00e6r/tab%09nl%0A/", Urls.encodePath("bl\u00e5b\u00e6r/tab\tnl\n/"), "letters kept, control characters encoded");
    assertEquals("docs/plain/", Urls.encodePath("docs/plain/"));
  }

  @Test
  void aHashInAFileNameIsPathAndAHashAfterAPageUrlIsAFragment() {
    assertEquals("../hash%23tag/", Urls.href("docs/a/", "docs/hash#tag/"));
    assertEquals("../hash%23tag/#del", Urls.href("docs/a/", "docs/hash#tag/#del"));
    assertEquals("#del", Urls.href("docs/hash#tag/", "docs/hash#tag/#del"), "the same page: only the fragment");
    assertEquals("../fil%23x.txt", Urls.href("docs/a/", "docs/fil#x.txt"), "a file URL has no fragment");
    assertEquals("../../#top", Urls.href("docs/a/", "#top"), "the home page");
    assertEquals("docs/hash%23tag/#del", Urls.encode("docs/hash#tag/#del"));
  }

  @Test
  void normalizeStaysInsideTheRoot() {
    assertEquals("docs/b.md", Urls.normalize("docs/a/../b.md"));
    assertEquals("docs/a/", Urls.normalize("docs/./a/"));
    assertNull(Urls.normalize("docs/../../etc/passwd"));
  }
}
