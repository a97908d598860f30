package handbook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SectionExtractorTest {
  /** Letters, digits, word punctuation, stop words and every kind of white space, mixed at random. */
  private static String randomText(Random r) {
    String[] pieces = {
      "a", "The", "the", "og", "Backup", "backup", "BACKUP", "v2.3", "/etc/hosts", "{id}", "-x-", "snake_case", "ø", "Ærlig", "tjeneste",
      "x", "...", "--", "日本", "naïve", "123", " ", "  ", "\t", "\n", "\r\n", "\u000B", "\f", "\u001C", "\u2028", "\u3000", "\u00A0", "\u2003",
      ",", "!", "(", ")", "é", "OG", "THE", "På", "SÅ", "når", "İstanbul", "ΣΟΦΊΑ", "Aa", "aA"
    };
    StringBuilder b = new StringBuilder();
    int n = r.nextInt(60);
    for (int i = 0; i < n; i++) {
      b.append(pieces[r.nextInt(pieces.length)]);
    }
    return b.toString();
  }

  /** What {@code clean} was written as before: strip, and a loop over {@link Character#isWhitespace}. */
  private static String referenceClean(String s) {
    StringBuilder b = new StringBuilder();
    boolean space = true;
    for (char c : s.toCharArray()) {
      if (Character.isWhitespace(c)) {
        if (!space) {
          b.append(' ');
          space = true;
        }
      } else {
        b.append(c);
        space = false;
      }
    }
    String out = b.toString();
    return out.endsWith(" ") ? out.substring(0, out.length() - 1) : out;
  }

  /** The terms as a set of first-seen words joined by spaces. */
  private static String referenceTerms(String text) {
    Set<String> seen = new LinkedHashSet<>();
    Set<String> lower = new java.util.HashSet<>();
    for (String w : text.split("[^\\p{L}\\p{Nd}_./{}\\-]+")) {
      if (seen.size() >= SectionExtractor.MAX_TERMS) {
        break;
      }
      String t = w.replaceAll("^[./{}\\-]+", "").replaceAll("[./{}\\-]+$", "");
      if (t.length() >= 2) {
        String l = t.toLowerCase(Locale.ROOT);
        if (!SectionExtractor.STOP.contains(l) && lower.add(l)) {
          seen.add(t);
        }
      }
    }
    return String.join(" ", seen);
  }

  @Test
  void cleanMakesEveryRunOfWhiteSpaceOneSpace() {
    assertEquals("a b c", SectionExtractor.clean("  a\t\n b\u2028\u3000c \r\n"));
    assertEquals("", SectionExtractor.clean(" \t\n"));
    assertEquals("a\u00A0b", SectionExtractor.clean("a\u00A0b"), "a no-break space is not white space to Java");
    assertEquals("a b", SectionExtractor.clean(new StringBuilder("a  b ")), "a builder reads the same as its string");
    Random r = new Random(11);
    for (int i = 0; i < 5000; i++) {
      String s = randomText(r);
      assertEquals(referenceClean(s), SectionExtractor.clean(s), () -> "clean of `" + s + "`");
      assertEquals(referenceClean(s), SectionExtractor.clean(new StringBuilder(s)), () -> "clean of a builder `" + s + "`");
      assertEquals(SectionExtractor.clean(s), SectionExtractor.clean(s.strip().replaceAll("\\s+", " ")), "cleaning after the old regex changes nothing");
    }
  }

  @Test
  void termsAreTheDistinctWordsInFirstSeenOrder() {
    assertEquals("Backup tjeneste v2.3 etc/hosts id", SectionExtractor.terms("The Backup og backup tjeneste, v2.3. /etc/hosts {id} BACKUP x"));
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 500; i++) {
      many.append("w").append(i).append(' ');
    }
    assertEquals(SectionExtractor.MAX_TERMS, SectionExtractor.terms(many.toString()).split(" ").length, "capped");
    assertEquals("key", SectionExtractor.terms("key \u212Aey KEY"), "the Kelvin sign's lower case is an ASCII k");
    assertEquals("Key", SectionExtractor.terms("P\u00C5 Key"), "a stop word in capitals beyond ASCII");
    Random r = new Random(12);
    for (int i = 0; i < 5000; i++) {
      String raw = randomText(r);
      String s = SectionExtractor.clean(raw);
      assertEquals(referenceTerms(s), SectionExtractor.terms(s), () -> "terms of `" + s + "`");
      // read from the cleaned characters (which hold the raw text's length) the same
      SectionExtractor.Cleaned c = SectionExtractor.cleaned(new StringBuilder(raw));
      assertEquals(s, c.toString());
      assertEquals(referenceTerms(s), SectionExtractor.terms(c), () -> "terms of the characters of `" + s + "`");
    }
  }

  @Test
  void aSnippetIsTheFirstWordsUpToAboutAHundredAndFiftyCharacters() {
    String words = "ord ".repeat(60).strip();
    assertEquals("ord ".repeat(37).strip() + " …", SectionExtractor.snippet(words));
    String long1 = "x".repeat(200);
    assertEquals("x".repeat(SectionExtractor.SNIPPET) + " …", SectionExtractor.snippet(long1), "no space to cut at");
    Random r = new Random(14);
    for (int i = 0; i < 5000; i++) {
      StringBuilder b = new StringBuilder();
      for (int n = r.nextInt(60); n > 0; n--) {
        b.append("a".repeat(1 + r.nextInt(r.nextInt(4) == 0 ? 120 : 9))).append(r.nextInt(5) == 0 ? "\n\t " : " ");
      }
      String raw = b.toString();
      String s = SectionExtractor.clean(raw);
      String expected = s.length() <= 150 ? s : s.substring(0, s.lastIndexOf(' ', 150) > 75 ? s.lastIndexOf(' ', 150) : 150) + " …";
      assertEquals(expected, SectionExtractor.snippet(s), s);
      assertEquals(expected, SectionExtractor.snippet(SectionExtractor.cleaned(raw)), s);
    }
  }

  @Test
  void aTextNotCleanedHasTheTermsAndSnippetOfItsCleanedText() {
    Random r = new Random(15);
    for (int i = 0; i < 20000; i++) {
      // random words and white space, or words then a run of white space about where the snippet ends
      String raw;
      if (i % 2 == 0) {
        raw = randomText(r) + randomText(r) + randomText(r);
      } else {
        StringBuilder b = new StringBuilder(" ".repeat(r.nextInt(3)));
        while (b.length() < 140 + r.nextInt(20)) {
          b.append("ab".repeat(1 + r.nextInt(4))).append(r.nextBoolean() ? " " : "\n\t ");
        }
        b.append(" \n".repeat(r.nextInt(4)));
        if (r.nextBoolean()) {
          b.append("end");
        }
        raw = b.toString();
      }
      String text = SectionExtractor.clean(raw);
      char[] chars = raw.toCharArray();
      assertEquals(SectionExtractor.terms(text), SectionExtractor.rawTerms(chars, chars.length), () -> "terms of `" + raw + "`");
      assertEquals(SectionExtractor.snippet(text), SectionExtractor.rawSnippet(chars, chars.length), () -> "snippet of `" + raw + "`");
    }
  }

  @Test
  void joinedTermsAreTheTermsOfTheJoinedText() {
    Random r = new Random(13);
    for (int i = 0; i < 3000; i++) {
      String a = SectionExtractor.clean(randomText(r));
      String b = SectionExtractor.clean(randomText(r));
      if (r.nextInt(4) == 0) {
        StringBuilder many = new StringBuilder(b);
        for (int k = 0; k < 200; k++) {
          many.append(" w").append(r.nextInt(300));
        }
        b = many.toString().strip();
      }
      if (r.nextInt(4) == 0) {
        StringBuilder many = new StringBuilder(a);
        for (int k = 0; k < 150; k++) {
          many.append(" W").append(r.nextInt(300));
        }
        a = many.toString().strip();
      }
      String joined = a.isEmpty() ? b : b.isEmpty() ? a : a + " " + b;
      String ea = a, eb = b;
      assertEquals(SectionExtractor.terms(joined), SectionExtractor.joinTerms(SectionExtractor.terms(a), SectionExtractor.terms(b)), () -> "`" + ea + "` + `" + eb + "`");
    }
  }
}
