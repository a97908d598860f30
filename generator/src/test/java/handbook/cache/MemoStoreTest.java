package handbook.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.source.SourceFile;
import org.junit.jupiter.api.Test;

class MemoStoreTest {
  @Test
  void aKeyIsEachOfItsPartsAndALongLivedMemoDoesNotGrow() {
    MemoStore memo = MemoStore.inMemory();
    SourceFile a = new SourceFile("docs/a.md", "content/docs/a.md", "A", null);
    SourceFile b = new SourceFile("docs/b.md", "content/docs/b.md", "A", null);
    // (environments made anew as each run makes its own: equal strings, other objects)
    String key = memo.key("docs", a, new String("environment"));
    assertEquals(key, memo.key("docs", a, new String("environment")));
    assertEquals(key, MemoStore.inMemory().key("docs", a, "environment"));
    assertNotEquals(key, memo.key("docs", b, "environment"));
    assertNotEquals(key, memo.key("docs-excerpt", a, "environment"));
    assertNotEquals(key, memo.key("docs", a, "environment 2"));
    assertNotEquals(key, memo.key("docs", new SourceFile("docs/a.md", "content/docs/a.md", "B", null), "environment"));
    // serve's runs, each in another environment (a title edited again and again): what the memo
    // holds does not grow from run to run (its most in the second half is at most the first half's)
    int[] most = new int[2];
    for (int run = 0; run < 60; run++) {
      for (String namespace : new String[] {"docs", "docs-excerpt", "runbooks"}) {
        memo.get(namespace, a, "environment of run " + run, Codecs.STRING, () -> "parsed");
      }
      memo.endRun();
      most[run / 30] = Math.max(most[run / 30], memo.held());
    }
    assertTrue(most[0] > 0, "held: " + most[0]);
    assertTrue(most[1] <= most[0], "held in the first 30 runs at most " + most[0] + ", in the next " + most[1]);
  }
}
