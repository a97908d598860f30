package handbook.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.testing.SiteFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hugo's ref shortcodes are checked links; markers left as text are named at their line. */
class OtherToolsMarkersTest {
  @TempDir Path tmp;

  @Test
  void hugoRefsAreCheckedLinksAndOtherMarkersAreNamed() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/docs/index.md --
            ---
            title: Start
            ---
            Read [setup]({{< ref "setup.md#install" >}}) and [gone]({{< relref "gone.md" >}}).

            {{< gist spf13 7896402 >}}
            -- content/docs/setup.md --
            # Setup

            ## Install
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("content/docs/index.md:4:57: error[link.unresolved]: no page `gone.md`"), r.err());
    assertTrue(
        r.err().contains(
            "content/docs/index.md:6:1: warning[markdown.marker]: `{{< gist spf13 7896402 >}}` is a Hugo shortcode, which is not run here: it is shown as written\n"
                + " 6 | {{< gist spf13 7896402 >}}\n"
                + "   | ^\n"),
        r.err());
    site.write("-- content/docs/gone.md --\n# Gone\n");
    r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    String html = site.read("docs/index.html");
    assertTrue(html.contains("<a href=\"setup/#install\">setup</a> and <a href=\"gone/\">gone</a>"), html);
  }
}
