package handbook.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UrlEscapingTest {
  @Test
  void unsafeCharactersArePercentEncodedAndEscapesKept() {
    assertEquals("foo%5Cbar", UrlEscaping.href("foo\\bar"));
    assertEquals("my%20uri", UrlEscaping.href("my uri"));
    assertEquals("%22title%22", UrlEscaping.href("\"title\""));
    assertEquals("https://example.com/?search=%5D(uri)", UrlEscaping.href("https://example.com/?search=](uri)"));
    assertEquals("a%20b%25zz", UrlEscaping.href("a%20b%zz"));
    assertEquals("mailto:foo+bar@example.com", UrlEscaping.href("mailto:foo+bar@example.com"));
  }

  @Test
  void absoluteUrlsHaveNonAsciiEncodedRelativeOnesKeepTheirLetters() {
    assertEquals("/f%C3%B6%C3%B6", UrlEscaping.href("/föö"));
    assertEquals("https://example.com/%CF%86", UrlEscaping.href("https://example.com/φ"));
    assertEquals("../drift/backup/#strategi-og-mål", UrlEscaping.href("../drift/backup/#strategi-og-mål"));
    assertEquals("#løsning%C2%A0x", UrlEscaping.href("#løsning\u00a0x"), "a no-break space is encoded even in a relative href");
  }

  @Test
  void aSchemeOrALeadingSlashMakesAnUrlAbsoluteAsTheRegularExpressionSays() {
    java.util.regex.Pattern scheme = java.util.regex.Pattern.compile("^(?:[a-zA-Z][a-zA-Z0-9+.-]*:|/)");
    String alphabet = "aZ09+.-:/#?é ";
    java.util.Random r = new java.util.Random(5);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder b = new StringBuilder();
      for (int n = r.nextInt(8); n > 0; n--) {
        b.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String url = b.toString();
      assertEquals(scheme.matcher(url).find(), UrlEscaping.absolute(url), url);
    }
    assertEquals(true, UrlEscaping.absolute("svn+ssh:x"));
    assertEquals(false, UrlEscaping.absolute("1http:x"));
    assertEquals(false, UrlEscaping.absolute(""));
  }
}
