package handbook.theme;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.source.DiskTree;
import handbook.source.SourceTree;
import handbook.testing.SiteFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in theme is the repository's templates/ folder, and a project overrides it file by file. */
class ThemeTest {
  @TempDir Path tmp;

  static final String SITE =
      """
      -- content/site.yaml --
      title: Tema
      -- content/docs/index.md --
      ---
      title: Start
      ---
      Hei.
      """;

  @Test
  void builtInThemeHoldsEveryFileOfTheTemplatesFolder() throws IOException {
    SourceTree theme = Theme.builtIn();
    DiskTree repo = new DiskTree(SiteFixture.TEMPLATES);
    assertEquals(repo.files(), theme.files());
    for (String f : repo.files()) {
      assertArrayEquals(repo.read(f), theme.read(f), f);
    }
    assertTrue(theme.files().contains("layout.ftlh"));
    assertTrue(theme.files().contains("assets/handbook.css"));
  }

  @Test
  void projectFileHidesTheThemeFileAtTheSamePathOnly() throws IOException {
    Path mine = tmp.resolve("templates");
    Files.createDirectories(mine.resolve("assets"));
    Files.writeString(mine.resolve("assets/handbook.css"), "/* mine */");
    Files.writeString(mine.resolve("assets/extra.css"), "/* extra */");
    LayeredTree t = new LayeredTree(new DiskTree(mine), Theme.builtIn());
    assertEquals("/* mine */", new String(t.read("assets/handbook.css"), StandardCharsets.UTF_8));
    assertTrue(t.overridden("assets/handbook.css"));
    assertFalse(t.overridden("layout.ftlh"));
    assertTrue(t.files().contains("layout.ftlh"));
    assertTrue(t.files().contains("assets/extra.css"));
    assertEquals(t.files().stream().sorted().toList(), t.files());
  }

  @Test
  void siteWithOnlyContentBuildsWithTheBuiltInTheme() throws IOException {
    SiteFixture site = SiteFixture.of(tmp, SITE);
    SiteFixture.Run r = site.runWithoutTemplates("build");
    assertEquals("", r.err());
    assertEquals(0, r.exit());
    String css = site.read(site.asset("handbook.css"));
    assertTrue(css.contains(".site-header"), "the theme's stylesheet");
    assertTrue(css.length() < Files.size(SiteFixture.TEMPLATES.resolve("assets/handbook.css")), "minified");
    assertTrue(site.read("docs/index.html").contains("Hei."));
  }

  @Test
  void templatesBesideTheContentOverrideTemplatesAndAssets() throws IOException {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            SITE
                + """
                -- templates/404.ftlh --
                <!doctype html><title>${page.site.t["notfound.title"]}</title><p>Egen 404-side.</p>
                -- templates/assets/handbook.css --
                body { color: black; }
                """);
    SiteFixture.Run r = site.runWithoutTemplates("build");
    assertEquals("", r.err());
    assertEquals(0, r.exit());
    assertTrue(site.read("404.html").contains("<p>Egen 404-side.</p>"), site.read("404.html"));
    assertEquals("body{color:black}\n", site.read(site.asset("handbook.css")));
    assertTrue(site.read("docs/index.html").contains("<nav"), "other templates come from the theme");
    assertTrue(site.read("docs/index.html").contains(site.asset("search.js")), "other assets come from the theme");
  }

  @Test
  void templatesOptionStillPointsAtAnyFolderAndAMissingOneIsAUsageError() throws IOException {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            SITE
                + """
                -- elsewhere/assets/handbook.css --
                /* elsewhere */
                """);
    SiteFixture.Run r = site.runWithoutTemplates("build", "--templates", tmp.resolve("elsewhere").toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals("\n", site.read(site.asset("handbook.css")), "the stylesheet from elsewhere, minified");

    SiteFixture.Run missing = site.runWithoutTemplates("build", "--templates", tmp.resolve("nowhere").toString());
    assertEquals(2, missing.exit());
    assertEquals("error[usage]: templates folder `" + tmp.resolve("nowhere") + "` does not exist\n", missing.err());
  }

  /** A real process started in a folder that has only content/, with the default options. */
  @Test
  void buildRunFromAnotherFolderNeedsNoTemplatesFolder() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, SITE);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "handbook.cli.Main", "build")
            .directory(site.root().toFile())
            .redirectErrorStream(true)
            .start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), output);
    assertTrue(output.startsWith("built "), output);
    assertTrue(Files.exists(site.site().resolve("docs/index.html")));
    site.asset("handbook.js");
    assertEquals(
        List.of("content", "site"),
        Files.list(site.root()).map(x -> x.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList(),
        "nothing but the site is written");
  }
}
