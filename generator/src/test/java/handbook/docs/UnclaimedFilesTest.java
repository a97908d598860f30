package handbook.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.testing.SiteFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files under docs/ that are not pages are published as they are, and links to them resolve. */
class UnclaimedFilesTest {
  @TempDir Path tmp;

  @Test
  void dataAndConfigFilesBesidePagesArePublishedAndLinkable() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/docs/guide/index.md --
            # Guide

            The [schema](schema.json), the [config](config.yaml), the [old config](conf/old.yml),
            the [hook](../hooks.py), the [CNAME](../CNAME) and the [style](../css/extra.css).
            -- content/docs/guide/schema.json --
            {"type": "object"}
            -- content/docs/guide/config.yaml --
            site_name: Example
            -- content/docs/guide/conf/old.yml --
            a: 1
            -- content/docs/hooks.py --
            print("hi")
            -- content/docs/CNAME --
            docs.example.org
            -- content/docs/css/extra.css --
            p { margin: 0 }
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    for (String f : new String[] {"docs/guide/schema.json", "docs/guide/config.yaml", "docs/guide/conf/old.yml", "docs/hooks.py", "docs/CNAME", "docs/css/extra.css"}) {
      assertEquals(
          Files.readString(site.content().resolve(f)), Files.readString(site.site().resolve(f)), f + " is published as it is");
    }
    String html = site.read("docs/guide/index.html");
    assertTrue(html.contains("<a href=\"schema.json\">schema</a>"), html);
    assertTrue(html.contains("<a href=\"config.yaml\">config</a>"), html);
    assertTrue(html.contains("<a href=\"conf/old.yml\">old config</a>"), html);
    assertTrue(html.contains("<a href=\"../hooks.py\">hook</a>"), html);
    assertTrue(html.contains("<a href=\"../CNAME\">CNAME</a>"), html);
    assertTrue(html.contains("<a href=\"../css/extra.css\">style</a>"), html);
  }
}
