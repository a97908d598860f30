package handbook.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.testing.SiteFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Link reference definitions are checked where a link uses them, and not when none does. */
class LinkReferencesTest {
  @TempDir Path tmp;

  @Test
  void onlyDefinitionsThatALinkUsesAreChecked() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/docs/index.md --
            # Start

            Read [the guide][guide] and ![the logo][logo] and [Other].

            [guide]: guide.md#setup
            [logo]: img/logo.png
            [other]: missing.md
            [unused]: nowhere.md
            -- content/docs/guide.md --
            # Guide

            ## Set up
            """);
    SiteFixture.Run r = site.run("check");
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("content/docs/index.md:5:10: error[link.anchor]: no heading `#setup` on `docs/guide.md`"), r.err());
    assertTrue(r.err().contains("content/docs/index.md:6:9: error[link.unresolved]: no page or file `img/logo.png`"), r.err());
    assertTrue(r.err().contains("content/docs/index.md:7:10: error[link.unresolved]: no page `missing.md`"), r.err());
    assertFalse(r.err().contains("nowhere.md"), "an unused definition is not checked: " + r.err());
    assertEquals(3, r.err().lines().filter(l -> l.contains(": error[")).count(), r.err());
  }
}
