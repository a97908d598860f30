package handbook.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Our walk that makes GFM autolinks gives what flexmark's own autolink extension gives. */
class AutolinksTest {
  private static String html(Parser.ParserExtension autolinks, String markdown) {
    MutableDataSet opts = new MutableDataSet();
    opts.set(Parser.EXTENSIONS, List.of(autolinks));
    return HtmlRenderer.builder(opts).build().render(Parser.builder(opts).build().parse(markdown));
  }

  private static void same(String markdown) {
    assertEquals(html(AutolinkExtension.create(), markdown), html(new FastSyntax.Autolinks(), markdown), () -> "for: " + markdown);
  }

  @Test
  void linksAsFlexmarkLinksThem() {
    for (String md :
        List.of(
            "Visit www.example.com or https://x.org/a?b=1 and mail me@ex.org.",
            "two: https://a.org https://b.org, then text",
            "[a link https://in.link](https://y.org) and `code https://z.org` and <https://angle.org>",
            "foo&amp;https://e.org&amp;x and https://e.org/&lt;x&gt; end",
            "*em https://em.org* **strong www.strong.org** ~~not~~",
            "> quoted https://q.org\n\n- item www.item.org\n  - nested me@nested.org",
            "line one https://one.org\nline two\\\nhttps://two.org",
            "<span>https://html.org</span> text https://after.org",
            "no link here: a.b, ://, @ alone, www",
            "https://x.org/(paren) and (https://y.org) and https://z.org.",
            "# Heading https://h.org\n\n| a | b |\n|---|---|\n| https://cell.org | x |")) {
      same(md);
    }
  }

  @Test
  void randomTextLinksTheSame() {
    Random r = new Random(11);
    String[] parts = {"https://", "www.", "a", ".org", "@", "x.io", " ", "\n", "&amp;", "*", "`", "[", "](", ")", "/", "\\", "_", ":"};
    for (int t = 0; t < 3000; t++) {
      StringBuilder b = new StringBuilder();
      for (int i = r.nextInt(16); i > 0; i--) {
        b.append(parts[r.nextInt(parts.length)]);
      }
      same(b.toString());
    }
  }
}
