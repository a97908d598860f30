package handbook.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.testing.SiteFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed as it first arrived (UTF-8 read as Windows-1254 and saved again) fails the build clearly. */
class DoubleEncodedSeedTest {
  @TempDir Path tmp;

  @Test
  void theDoubleEncodedSeedIsReportedAtItsFirstBrokenCharacter() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, "-- content/site.yaml --\ntitle: T\n");
    Files.createDirectories(site.content().resolve("docs"));
    Files.copy(Path.of("src/test/resources/seed/production-readiness.double-encoded.txt"), site.content().resolve("docs/sjekkliste.md"));
    SiteFixture.Run r = site.run("check");
    assertEquals(1, r.exit());
    String first = r.err().lines().findFirst().orElseThrow();
    assertEquals(
        "content/docs/sjekkliste.md:1:3: error[encoding.double]: text looks double-encoded: `ğŸ` is UTF-8 read as a single-byte code page",
        first);
    assertTrue(r.err().contains("hint: the file was decoded as Windows-1252/1254 and saved again"), r.err());
  }
}
