package handbook.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.testing.SiteFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages of the pages' tags: a page's tags link to them, {@code tags/<tag>/} lists the pages
 * of a tag (by title), {@code tags/} every tag with its count; edits in {@code serve} keep them
 * as a clean build makes them.
 */
class TagPagesTest {
  @TempDir Path tmp;

  static final String SITE =
      """
      -- content/site.yaml --
      title: T
      -- content/docs/drift/backup.md --
      ---
      title: Backup
      description: Slik tar vi backup.
      tags: [drift, Database]
      ---
      Tekst.
      -- content/docs/drift/deploy.md --
      ---
      title: Deploy
      tags: [Drift]
      ---
      Tekst.
      -- content/docs/utkast.md --
      ---
      title: Utkast
      draft: true
      tags: [drift]
      ---
      Ikke publisert.
      """;

  /** The cards of a list page: link text and href. */
  private static List<String> cards(String html) {
    Matcher m = Pattern.compile("<a class=\"card-link\" href=\"([^\"]*)\">([^<]*)</a>(?:<p>([^<]*)</p>)?").matcher(html);
    List<String> out = new java.util.ArrayList<>();
    while (m.find()) {
      out.add(m.group(2) + " -> " + m.group(1) + (m.group(3) == null ? "" : " (" + m.group(3) + ")"));
    }
    return out;
  }

  @Test
  void aPagesTagsLinkToTheirPagesWhichListThePagesOfEach() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, SITE);
    SiteFixture.Run r = site.run("build", "--quiet");
    assertEquals(0, r.exit(), r.err());
    String backup = site.read("docs/drift/backup/index.html");
    assertTrue(backup.contains("<a class=\"tag\" href=\"../../../tags/drift/\">drift</a> <a class=\"tag\" href=\"../../../tags/database/\">Database</a>"), backup);
    // "drift" and "Drift" are one tag (one URL), titled as first met; a draft is not listed
    String drift = site.read("tags/drift/index.html");
    assertEquals(List.of("Backup -> ../../docs/drift/backup/ (Slik tar vi backup.)", "Deploy -> ../../docs/drift/deploy/"), cards(drift));
    assertTrue(drift.contains("<h1>drift</h1>"), drift);
    assertTrue(drift.contains("<li><a href=\"../\">Stikkord</a></li>"), "the way back to every tag: " + drift);
    assertTrue(drift.contains(">Sider med dette stikkordet</h2>"), drift);
    assertTrue(site.read("tags/index.html").contains(">Alle stikkord</h2>"));
    assertEquals(List.of("Database -> database/ (1 side)", "drift -> drift/ (2 sider)"), cards(site.read("tags/index.html")));
    // out of the search and the menu, as the pages they list are in both
    assertFalse(site.read("search-index.json").contains("tags/"));
    assertFalse(backup.contains("href=\"../../../tags/\""), "not in the sidebar");
  }

  @Test
  void withoutTagsThereAreNoTagPages() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, SITE.replaceAll("tags: \\[[^\\]]*\\]\\n", ""));
    assertEquals(0, site.run("build", "--quiet").exit());
    assertFalse(Files.exists(site.site().resolve("tags")));
  }

  @Test
  void aLongTagGetsAFolderAFileSystemTakes() throws Exception {
    String a = "å".repeat(300);
    String b = "å".repeat(299) + "b";
    assertTrue(TagPages.url(a).getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= TagPages.ROOT.length() + TagPages.MAX_SLUG_BYTES + 1, TagPages.url(a));
    assertFalse(TagPages.url(a).equals(TagPages.url(b)), "cut alike, told apart");
    assertEquals("tags/drift/", TagPages.url("Drift"));
    SiteFixture site = SiteFixture.of(tmp, SITE.replace("[Drift]", "[" + a + "]"));
    SiteFixture.Run r = site.run("build", "--quiet");
    assertEquals(0, r.exit(), r.err());
    assertTrue(Files.exists(site.site().resolve(TagPages.url(a) + "index.html")));
  }

  @Test
  void tagPagesFalseLeavesThemOutAndTheTagsAreText() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, SITE.replace("title: T\n", "title: T\ntag_pages: false\n"));
    assertEquals(0, site.run("build", "--quiet").exit());
    assertFalse(Files.exists(site.site().resolve("tags")));
    assertTrue(site.read("docs/drift/backup/index.html").contains("<span class=\"tag\">drift</span> <span class=\"tag\">Database</span>"));
  }

  @Test
  void aPageAtTagsKeepsItsPlaceAndTheTagsAreText() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, SITE.replace("title: Utkast\ndraft: true\n", "title: Utkast\naliases: [/tags/]\n"));
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("content/docs/utkast.md: warning[page.tags]: the pages of the tags are not made: `tags/` is taken by the alias `/tags/` of `content/docs/utkast.md`"), r.err());
    assertTrue(site.read("docs/drift/backup/index.html").contains("<span class=\"tag\">drift</span>"));
    assertTrue(site.read("tags/index.html").contains("Utkast"), "the alias' redirect");
  }

  @Test
  void serveKeepsThemAsACleanBuildMakesThem() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, SITE);
    Instant day = Instant.parse("2026-11-20T12:00:00Z");
    Build build = new Build(Build::standardKinds, Progress.NONE);
    WarmState warm = new WarmState();
    Path served = tmp.resolve("served");
    BuildOptions options = new BuildOptions(site.content(), served, SiteFixture.TEMPLATES, true, day, null, null, Set.of());
    assertTrue(build.run(options, warm).ok());
    Path deploy = site.content().resolve("docs/drift/deploy.md");
    Path backup = site.content().resolve("docs/drift/backup.md");
    List<Object[]> steps = List.of(
        new Object[] {"a title changed", (IO) () -> Files.writeString(deploy, Files.readString(deploy).replace("title: Deploy", "title: Utrulling")), deploy},
        new Object[] {"a tag added", (IO) () -> Files.writeString(deploy, Files.readString(deploy).replace("[Drift]", "[Drift, Sikkerhet]")), deploy},
        new Object[] {"a tag removed", (IO) () -> Files.writeString(backup, Files.readString(backup).replace("[drift, Database]", "[drift]")), backup},
        new Object[] {"the last tags removed", (IO) () -> {
          Files.writeString(backup, Files.readString(backup).replace("tags: [drift]\n", ""));
          Files.writeString(deploy, Files.readString(deploy).replace("tags: [Drift, Sikkerhet]\n", ""));
        }, deploy});
    for (Object[] step : steps) {
      ((IO) step[1]).run();
      warm.changed(List.of((Path) step[2], backup));
      assertTrue(build.run(options, warm).ok(), step[0].toString());
      Path clean = tmp.resolve("clean-" + step[0].toString().replace(' ', '-'));
      assertTrue(build.run(new BuildOptions(site.content(), clean, SiteFixture.TEMPLATES, true, day, null, null, Set.of())).ok());
      SiteFixture.assertSameFiles(SiteFixture.siteFiles(clean), SiteFixture.siteFiles(served), "serve after: " + step[0]);
    }
    assertFalse(Files.exists(served.resolve("tags/index.html")), "no tags left");
  }

  interface IO {
    void run() throws Exception;
  }
}
