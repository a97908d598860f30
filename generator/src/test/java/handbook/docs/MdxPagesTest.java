package handbook.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.testing.SiteFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Docs written for Docusaurus: {@code .mdx} files are pages like {@code .md} files (linked by
 * either name), and MDX's imports and comments are dropped, its exports and components named.
 */
class MdxPagesTest {
  @TempDir Path tmp;

  @Test
  void mdxFilesArePagesAndTheirImportsAndCommentsAreDropped() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/site.yaml --
            title: T
            language: en
            -- content/docs/guide/index.mdx --
            ---
            title: Guide
            ---
            See [tabs](tabs.mdx#choose), [tabs again](tabs) and [plain](plain.md).
            -- content/docs/guide/tabs.mdx --
            ---
            title: Tabs
            ---
            import Tabs from '@theme/Tabs';
            import TabItem from '@theme/TabItem';

            ## Choose

            {/* a comment for the authors */}

            <Tabs>
              <TabItem value="a" label="A">Apple</TabItem>
            </Tabs>

            ```js
            import x from 'y';
            ```

            export const Hi = () => <b>hi</b>;
            -- content/docs/guide/plain.md --
            # Plain

            To import data, see [the guide](index.mdx).
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertFalse(Files.exists(site.site().resolve("docs/guide/tabs.mdx")), "not published as a file");
    String index = site.read("docs/guide/index.html");
    assertTrue(index.contains("<a href=\"tabs/#choose\">tabs</a>, <a href=\"tabs/\">tabs again</a> and <a href=\"plain/\">plain</a>"), index);
    assertTrue(site.read("docs/guide/plain/index.html").contains("<a href=\"../\">the guide</a>"));
    String tabs = site.read("docs/guide/tabs/index.html");
    assertFalse(tabs.contains("@theme/Tabs") || tabs.contains("a comment for the authors"), tabs);
    assertTrue(tabs.contains("<code class=\"language-js\">import x from 'y';"), "in code it stays: " + tabs);
    assertTrue(tabs.contains("<TabItem value=\"a\" label=\"A\">Apple</TabItem>"), "a component's content is shown: " + tabs);
    assertTrue(
        r.err().contains("content/docs/guide/tabs.mdx:4:1: warning[markdown.marker]: `import Tabs from '@theme/Tabs';` is an MDX import (Docusaurus, Astro), dropped: it does nothing here (4 more markers of other tools, on lines 5, 11, 12, 19)"),
        r.err());
    assertFalse(r.err().contains("plain.md"), "prose that says import is no import: " + r.err());
  }
}
