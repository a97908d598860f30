package handbook.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A target's scheme is found as the pattern {@code ^[a-zA-Z][a-zA-Z0-9+.-]*:} finds it. */
class SchemeEndTest {
  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

  @Test
  void theSchemeEndsWhereThePatternSaysItDoes() {
    assertEquals(5, LinkResolver.schemeEnd("https://example.org"));
    assertEquals(3, LinkResolver.schemeEnd("api:users#list"));
    assertEquals(-1, LinkResolver.schemeEnd("docs/a.md"));
    assertEquals(-1, LinkResolver.schemeEnd("1http:"));
    assertEquals(-1, LinkResolver.schemeEnd(""));
    String[] pieces = {"a", "Z", "q", "0", "9", "+", ".", "-", ":", "/", "#", "_", " ", "é", "ß", "ｈ", "\u0130", "\u212A"};
    Random r = new Random(17);
    for (int i = 0; i < 50_000; i++) {
      StringBuilder b = new StringBuilder();
      for (int n = r.nextInt(8); n > 0; n--) {
        b.append(pieces[r.nextInt(pieces.length)]);
      }
      String t = b.toString();
      Matcher m = SCHEME.matcher(t);
      assertEquals(m.find() ? m.end() - 1 : -1, LinkResolver.schemeEnd(t), () -> "scheme of `" + t + "`");
    }
  }
}
