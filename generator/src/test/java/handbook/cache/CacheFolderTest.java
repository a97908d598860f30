package handbook.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.build.Build;
import handbook.build.BuildOptions;
import handbook.build.BuildResult;
import handbook.build.Progress;
import handbook.testing.SiteFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cache folder is never trusted blindly: damaged packs, packs of another generator, a kept
 * page edited in place and leftovers of a killed build give the same site as a clean build; two
 * builds sharing the folder at once leave it usable.
 */
class CacheFolderTest {
  @TempDir Path tmp;
  /** The cache folder and the site of the test's builds. */
  Path cache;
  Path out;

  @org.junit.jupiter.api.BeforeEach
  void folders() {
    cache = tmp.resolve("cache");
    out = tmp.resolve("site");
  }

  static final String SITE =
      """
      -- content/site.yaml --
      title: T
      -- content/docs/index.md --
      ---
      title: Start
      ---
      Se [a](a.md) og [b](b.md#del).
      -- content/docs/a.md --
      ---
      title: A
      ---
      ## Om A
      Tekst.
      -- content/docs/b.md --
      ---
      title: B
      ---
      ## Del
      Mer tekst.
      """;

  private BuildResult build(SiteFixture f, Path out, Path cache) {
    return new Build(Build::standardKinds, Progress.NONE).run(new BuildOptions(f.content(), out, SiteFixture.TEMPLATES, true, null, null, cache));
  }

  private Map<String, byte[]> clean(SiteFixture f) throws Exception {
    Path out = tmp.resolve("clean-" + System.nanoTime());
    assertTrue(build(f, out, null).ok());
    return SiteFixture.siteFiles(out);
  }

  private void assertSameSite(Map<String, byte[]> expected, Path out) throws Exception {
    SiteFixture.assertSameFiles(expected, SiteFixture.siteFiles(out), out.toString());
  }

  @Test
  void damagedPacksAndAnEditedKeptPageAreNotTrusted() throws Exception {
    SiteFixture f = SiteFixture.of(tmp.resolve("p"), SITE);
    assertTrue(build(f, out, cache).ok());
    Map<String, byte[]> expected = clean(f);

    // a kept page edited through its hard link (same inode as the published page)
    Path kept;
    try (Stream<Path> s = Files.walk(cache.resolve("objects"))) {
      kept = s.filter(Files::isRegularFile).filter(p -> {
        try {
          return Files.readString(p).contains("<title>A ·");
        } catch (Exception e) {
          return false;
        }
      }).findFirst().orElseThrow();
    }
    Files.writeString(kept, "tampered", StandardOpenOption.APPEND);
    BuildResult r = build(f, out, cache);
    assertTrue(r.ok());
    assertTrue(r.rendered() >= 1, "the edited page is rendered again");
    assertSameSite(expected, out);

    // packs cut short, and bytes flipped in the middle
    Path memo = cache.resolve("memo.pack");
    byte[] m = Files.readAllBytes(memo);
    Files.write(memo, java.util.Arrays.copyOf(m, m.length / 2));
    Path outputs = cache.resolve("outputs.pack");
    byte[] o = Files.readAllBytes(outputs);
    for (int i = o.length / 3; i < o.length / 3 + 64 && i < o.length; i++) {
      o[i] ^= 0x5a;
    }
    Files.write(outputs, o);
    Path stamps = cache.resolve("stamps.pack");
    Files.write(stamps, java.util.Arrays.copyOf(Files.readAllBytes(stamps), 40));
    assertTrue(build(f, out, cache).ok());
    assertSameSite(expected, out);
    assertEquals(0, build(f, out, cache).rendered(), "and the cache works again after that build");
  }

  @Test
  void aContentFileWithTheStampItHadIsNotHashedAgainAndAnyWriteChangesTheStamp() throws Exception {
    SiteFixture f = SiteFixture.of(tmp.resolve("p"), SITE);
    handbook.source.DiskTree tree = new handbook.source.DiskTree(f.content());
    String generator = handbook.build.Build.cacheId(f.content());
    assertTrue(build(f, out, cache).ok());
    assertEquals(null, Stamps.load(cache.resolve("stamps.pack"), generator).hash("content/docs/a.md", tree.stamp("docs/a.md")),
        "a file written just before the build may be written again with the same stamp: not kept");

    Thread.sleep(2_100);
    assertTrue(build(f, out, cache).ok());
    String a = handbook.source.SourceFile.of("docs/a.md", Files.readString(f.content().resolve("docs/a.md"))).hash();
    assertEquals(a, Stamps.load(cache.resolve("stamps.pack"), generator).hash("content/docs/a.md", tree.stamp("docs/a.md")));

    // the same size, written at once: the stamp changes all the same
    handbook.source.FileStamp before = tree.stamp("docs/b.md");
    f.write("-- content/docs/b.md --\n---\ntitle: B\n---\n## Del\nMer tekst!\n");
    assertEquals(before.size(), tree.stamp("docs/b.md").size());
    assertFalse(before.equals(tree.stamp("docs/b.md")));
    assertEquals(null, Stamps.load(cache.resolve("stamps.pack"), generator).hash("content/docs/b.md", tree.stamp("docs/b.md")));
    BuildResult r = build(f, out, cache);
    assertTrue(r.ok());
    assertSameSite(clean(f), out);
    assertTrue(new String(Files.readAllBytes(out.resolve("docs/b/index.html")), StandardCharsets.UTF_8).contains("Mer tekst!"));
  }

  @Test
  void aCacheOfAnotherGeneratorAndLeftoversOfAKilledBuildAreIgnored() throws Exception {
    SiteFixture f = SiteFixture.of(tmp.resolve("p"), SITE);
    assertTrue(build(f, out, cache).ok());
    // the same folder, as another generator left it
    Outputs other = Outputs.load(cache.resolve("outputs.pack"), handbook.build.Build.cacheId(f.content()));
    other.write(cache.resolve("outputs.pack"), "another-generator");
    Files.writeString(cache.resolve(".memo-123.tmp"), "half written");
    BuildResult r = build(f, out, cache);
    assertTrue(r.ok());
    assertEquals(0, r.reused(), "nothing of another generator is used");
    assertFalse(Files.exists(cache.resolve(".memo-123.tmp")), "a half-written pack is removed");
    assertSameSite(clean(f), out);
  }

  @Test
  void twoBuildsAtOnceWithOneCacheFolderLeaveItUsable() throws Exception {
    SiteFixture f = SiteFixture.of(tmp.resolve("p"), SITE);
    Path cache = tmp.resolve("cache");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<BuildResult>> runs = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Path out = tmp.resolve("site-" + i);
      runs.add(pool.submit(() -> build(f, out, cache)));
    }
    for (Future<BuildResult> run : runs) {
      assertTrue(run.get().ok());
    }
    pool.shutdown();
    Map<String, byte[]> expected = clean(f);
    for (int i = 0; i < 4; i++) {
      assertSameSite(expected, tmp.resolve("site-" + i));
    }
    BuildResult again = build(f, tmp.resolve("site-0"), cache);
    assertTrue(again.ok());
    assertEquals(0, again.rendered(), "the folder one of them wrote serves the next build");
    assertSameSite(expected, tmp.resolve("site-0"));
  }

  @Test
  void theMemoPackGrowsByWhatABuildParsedAndIsWrittenAnewWhenDamagedOrMostlyUnused() throws Exception {
    StringBuilder more = new StringBuilder(SITE);
    for (int i = 0; i < 12; i++) {
      more.append("-- content/docs/more-").append(i).append(".md --\n---\ntitle: Mer ").append(i).append("\n---\n## Del ").append(i).append("\nTekst nummer ").append(i).append(".\n");
    }
    SiteFixture f = SiteFixture.of(tmp.resolve("p"), more.toString());
    Path memo = cache.resolve("memo.pack");
    assertTrue(build(f, out, cache).ok());
    byte[] first = Files.readAllBytes(memo);

    // one page edited: its new parse result is appended, the rest of the pack stays as it was
    f.write("-- content/docs/a.md --\n---\ntitle: A\n---\n## Om A\nTekst, endret.\n");
    assertTrue(build(f, out, cache).ok());
    byte[] second = Files.readAllBytes(memo);
    assertTrue(second.length > first.length);
    assertTrue(java.util.Arrays.equals(first, java.util.Arrays.copyOf(second, first.length)), "appended, not rewritten");
    assertSameSite(clean(f), out);

    // an append cut short by a killed build: the entries before it serve, the pack is written anew
    Files.write(memo, new byte[] {0, 0, 0, 9, 'h', 'a', 'l'}, StandardOpenOption.APPEND);
    BuildResult r = build(f, out, cache);
    assertTrue(r.ok());
    assertEquals(0, r.rendered(), "nothing parsed or rendered again");
    byte[] third = Files.readAllBytes(memo);
    assertFalse(java.util.Arrays.equals(second, java.util.Arrays.copyOf(third, second.length)), "the damaged end is gone");
    assertSameSite(clean(f), out);

    // every page edited: most of the pack is unused, so it is written with this build's entries alone
    f.write(
        "-- content/docs/index.md --\n---\ntitle: Start\n---\nSe [a](a.md) og [b](b.md#del), nå.\n"
            + "-- content/docs/a.md --\n---\ntitle: A\n---\n## Om A\nTekst, endret igjen.\n"
            + "-- content/docs/b.md --\n---\ntitle: B\n---\n## Del\nMer tekst, endret.\n");
    for (int i = 0; i < 12; i++) {
      f.write("-- content/docs/more-" + i + ".md --\n---\ntitle: Mer " + i + "\n---\n## Del " + i + "\nAnnen tekst nummer " + i + ".\n");
    }
    assertTrue(build(f, out, cache).ok());
    byte[] fourth = Files.readAllBytes(memo);
    assertFalse(fourth.length > third.length && java.util.Arrays.equals(third, java.util.Arrays.copyOf(fourth, third.length)), "not appended");
    Path fresh = tmp.resolve("fresh-cache");
    assertTrue(build(f, tmp.resolve("fresh-site"), fresh).ok());
    assertEquals(Files.size(fresh.resolve("memo.pack")), fourth.length, "as large as a new cache's pack");
    assertEquals(0, build(f, out, cache).rendered());
    assertSameSite(clean(f), out);
  }

  @Test
  void aFileWrittenUnderTheStampItHadLeavesTheCacheAsItWas() throws Exception {
    SiteFixture f = SiteFixture.of(tmp.resolve("p"), SITE);
    assertTrue(build(f, out, cache).ok());
    Thread.sleep(2_100);
    assertTrue(build(f, out, cache).ok());
    // the stamps say a.md holds another text: as if it had been written since, within its stamp
    String generator = handbook.build.Build.cacheId(f.content());
    handbook.source.DiskTree tree = new handbook.source.DiskTree(f.content());
    Stamps lying = Stamps.load(tmp.resolve("none.pack"), generator);
    for (String p : List.of("site.yaml", "docs/index.md", "docs/a.md", "docs/b.md")) {
      String text = Files.readString(f.content().resolve(p));
      lying.clean("content/" + p, tree.stamp(p), handbook.source.SourceFile.of(p, p.equals("docs/a.md") ? "---\ntitle: A\n---\nEldre tekst.\n" : text), System.currentTimeMillis() + 10_000);
    }
    lying.write(cache.resolve("stamps.pack"), generator);
    byte[] memo = Files.readAllBytes(cache.resolve("memo.pack"));
    byte[] outputs = Files.readAllBytes(cache.resolve("outputs.pack"));
    long objects;
    try (Stream<Path> s = Files.walk(cache.resolve("objects"))) {
      objects = s.filter(Files::isRegularFile).count();
    }

    BuildResult r = build(f, out, cache);
    assertTrue(r.ok());
    assertEquals(List.of("content/docs/a.md"), r.diagnostics().stream().filter(d -> d.code().equals("source.changed")).map(d -> d.span().file()).toList());
    assertSameSite(clean(f), out);
    assertTrue(java.util.Arrays.equals(memo, Files.readAllBytes(cache.resolve("memo.pack"))), "the memo is as it was");
    assertTrue(java.util.Arrays.equals(outputs, Files.readAllBytes(cache.resolve("outputs.pack"))), "the outputs are as they were");
    try (Stream<Path> s = Files.walk(cache.resolve("objects"))) {
      assertEquals(objects, s.filter(Files::isRegularFile).count(), "no page kept by this build is left");
    }
  }
}
