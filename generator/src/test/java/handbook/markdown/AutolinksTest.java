package handbook.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** GFM's autolinks as GitHub makes them: the examples of GFM's spec and cmark-gfm's rules. */
class AutolinksTest {
  private static final MutableDataSet OPTIONS = new MutableDataSet().set(Parser.EXTENSIONS, List.of(new FastSyntax.Autolinks(), TableIndents.create()));
  private static final Parser PARSER = Parser.builder(OPTIONS).build();
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder(OPTIONS).build();

  private static String html(String markdown) {
    return RENDERER.render(PARSER.parse(markdown));
  }

  private static void gives(String markdown, String html) {
    assertEquals(html, html(markdown), () -> "for: " + markdown);
  }

  @Test
  void wwwLinksOfTheSpec() {
    gives("www.commonmark.org", "<p><a href=\"http://www.commonmark.org\">www.commonmark.org</a></p>\n");
    gives("Visit www.commonmark.org/help for more information.", "<p>Visit <a href=\"http://www.commonmark.org/help\">www.commonmark.org/help</a> for more information.</p>\n");
    gives(
        "Visit www.commonmark.org.\n\nVisit www.commonmark.org/a.b.",
        "<p>Visit <a href=\"http://www.commonmark.org\">www.commonmark.org</a>.</p>\n<p>Visit <a href=\"http://www.commonmark.org/a.b\">www.commonmark.org/a.b</a>.</p>\n");
    gives(
        "www.google.com/search?q=Markup+(business)\n\nwww.google.com/search?q=Markup+(business)))\n\n(www.google.com/search?q=Markup+(business))\n\n(www.google.com/search?q=Markup+(business)",
        "<p><a href=\"http://www.google.com/search?q=Markup+(business)\">www.google.com/search?q=Markup+(business)</a></p>\n"
            + "<p><a href=\"http://www.google.com/search?q=Markup+(business)\">www.google.com/search?q=Markup+(business)</a>))</p>\n"
            + "<p>(<a href=\"http://www.google.com/search?q=Markup+(business)\">www.google.com/search?q=Markup+(business)</a>)</p>\n"
            + "<p>(<a href=\"http://www.google.com/search?q=Markup+(business)\">www.google.com/search?q=Markup+(business)</a></p>\n");
    gives("www.google.com/search?q=(business))+ok", "<p><a href=\"http://www.google.com/search?q=(business))+ok\">www.google.com/search?q=(business))+ok</a></p>\n");
    gives(
        "www.google.com/search?q=commonmark&hl=en\n\nwww.google.com/search?q=commonmark&hl;",
        "<p><a href=\"http://www.google.com/search?q=commonmark&amp;hl=en\">www.google.com/search?q=commonmark&amp;hl=en</a></p>\n"
            + "<p><a href=\"http://www.google.com/search?q=commonmark\">www.google.com/search?q=commonmark</a>&amp;hl;</p>\n");
    gives("www.commonmark.org/he<lp", "<p><a href=\"http://www.commonmark.org/he\">www.commonmark.org/he</a>&lt;lp</p>\n");
  }

  @Test
  void urlLinksOfTheSpec() {
    gives(
        "http://commonmark.org\n\n(Visit https://encrypted.google.com/search?q=Markup+(business))\n\nAnonymous FTP is available at ftp://foo.bar.baz.",
        "<p><a href=\"http://commonmark.org\">http://commonmark.org</a></p>\n"
            + "<p>(Visit <a href=\"https://encrypted.google.com/search?q=Markup+(business)\">https://encrypted.google.com/search?q=Markup+(business)</a>)</p>\n"
            + "<p>Anonymous FTP is available at <a href=\"ftp://foo.bar.baz\">ftp://foo.bar.baz</a>.</p>\n");
  }

  @Test
  void emailLinksOfTheSpec() {
    gives("foo@bar.baz", "<p><a href=\"mailto:foo@bar.baz\">foo@bar.baz</a></p>\n");
    gives(
        "hello@mail+xyz.example isn't valid, but hello+xyz@mail.example is.",
        "<p>hello@mail+xyz.example isn't valid, but <a href=\"mailto:hello+xyz@mail.example\">hello+xyz@mail.example</a> is.</p>\n");
    gives(
        "a.b-c_d@a.b\n\na.b-c_d@a.b.\n\na.b-c_d@a.b-\n\na.b-c_d@a.b_",
        "<p><a href=\"mailto:a.b-c_d@a.b\">a.b-c_d@a.b</a></p>\n<p><a href=\"mailto:a.b-c_d@a.b\">a.b-c_d@a.b</a>.</p>\n<p>a.b-c_d@a.b-</p>\n<p>a.b-c_d@a.b_</p>\n");
    gives(
        "mailto:foo@bar.baz\n\nmailto:a.b-c_d@a.b\n\nmailto:a.b-c_d@a.b.\n\nmailto:a.b-c_d@a.b/\n\nmailto:a.b-c_d@a.b-\n\nmailto:a.b-c_d@a.b_\n\nxmpp:foo@bar.baz\n\nxmpp:foo@bar.baz.",
        "<p><a href=\"mailto:foo@bar.baz\">mailto:foo@bar.baz</a></p>\n"
            + "<p><a href=\"mailto:a.b-c_d@a.b\">mailto:a.b-c_d@a.b</a></p>\n"
            + "<p><a href=\"mailto:a.b-c_d@a.b\">mailto:a.b-c_d@a.b</a>.</p>\n"
            + "<p><a href=\"mailto:a.b-c_d@a.b\">mailto:a.b-c_d@a.b</a>/</p>\n"
            + "<p>mailto:a.b-c_d@a.b-</p>\n"
            + "<p>mailto:a.b-c_d@a.b_</p>\n"
            + "<p><a href=\"xmpp:foo@bar.baz\">xmpp:foo@bar.baz</a></p>\n"
            + "<p><a href=\"xmpp:foo@bar.baz\">xmpp:foo@bar.baz</a>.</p>\n");
    gives(
        "xmpp:foo@bar.baz/txt\n\nxmpp:foo@bar.baz/txt@bin\n\nxmpp:foo@bar.baz/txt@bin.com",
        "<p><a href=\"xmpp:foo@bar.baz/txt\">xmpp:foo@bar.baz/txt</a></p>\n"
            + "<p><a href=\"xmpp:foo@bar.baz/txt@bin\">xmpp:foo@bar.baz/txt@bin</a></p>\n"
            + "<p><a href=\"xmpp:foo@bar.baz/txt@bin.com\">xmpp:foo@bar.baz/txt@bin.com</a></p>\n");
    gives("xmpp:foo@bar.baz/txt/bin", "<p><a href=\"xmpp:foo@bar.baz/txt\">xmpp:foo@bar.baz/txt</a>/bin</p>\n");
  }

  @Test
  void trailingPunctuationAndQuotesAreNotPartOfALink() {
    gives(
        "see https://x.org/a* and https://x.org/b_, \"https://x.org/c\" 'www.x.org/d' https://x.org/e~?!",
        "<p>see <a href=\"https://x.org/a\">https://x.org/a</a>* and <a href=\"https://x.org/b\">https://x.org/b</a>_, &quot;<a href=\"https://x.org/c\">https://x.org/c</a>&quot;"
            + " 'www.x.org/d' <a href=\"https://x.org/e\">https://x.org/e</a>~?!</p>\n");
    // an unmatched ) inside is part of the link; only trailing ones are weighed
    gives("q https://x.org/?q=(a))+ok end", "<p>q <a href=\"https://x.org/?q=(a))+ok\">https://x.org/?q=(a))+ok</a> end</p>\n");
  }

  @Test
  void onlyValidHostsAndGitHubsSchemesAreLinked() {
    // an underscore in one of the last two parts of the host, a scheme alone, other schemes
    gives(
        "www.x_y.com www.a.b_c.d https://a_b.c_d/x www._a.b.c https:// here ssh://me@host.org git://x.org/a xhttps://q.org",
        "<p>www.x_y.com www.a.b_c.d https://a_b.c_d/x <a href=\"http://www._a.b.c\">www._a.b.c</a> https:// here ssh://<a href=\"mailto:me@host.org\">me@host.org</a>"
            + " git://x.org/a xhttps://q.org</p>\n");
    gives("HTTPS://X.org/é/ü_x! yes", "<p><a href=\"HTTPS://X.org/é/ü_x\">HTTPS://X.org/é/ü_x</a>! yes</p>\n");
  }

  @Test
  void aWwwLinkStartsOnlyAfterSpaceOrADelimiter() {
    gives("`x`www.y.com and **b**www.z.com and a www.q.org", "<p><code>x</code>www.y.com and <strong>b</strong><a href=\"http://www.z.com\">www.z.com</a> and a <a href=\"http://www.q.org\">www.q.org</a></p>\n");
    gives("awww.x.org (www.y.org) _www.z.org_", "<p>awww.x.org (<a href=\"http://www.y.org\">www.y.org</a>) <em><a href=\"http://www.z.org\">www.z.org</a></em></p>\n");
  }

  @Test
  void noLinkInsideAnOpenBracketOrALinkOrCode() {
    gives(
        "[see https://x.org and \\[ https://y.org [a] https://z.org",
        "<p>[see https://x.org and [ https://y.org [a] https://z.org</p>\n");
    gives(
        "\\[ https://y.org \\] [a link https://in.link](https://y.org) `https://z.org` e@x.org",
        "<p>[ <a href=\"https://y.org\">https://y.org</a> ] <a href=\"https://y.org\">a link https://in.link</a> <code>https://z.org</code> <a href=\"mailto:e@x.org\">e@x.org</a></p>\n");
    // a bracket stays open over emphasis in its paragraph; a table's cell is read on its own
    gives("[see *x* https://x.org", "<p>[see <em>x</em> https://x.org</p>\n");
    assertTrue(html("| a | b |\n|---|---|\n| [open | www.x.org |\n").contains("<td><a href=\"http://www.x.org\">www.x.org</a></td>"), html("| a | b |\n|---|---|\n| [open | www.x.org |\n"));
  }

  @Test
  void anEmailAddressIsItsTextWithoutEscapesAnAddressAsWritten() {
    gives(
        "mailto:mail\\@example.com and mail\\@example.org, https://x.org/a\\_b",
        "<p><a href=\"mailto:mail@example.com\">mailto:mail@example.com</a> and <a href=\"mailto:mail@example.org\">mail@example.org</a>,"
            + " <a href=\"https://x.org/a\\_b\">https://x.org/a\\_b</a></p>\n");
  }

  @Test
  void emailsBetweenAddressesAndAfterThem() {
    gives(
        "a@b.org https://x.org/c@d.org then e@f.org, not g@h or i@j.k1",
        "<p><a href=\"mailto:a@b.org\">a@b.org</a> <a href=\"https://x.org/c@d.org\">https://x.org/c@d.org</a> then <a href=\"mailto:e@f.org\">e@f.org</a>, not g@h or i@j.k1</p>\n");
  }

  @Test
  void linksInQuotesListsHeadingsAndTables() {
    gives(
        "> quoted https://q.org\n\n- item www.item.org\n  - nested me@nested.org\n\n# Heading https://h.org",
        "<blockquote>\n<p>quoted <a href=\"https://q.org\">https://q.org</a></p>\n</blockquote>\n<ul>\n<li>item <a href=\"http://www.item.org\">www.item.org</a>\n<ul>\n"
            + "<li>nested <a href=\"mailto:me@nested.org\">me@nested.org</a></li>\n</ul>\n</li>\n</ul>\n<h1>Heading <a href=\"https://h.org\">https://h.org</a></h1>\n");
  }

  /** Random text: links lie in order inside the text, end in none of the characters GFM trims, and start where a link can. */
  @Test
  void randomTextGivesWellFormedLinks() {
    Random r = new Random(11);
    String[] parts = {"https://", "www.", "a", ".org", "@", "x.io", " ", "&amp;", "*", "(", ")", "[", "]", "/", "\\", "_", ":", "mailto:", "xmpp:", ";", "ü", "<"};
    for (int t = 0; t < 5000; t++) {
      StringBuilder b = new StringBuilder();
      for (int i = r.nextInt(16); i > 0; i--) {
        b.append(parts[r.nextInt(parts.length)]);
      }
      String s = b.toString();
      int end = 0;
      for (GfmAutolinks.Span span : GfmAutolinks.find(s, ' ', 0, i -> true).spans()) {
        String link = s.substring(span.start(), span.end());
        assertTrue(span.start() >= end && span.end() > span.start(), () -> s + ": " + span);
        assertTrue("?!.,:*_~'\"".indexOf(link.charAt(link.length() - 1)) < 0 && link.indexOf('<') < 0 && link.indexOf(' ') < 0, () -> s + ": " + link);
        switch (span.kind()) {
          case URL -> assertTrue(link.matches("(?i)(https?|ftp)://[^ <]+"), () -> s + ": " + link);
          case WWW -> assertTrue(link.startsWith("www") && (span.start() == 0 || " *_~(".indexOf(s.charAt(span.start() - 1)) >= 0), () -> s + ": " + link);
          case EMAIL -> assertTrue(link.matches("[A-Za-z0-9.+\\-_]+@[A-Za-z0-9.\\-_]+"), () -> s + ": " + link);
          case SCHEMED_EMAIL -> assertTrue(link.matches("[A-Za-z0-9.+\\-_]*(mailto|xmpp):.*@.*"), () -> s + ": " + link);
        }
        end = span.end();
      }
    }
  }
}
