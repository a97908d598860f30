package handbook.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextProbeTest {
  private static final String ALPHABET = "ab$[]{}`:!\\|()1mMaAtThH \n\t\r\u0001\u0005æ€\uD83D\uDE00";

  private static String random(Random r, int length) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < length; i++) {
      b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
    }
    return b.toString();
  }

  @Test
  void aStringTheTextHoldsIsNeverSaidToBeAbsent() {
    Random r = new Random(7);
    int absentSaid = 0;
    for (int round = 0; round < 3000; round++) {
      String text = random(r, r.nextInt(60));
      TextProbe probe = TextProbe.of(text);
      for (int k = 0; k < 20; k++) {
        String needle = random(r, 1 + r.nextInt(3)).replaceAll("[^\\x00-\\x7f]", "a");
        boolean holds = text.contains(needle);
        if (holds) {
          assertTrue(probe.mayContain(needle), () -> "`" + needle + "` in `" + text + "`");
        } else if (!probe.mayContain(needle)) {
          absentSaid++;
        }
        assertEquals(holds, TextProbe.contains(probe, text, needle), () -> "`" + needle + "` in `" + text + "`");
        String letters = needle.replaceAll("[^a-zA-Z]", "m").toLowerCase(Locale.ROOT);
        if (text.toLowerCase(Locale.ROOT).contains(letters)) {
          assertTrue(probe.mayContainIgnoringCase(letters), () -> "`" + letters + "` in any case in `" + text + "`");
        }
      }
      boolean controls = text.chars().anyMatch(c -> c < ' ' && c != '\n');
      assertEquals(controls, probe.hasControls(), text);
      for (char c = 0; c < 128; c++) {
        // (a character beyond Latin-1 may be read as a question mark)
        if (c != '?' || text.indexOf(c) >= 0) {
          assertEquals(text.indexOf(c) >= 0, probe.has(c), text + " " + (int) c);
        }
      }
    }
    // and it does say so, or it would be no quicker than the search
    assertTrue(absentSaid > 10_000, "absent said " + absentSaid);
  }

  @Test
  void pairsAcrossAWideCharacterAreNotPairs() {
    TextProbe probe = TextProbe.of("$æ$ and M\uD83D\uDE00ath");
    assertTrue(probe.has('$') && probe.has('M'));
    assertFalse(probe.mayContain("$$"));
    assertFalse(probe.mayContainIgnoringCase("math"));
    assertTrue(TextProbe.of("```MaTh").mayContainIgnoringCase("math"));
    assertFalse(probe.hasControls());
    // bytes at the characters' places, but where a pair of surrogates would move them
    assertEquals("?a\u00e6?", new String(TextProbe.of("\u20aca\u00e6\uD83D").latin1(), java.nio.charset.StandardCharsets.ISO_8859_1));
    assertEquals(null, probe.latin1());
    assertTrue(TextProbe.of("a\tb").hasControls());
    assertFalse(TextProbe.of("a\nb").hasControls());
  }
}
