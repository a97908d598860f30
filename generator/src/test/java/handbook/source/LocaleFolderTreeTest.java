package handbook.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A language's pages shown from its folder, the default language's where it has none. */
class LocaleFolderTreeTest {
  private static final String PAGES = "src/content/docs/";

  private static final ListedFiles ROOT =
      new ListedFiles(
          "astro.config.mjs", PAGES + "index.md", PAGES + "guide.md", PAGES + "logo.png", PAGES + "fr/index.md", PAGES + "fr/plan.png", PAGES + "ar/guide.md", PAGES + "frites/x.md", "public/a.svg");

  private static String read(SourceTree tree, String path) throws Exception {
    return new String(tree.read(path), StandardCharsets.UTF_8);
  }

  @Test
  void theDefaultLanguageAtTheRootHidesTheOthersFolders() throws Exception {
    LocaleFolderTree tree = new LocaleFolderTree(ROOT, PAGES, "", "", Set.of("fr/", "ar/"), true);
    assertEquals(List.of("astro.config.mjs", "public/a.svg", PAGES + "frites/x.md", PAGES + "guide.md", PAGES + "index.md", PAGES + "logo.png"), tree.files());
  }

  @Test
  void aLanguageShowsItsOwnFilesAndTheDefaultOnesWhereItHasNone() throws Exception {
    LocaleFolderTree tree = new LocaleFolderTree(ROOT, PAGES, "fr/", "", Set.of("fr/", "ar/"), true);
    assertEquals(
        List.of("astro.config.mjs", "public/a.svg", PAGES + "frites/x.md", PAGES + "guide.md", PAGES + "index.md", PAGES + "logo.png", PAGES + "plan.png"), tree.files());
    // each read (and named) where it is
    assertEquals(PAGES + "fr/index.md", read(tree, PAGES + "index.md"));
    assertEquals(PAGES + "fr/index.md", tree.origin(PAGES + "index.md"));
    assertEquals(PAGES + "guide.md", read(tree, PAGES + "guide.md"));
    assertEquals(PAGES + "fr/plan.png", tree.inTree(PAGES + "plan.png"));
    // without the default language's pages: its files alone, and the default's other files
    LocaleFolderTree alone = new LocaleFolderTree(ROOT, PAGES, "ar/", "", Set.of("fr/", "ar/"), false);
    assertEquals(List.of("astro.config.mjs", "public/a.svg", PAGES + "guide.md", PAGES + "logo.png"), alone.files());
    assertEquals(PAGES + "ar/guide.md", read(alone, PAGES + "guide.md"));
  }

  @Test
  void aDefaultLanguageInAFolderOfItsOwnIsShownAtTheRoot() throws Exception {
    ListedFiles files = new ListedFiles(PAGES + "en/index.md", PAGES + "en/guide.md", PAGES + "de/index.md", PAGES + "shared.md");
    LocaleFolderTree english = new LocaleFolderTree(files, PAGES, "en/", "en/", Set.of("en/", "de/"), true);
    assertEquals(List.of(PAGES + "guide.md", PAGES + "index.md", PAGES + "shared.md"), english.files());
    assertEquals(PAGES + "en/guide.md", read(english, PAGES + "guide.md"));
    LocaleFolderTree german = new LocaleFolderTree(files, PAGES, "de/", "en/", Set.of("en/", "de/"), true);
    assertEquals(List.of(PAGES + "guide.md", PAGES + "index.md", PAGES + "shared.md"), german.files());
    assertEquals(PAGES + "de/index.md", read(german, PAGES + "index.md"));
    assertEquals(PAGES + "en/guide.md", read(german, PAGES + "guide.md"));
  }

  @Test
  void aLanguageNotAmongTheFoldersIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new LocaleFolderTree(ROOT, PAGES, "de/", "", Set.of("fr/"), true));
    assertThrows(IllegalArgumentException.class, () -> new LocaleFolderTree(ROOT, "src", "", "", Set.of("fr/"), true));
  }
}
