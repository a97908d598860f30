package handbook.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Mintlify's components read as Markdown, their lines where they were. */
class MintlifyBlocksTest {
  @Test
  void aComponentOnOneLineIsPutOnLinesOfItsOwn() {
    assertEquals(List.of("  <Note>", "  Read **this**.", "  </Note>"), MintlifyBlocks.split("  <Note>Read **this**.</Note>"));
    assertEquals(List.of("<Card title=\"A > B\" href=\"/x\">", "Text"), MintlifyBlocks.split("<Card title=\"A > B\" href=\"/x\">Text"));
    assertEquals(List.of("Text <b>bold</b>", "</Tip>"), MintlifyBlocks.split("Text <b>bold</b></Tip>  "));
    // a tag alone, another tag, text that only names one: as they are
    for (String line : List.of("<Note>", "</Note>", "<Badge>New</Badge>", "Use `<Note>` for notes.", "<Card title=\"x\" />")) {
      assertEquals(List.of(line), MintlifyBlocks.split(line), line);
    }
    assertTrue(MintlifyBlocks.unended("<Card"));
    assertTrue(MintlifyBlocks.unended("  <Accordion title=\"x\""));
    assertEquals(false, MintlifyBlocks.unended("<Card title=\"x\">"));
  }

  @Test
  void itsBlocksKeepEveryLineWhereItWas() {
    String page =
        """
        <Warning>
          Careful.
        </Warning>

        <Accordion title="Why?">
          Because.
        </Accordion>

        <ParamField query="limit" type="integer" default={10}>
          How many.
        </ParamField>

        ```bash
        <Note>
        ```
        """;
    String read = MintlifyBlocks.apply(page);
    assertEquals(page.split("\n", -1).length, read.split("\n", -1).length, read);
    List<String> lines = read.lines().toList();
    assertEquals("::::::::::::warning", lines.get(0));
    assertEquals("Careful.", lines.get(1));
    assertEquals("::::::::::::details Why?", lines.get(4));
    assertEquals("<span id=\"param-limit\"></span>**`limit`** *integer* · default: `10`  ", lines.get(8));
    // code is not read
    assertEquals("<Note>", lines.get(13));
  }

  @Test
  void aLongLineOfTagsIsReadAtOnce() {
    // thousands of closing tags and tags never closed on one line: each place is looked at once
    String line = "Text " + "</Note>x<Tip ".repeat(20_000) + "</Tip>";
    assertEquals(2, MintlifyBlocks.split(line).size());
    String read = MintlifyBlocks.apply(("<CodeGroup>\n```bash npm\nx\n```\n</CodeGroup>\n").repeat(5_000));
    assertEquals(5_000, read.split("\\[npm\\]", -1).length - 1);
  }
}
