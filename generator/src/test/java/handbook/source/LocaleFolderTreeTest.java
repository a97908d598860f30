package handbook.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A language's pages shown from its folder (or by their suffix), the default language's where it has none. */
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
  void aPageIsUntranslatedWhereALanguageShowsTheDefaultOnes() throws Exception {
    LocaleFolderTree french = new LocaleFolderTree(ROOT, PAGES, "fr/", "", Set.of("fr/", "ar/"), true);
    french.files();
    assertEquals(false, french.untranslated(PAGES + "index.md"));
    assertEquals(true, french.untranslated(PAGES + "guide.md"));
    // (through a tree that shows it elsewhere)
    MovedFolder moved = new MovedFolder(french, PAGES, "docs/");
    moved.files();
    assertEquals(true, moved.untranslated("docs/guide.md"));
    assertEquals(false, moved.untranslated("docs/index.md"));
    // the default language's pages never, in its folder or not
    LocaleFolderTree main = new LocaleFolderTree(ROOT, PAGES, "", "", Set.of("fr/", "ar/"), true);
    main.files();
    assertEquals(false, main.untranslated(PAGES + "guide.md"));
    ListedFiles files = new ListedFiles(PAGES + "en/index.md", PAGES + "en/guide.md", PAGES + "de/index.md");
    LocaleFolderTree english = new LocaleFolderTree(files, PAGES, "en/", "en/", Set.of("en/", "de/"), true);
    english.files();
    assertEquals(false, english.untranslated(PAGES + "guide.md"));
    LocaleFolderTree german = new LocaleFolderTree(files, PAGES, "de/", "en/", Set.of("en/", "de/"), true);
    german.files();
    assertEquals(true, german.untranslated(PAGES + "guide.md"));
    assertEquals(false, german.untranslated(PAGES + "index.md"));
  }

  @Test
  void aPageIsUntranslatedWhereALanguageShowsAFileOfNoSuffix() throws Exception {
    ListedFiles files = new ListedFiles("docs/index.md", "docs/index.fr.md", "docs/guide.md", "docs/guide.en.md");
    SuffixedTree french = new SuffixedTree(files, "docs/", "fr", Set.of("en", "fr"), "en", true);
    french.files();
    assertEquals(false, french.untranslated("docs/index.md"));
    assertEquals(true, french.untranslated("docs/guide.md"));
    SuffixedTree english = new SuffixedTree(files, "docs/", "en", Set.of("en", "fr"), "en", true);
    english.files();
    assertEquals(false, english.untranslated("docs/index.md"));
    assertEquals(false, english.untranslated("docs/guide.md"));
  }

  @Test
  void aLanguageNotAmongTheFoldersIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new LocaleFolderTree(ROOT, PAGES, "de/", "", Set.of("fr/"), true));
    assertThrows(IllegalArgumentException.class, () -> new LocaleFolderTree(ROOT, "src", "", "", Set.of("fr/"), true));
  }
}
