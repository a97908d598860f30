package handbook.jbake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small JBake project imported as Handbook content, then built with the real generator. */
class ImportTest {
  static final Path PROJECT = Path.of("src/test/resources/jbake-project");

  @TempDir Path tmp;

  record Run(int exit, String out, String err) {}

  static Run importProject(Path src, Path dest) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = ImportMain.run(new String[] {src.toString(), dest.toString()}, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  /** The generator jar of this build: the module before this one in the reactor packages it. */
  static final Path GENERATOR = Path.of("../generator/target/handbook.jar").toAbsolutePath().normalize();

  /** Runs the real generator in a process of its own, on its own classpath (its flexmark, not JBake's). */
  static Run handbook(String... args) throws Exception {
    assertTrue(Files.isRegularFile(GENERATOR), "build the generator first (mvn -B -DskipTests package): " + GENERATOR);
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", GENERATOR.toString()));
    cmd.addAll(List.of(args));
    Path err = Files.createTempFile("handbook-err", ".txt");
    try {
      Process p = new ProcessBuilder(cmd).redirectError(err.toFile()).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the build finishes");
      return new Run(p.exitValue(), out, Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(err);
    }
  }

  String read(Path dest, String path) throws Exception {
    return Files.readString(dest.resolve("content").resolve(path), StandardCharsets.UTF_8);
  }

  @Test
  void headerBlocksBecomeFrontMatterAndWhatCannotBeCarriedOverIsReported() throws Exception {
    Path dest = tmp.resolve("handbook");
    Run r = importProject(PROJECT, dest);
    assertEquals(0, r.exit(), r.err());
    String p = PROJECT + "/";
    assertEquals(
        String.join(
            "\n",
            p + "content/about.html:5:1: note[import.html]: HTML body converted to Markdown; compare the page with the JBake output",
            p + "content/blog/2024/draft.md:4:1: warning[import.date]: date `01.02.2024` does not match date.format `yyyy-MM-dd`; left out",
            p + "content/blog/2024/hello.md:6:1: warning[import.property]: header property `summary` is for JBake's templates: kept in the front matter (templates see it as page.extra), but the built-in theme does not show it",
            p + "content/blog/2024/hello.md:12:23: warning[import.link]: link `nope.html` leads to no imported page or file; left as it is (the Handbook build reports it)",
            p + "content/notes/custom.md:2:1: warning[import.type]: custom type `note` (its own template in jbake.properties) has no Handbook equivalent; imported as a docs page",
            p + "content/notes/guide.adoc: warning[import.asciidoc]: AsciiDoc is not a Handbook format; not imported (convert it to Markdown, e.g. with pandoc)",
            p + "content/notes/no-header.md:1:1: warning[import.skipped]: JBake leaves this file out (an empty file, or no `type` or `status` in its header and no default in jbake.properties); not imported",
            p + "jbake.properties: note[import.generated-pages]: JBake's generated pages (index, feed, archive, tags) come from its templates; Handbook makes its own home, section, sitemap and search pages",
            p + "jbake.properties: note[import.settings]: JBake settings with no Handbook counterpart: render.feed, render.tags",
            p + "jbake.properties:4:1: warning[import.property]: property `site.about` is for JBake's templates; Handbook has no place for it",
            p + "jbake.properties:7:1: warning[import.type]: custom type `note` and its template `note.ftl` have no Handbook equivalent; its documents are imported as docs pages",
            p + "jbake.properties:8:1: note[import.markdown]: JBake renders a line break inside a paragraph as <br> (HARDWRAPS); Handbook follows CommonMark and joins the lines (end a line with a backslash to keep the break)",
            p + "templates: note[import.templates]: JBake templates are not imported: Handbook pages use its built-in theme, which files in templates/ beside content/ override one by one",
            ""),
        r.err());
    assertEquals(
        "imported 4 pages and 2 files from " + PROJECT + " into " + dest.resolve("content") + "; 8 warnings, 5 notes\n"
            + "next: handbook build --content " + dest.resolve("content") + "\n",
        r.out());

    assertEquals(
        """
        ---
        title: Hello, world
        tags: [intro, news]
        date: 2024-03-01
        summary: The very first post
        ---

        Welcome! See [about](../../about.md), the [logo](../../img/logo.svg),
        the [note](../../notes/custom.md#top) and [the data](data.csv).

        Also a [missing page](nope.html).
        """,
        read(dest, "docs/blog/2024/hello.md"));
    assertEquals("---\ntitle: Unfinished\ndraft: true\n---\n\nNot yet.\n", read(dest, "docs/blog/2024/draft.md"));
    assertEquals(
        "---\ntitle: About\n---\n## Who we are\n\nRead the [first post](blog/2024/hello.md) and [JBake's site](https://jbake.org/).\n",
        read(dest, "docs/about.md"));
    assertTrue(read(dest, "docs/notes/custom.md").startsWith("---\ntitle: A note\ndescription: Notes have a template of their own.\n---\n"));
    assertTrue(read(dest, "site.yaml").contains("title: Example blog\n"));
    assertTrue(read(dest, "site.yaml").contains("base_url: \"https://blog.example.org\"\n"));
    assertEquals(
        Files.readString(PROJECT.resolve("assets/img/logo.svg")), read(dest, "docs/img/logo.svg"), "assets are copied beside the pages");
    assertEquals("year,posts\n2024,2\n", read(dest, "docs/blog/2024/data.csv"));
    assertFalse(Files.exists(dest.resolve("content/docs/notes/guide.md")));
    assertFalse(Files.exists(dest.resolve("content/docs/notes/no-header.md")));
  }

  @Test
  void importedContentBuildsWithHandbookOnceTheDanglingLinkIsFixed() throws Exception {
    Path dest = tmp.resolve("handbook");
    assertEquals(0, importProject(PROJECT, dest).exit());
    Path content = dest.resolve("content");
    Path site = dest.resolve("site");

    Run broken = handbook("build", "--content", content.toString(), "--out", site.toString());
    assertEquals(1, broken.exit());
    assertTrue(broken.err().startsWith("content/docs/blog/2024/hello.md:11:23: error[link.unresolved]: no page or file `nope.html`"), broken.err());
    assertTrue(broken.err().contains("failed: 1 error, 0 warnings"), broken.err());

    Path hello = content.resolve("docs/blog/2024/hello.md");
    Files.writeString(hello, Files.readString(hello).replace("Also a [missing page](nope.html).\n", ""));
    Run built = handbook("build", "--content", content.toString(), "--out", site.toString());
    assertEquals("", built.err());
    assertEquals(0, built.exit());
    String page = Files.readString(site.resolve("docs/blog/2024/hello/index.html"));
    assertTrue(page.contains("href=\"../../../about/\""), page);
    assertTrue(page.contains("href=\"../../../notes/custom/#top\""), page);
    assertTrue(Files.exists(site.resolve("docs/img/logo.svg")));
    assertFalse(Files.exists(site.resolve("docs/blog/2024/draft/index.html")), "drafts stay drafts");
  }

  @Test
  void defaultsOfJbakePropertiesApplyAsJbakeReadsThem() throws Exception {
    Path src = tmp.resolve("jbake");
    Files.createDirectories(src.resolve("content"));
    Files.writeString(src.resolve("jbake.properties"), "default.status=published\ndefault.type=page\nheader.separator=---end---\n");
    Files.writeString(src.resolve("content/only-title.md"), "title=Only a title\n---end---\nBody.\n");
    Path dest = tmp.resolve("out");
    Run r = importProject(src, dest);
    assertEquals(0, r.exit(), r.err());
    assertEquals("---\ntitle: Only a title\n---\nBody.\n", read(dest, "docs/only-title.md"));
    assertFalse(r.err().contains("warning"), r.err());
  }

  @Test
  void aFolderWithContentIsRefusedAndSoIsAMissingProject() throws Exception {
    Path dest = tmp.resolve("out");
    Files.createDirectories(dest.resolve("content"));
    Files.writeString(dest.resolve("content/site.yaml"), "title: Mine\n");
    Run full = importProject(PROJECT, dest);
    assertEquals(2, full.exit());
    assertEquals("error[usage]: `" + dest.resolve("content") + "` is not empty; import writes only into a new or empty folder\n", full.err());

    Run missing = importProject(tmp.resolve("nothing"), tmp.resolve("x"));
    assertEquals(2, missing.exit());
    assertEquals("error[usage]: JBake project `" + tmp.resolve("nothing") + "` does not exist\n", missing.err());
  }
}
