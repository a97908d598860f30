package handbook.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import handbook.testing.SiteFixture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A section page the generator makes (a folder without {@code index.md}, a home page without
 * one) is searched by its title and description, like a written one, not by the list of its
 * pages, which are searched themselves.
 */
class SectionSearchTest {
  @TempDir Path tmp;

  @Test
  void aGeneratedSectionIsFoundByItsTitleNotByItsListOfPages() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/site.yaml --
            title: T
            -- content/docs/drift/backup.md --
            ---
            title: Backup
            description: Slik tar vi sikkerhetskopier.
            ---
            Tekst om sikkerhetskopier.
            -- content/docs/drift/deploy.md --
            ---
            title: Utrulling
            ---
            Tekst.
            -- content/docs/arkitektur/index.md --
            ---
            title: Arkitektur
            ---
            Om arkitekturen.
            -- content/docs/arkitektur/lag.md --
            ---
            title: Lag
            ---
            Lagdeling.
            """);
    SiteFixture.Run r = site.run("build", "--quiet");
    assertEquals(0, r.exit(), r.err());
    JsonNode index = new ObjectMapper().readTree(site.read("search-index.json"));
    List<String> urls = new ArrayList<>();
    for (JsonNode d : index.get("docs")) {
      urls.add(d.get("u").asText());
      // the words of a page's description are found at the page, not at its section
      if (d.get("x").asText().contains("sikkerhetskopier")) {
        assertEquals("docs/drift/backup/", d.get("u").asText(), d.toString());
      }
    }
    assertTrue(urls.contains("docs/drift/"), "the generated section is searched: " + urls);
    assertTrue(urls.contains("docs/arkitektur/"), urls.toString());
    assertFalse(urls.stream().anyMatch(u -> u.contains("#section-pages")), "no result for a list of pages: " + urls);
    // the list is still on the page
    assertTrue(site.read("docs/drift/index.html").contains("href=\"backup/\""));
  }
}
