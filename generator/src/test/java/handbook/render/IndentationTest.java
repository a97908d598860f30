package handbook.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.source.DiskTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndentationTest {
  @TempDir Path tmp;

  @Test
  void linesLoseTheirIndentationButNotTheirBreaks() {
    Indentation t = Indentation.strip("<ul>\n  <li>a\n\t  b</li>\n</ul>\n");
    assertEquals("<ul>\n<li>a\nb</li>\n</ul>\n", t.text());
    assertArrayEquals(new int[] {0, 2, 3, 0, 0}, t.removed());
    assertEquals(5, t.column(3, 2), "column 2 of the loaded line 3 is column 5 of the file");
  }

  @Test
  void preformattedTextKeepsItsSpaces() {
    String pre = "<div>\n  <pre class=\"x\"><code>def f():\n    return 1\n</code></pre>\n  <p>x</p>\n</div>";
    assertEquals(
        "<div>\n<pre class=\"x\"><code>def f():\n    return 1\n</code></pre>\n<p>x</p>\n</div>",
        Indentation.strip(pre).text());
    assertEquals("<TEXTAREA>\n  a\n</textarea>\n<p>", Indentation.strip("<TEXTAREA>\n  a\n</textarea>\n  <p>").text());
    // a tag whose name only starts like pre is not preformatted
    assertEquals("<prefix>\nx", Indentation.strip("<prefix>\n  x").text());
  }

  @Test
  void whatATemplateInsertsKeepsItsIndentationAndErrorsPointIntoTheFile() throws Exception {
    Files.writeString(tmp.resolve("page.ftlh"), "<div>\n    <p>${page.body?no_esc}</p>\n</div>\n");
    Files.writeString(tmp.resolve("bad.ftlh"), "<div>\n    <p>${page.missing}</p>\n</div>\n");
    Templates templates = new Templates(new DiskTree(tmp), "templates");
    assertEquals("<div>\n<p><pre>\n  kept</pre>\n  kept too</p>\n</div>\n",
        new String(templates.render("page", Map.of("body", "<pre>\n  kept</pre>\n  kept too")), java.nio.charset.StandardCharsets.UTF_8));
    Templates.TemplateProblem e = assertThrows(Templates.TemplateProblem.class, () -> templates.render("bad", Map.of()));
    assertTrue(e.diagnostic().headline().startsWith("templates/bad.ftlh:2:10: error[template.error]"), e.diagnostic().headline());
  }
}
