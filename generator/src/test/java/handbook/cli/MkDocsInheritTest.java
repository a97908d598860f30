package handbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.config.MkDocsConfig;
import handbook.testing.SiteFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An MkDocs config that inherits another's settings ({@code INHERIT}), as MkDocs merges them. */
class MkDocsInheritTest {
  @TempDir Path tmp;

  /** A project whose config takes most of its settings from config/base.yml, which takes some from config/common.yml. */
  private static final String PROJECT =
      """
      -- content/mkdocs.yml --
      INHERIT: config/base.yml
      site_name: Barnet
      theme:
        features: [navigation.tabs]
      -- content/config/base.yml --
      INHERIT: common.yml
      site_name: Forelderen
      site_description: Fra forelderen
      theme:
        name: material
        language: nb
      plugins:
        - search
        - mkdocstrings
        - mermaid2
      nav:
        - Veiledning:
          - Bruk: guide/use.md
          - Oppsett: guide/setup.md
        - Hjem: index.md
      -- content/config/common.yml --
      docs_dir: documentation
      repo_url: https://github.com/o/r
      edit_uri: edit/main/documentation/
      -- content/documentation/index.md --
      # Hjem

      Se [oppsett](guide/setup.md).
      -- content/documentation/guide/setup.md --
      # Oppsett
      -- content/documentation/guide/use.md --
      # Bruk
      """;

  @Test
  void theSettingsAreThoseOfEveryConfigMergedAsMkDocsMergesThem() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, PROJECT);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    String home = site.read("index.html");
    // the child's name wins; the parent's description, the grandparent's docs_dir and edit address stand
    assertTrue(home.contains("<title>Barnet</title>"), home);
    assertTrue(site.read("guide/setup/index.html").contains("<meta name=\"description\" content=\"Fra forelderen\">"));
    assertTrue(site.read("guide/use/index.html").contains("href=\"https://github.com/o/r/edit/main/documentation/guide/use.md\""));
    // the theme's maps are merged: the parent's language with the child's tabs
    assertTrue(home.contains("<html lang=\"nb\""), home);
    assertTrue(home.contains("<nav class=\"tabs\""), home);
    // the parent's nav orders the menu
    String use = site.read("guide/use/index.html");
    assertTrue(use.indexOf(">Bruk<") < use.indexOf(">Oppsett<"), use);
    // what the parent's file says is named where it says it, with its line
    assertTrue(r.err().contains("content/config/base.yml:9:5: warning[config.mkdocs]: the MkDocs plugin `mkdocstrings` is not run here"), r.err());
    assertTrue(r.err().contains(" 9 |   - mkdocstrings"), r.err());
    // (mermaid2's diagrams are drawn: not named)
    assertFalse(r.err().contains("mermaid2"), r.err());
    assertFalse(r.err().contains("`INHERIT` of mkdocs.yml is not read"), r.err());
    // the configs are read, not published
    assertFalse(Files.exists(site.site().resolve("config/base.yml")));
  }

  @Test
  void anEditToAnInheritedConfigGivesWhatACleanBuildGives() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, PROJECT);
    String cache = tmp.resolve("cache").toString();
    assertEquals(0, site.run("build", "--quiet", "--cache", cache).exit());
    String base = Files.readString(site.content().resolve("config/base.yml"));
    Files.writeString(site.content().resolve("config/base.yml"), base.replace("Bruk: guide/use.md", "Å bruke: guide/use.md").replace("site_description: Fra forelderen", "site_description: Endret"));
    Files.writeString(site.content().resolve("config/common.yml"), "docs_dir: documentation\n");
    SiteFixture.Run r = site.run("build", "--quiet", "--cache", cache);
    assertEquals(0, r.exit(), r.err());
    Map<String, byte[]> cached = SiteFixture.snapshot(site.site());
    String use = site.read("guide/use/index.html");
    assertTrue(use.contains(">Å bruke<"), use);
    assertFalse(use.contains("/edit/"), "the repository is no longer named");
    assertEquals(0, site.run("build", "--quiet").exit());
    SiteFixture.assertSameFiles(SiteFixture.snapshot(site.site()), cached, "--cache after an inherited config's edit");
  }

  @Test
  void aParentOutsideTheContentFolderIsNamedAndTheRestRead() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, "-- content/mkdocs.yml --\nINHERIT: ../shared/mkdocs.yml\nsite_name: Alene\n-- content/docs/index.md --\n# Hjem\n-- shared/mkdocs.yml --\nsite_name: Delt\n");
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("content/mkdocs.yml:1:10: warning[config.mkdocs]: `INHERIT: ../shared/mkdocs.yml` is not a file in the content folder: its settings are not read"), r.err());
    assertTrue(site.read("index.html").contains("<title>Alene</title>"));
  }

  @Test
  void aMissingParentOrACycleStopsTheBuildAsInMkDocs() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, "-- content/mkdocs.yml --\nINHERIT: base.yml\n-- content/docs/index.md --\n# Hjem\n");
    SiteFixture.Run r = site.run("build");
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().contains("content/mkdocs.yml:1:10: error[config.mkdocs]: `INHERIT: base.yml`: there is no file `base.yml` in the content folder"), r.err());
    site.write("-- content/base.yml --\nsite_name: B\nINHERIT: ./mkdocs.yml\n");
    r = site.run("build");
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().contains("content/base.yml:2:10: error[config.mkdocs]: `INHERIT: ./mkdocs.yml`: the config inherits one that inherits it"), r.err());
    assertTrue(r.err().contains("each inherits the next: mkdocs.yml -> base.yml -> mkdocs.yml"), r.err());
    site.write("-- content/base.yml --\nsite_name: B\nINHERIT: [a]\n");
    r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("content/base.yml:2:10: warning[config.mkdocs]: `INHERIT` names no file, found a list: no settings are inherited"), r.err());
    assertTrue(site.read("index.html").contains("<title>B</title>"));
    // an empty parent gives no settings, as in MkDocs; one that is no map of settings is an error
    Files.writeString(site.content().resolve("mkdocs.yml"), "INHERIT: base.yml\nsite_name: Barn\n");
    Files.writeString(site.content().resolve("base.yml"), "");
    r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertTrue(site.read("index.html").contains("<title>Barn</title>"));
    Files.writeString(site.content().resolve("base.yml"), "- a\n");
    r = site.run("build");
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().contains("content/base.yml:1:1: error[config.type]: base.yml must be a map of settings, found a list"), r.err());
  }

  @Test
  void theDocsFolderOfAnInheritedConfig() {
    Map<String, String> files = Map.of("mkdocs.yml", "INHERIT: cfg/base.yml\n", "cfg/base.yml", "INHERIT: ../root.yml\nsite_name: x\n", "root.yml", "docs_dir: src\n");
    assertEquals("src/", MkDocsConfig.docsFolder("mkdocs.yml", files::get, Map.of()));
    Map<String, String> own = Map.of("mkdocs.yml", "INHERIT: base.yml\ndocs_dir: mine\n", "base.yml", "docs_dir: src\n");
    assertEquals("mine/", MkDocsConfig.docsFolder("mkdocs.yml", own::get, Map.of()), "the child's wins");
  }
}
