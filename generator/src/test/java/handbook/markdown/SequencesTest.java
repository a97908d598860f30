package handbook.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SequencesTest {
  @Test
  void aPartOfAStringReadsAsFlexmarkReadsItNulIncluded() {
    Random r = new Random(3);
    for (int t = 0; t < 2000; t++) {
      StringBuilder b = new StringBuilder();
      for (int i = r.nextInt(40); i > 0; i--) {
        b.append("ab`\n\u0000\u00e6\ud83d\ude00 ".charAt(r.nextInt(9)));
      }
      BasedSequence whole = BasedSequence.of(b.toString());
      int from = r.nextInt(whole.length() + 1);
      int to = from + r.nextInt(whole.length() - from + 1);
      BasedSequence part = whole.subSequence(from, to);
      assertEquals(part.toString(), Sequences.text(part));
      assertEquals(whole.toString(), Sequences.text(whole));
    }
    BasedSequence joined = BasedSequence.of("ab\u0000cd").subSequence(0, 2).append(BasedSequence.of("xy\u0000"));
    assertEquals(joined.toString(), Sequences.text(joined), "any other sequence: its own toString");
  }
}
