package handbook.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.testing.SiteFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code edit_url} in site.yaml (MkDocs' {@code edit_uri}, Docusaurus' {@code editUrl}): every page
 * of a file links to that file in the repository's editor; a page of no file of its own does not.
 */
class EditLinkTest {
  @TempDir Path tmp;

  static final String SITE =
      """
      -- content/site.yaml --
      title: T
      %s
      -- content/docs/drift/ny side.md --
      ---
      title: Ny side
      ---
      Tekst.
      -- content/checklist.yaml --
      title: Sjekkliste
      thresholds: [{min: 0, label: Ikke klar, level: critical}]
      categories:
        - id: backup
          title: Backup
          priority: kritisk
          items:
            - {id: daily, title: Daglig backup, status: todo}
      """;

  @Test
  void eachPageOfAFileLinksToItInTheEditor() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, SITE.formatted("edit_url: https://git.example/org/hb/edit/main/content"));
    SiteFixture.Run r = site.run("build", "--quiet");
    assertEquals(0, r.exit(), r.err());
    String page = site.read("docs/drift/ny side/index.html");
    assertTrue(page.contains("<a href=\"https://git.example/org/hb/edit/main/content/docs/drift/ny%20side.md\" rel=\"edit\">Rediger denne siden</a>"), page);
    assertTrue(site.read("checklist/index.html").contains("href=\"https://git.example/org/hb/edit/main/content/checklist.yaml\" rel=\"edit\""));
    // the folder has no page of its own: its list is made, from no file
    assertFalse(site.read("docs/drift/index.html").contains("rel=\"edit\""));
    assertFalse(site.read("404.html").contains("rel=\"edit\""));
  }

  @Test
  void withoutItNoPageHasTheLink() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, SITE.formatted(""));
    assertEquals(0, site.run("build", "--quiet").exit());
    assertFalse(site.read("docs/drift/ny side/index.html").contains("rel=\"edit\""));
  }

  @Test
  void anEditUrlThatIsNoWebAddressIsAnError() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, SITE.formatted("edit_url: github.com/org/hb"));
    SiteFixture.Run r = site.run("build", "--quiet");
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("content/site.yaml:2:11: error[config.value]: `edit_url` must be an absolute http(s) URL, not `github.com/org/hb`"), r.err());
    assertTrue(r.err().contains("hint: the content folder in your repository's editor"), r.err());
    // base_url is read the same way
    SiteFixture base = SiteFixture.of(tmp.resolve("base"), SITE.formatted("base_url: handbook.example"));
    SiteFixture.Run b = base.run("build", "--quiet");
    assertEquals(1, b.exit());
    assertTrue(b.err().contains("content/site.yaml:2:11: error[config.value]: `base_url` must be an absolute http(s) URL, not `handbook.example`"), b.err());
    assertTrue(b.err().contains("hint: for example `https://handbook.example.org`"), b.err());
  }
}
