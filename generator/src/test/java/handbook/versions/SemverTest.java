package handbook.versions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Version order follows SemVer 2.0.0 section 11, with the spec's own examples. */
class SemverTest {
  static List<String> sorted(String... labels) {
    List<String> l = new ArrayList<>(List.of(labels));
    Collections.shuffle(l, new java.util.Random(7));
    l.sort(Semver.ORDER);
    return l;
  }

  @Test
  void theSpecsPrecedenceExampleIsInOrder() {
    // section 11.4: 1.0.0-alpha < 1.0.0-alpha.1 < 1.0.0-alpha.beta < 1.0.0-beta < 1.0.0-beta.2 < 1.0.0-beta.11 < 1.0.0-rc.1 < 1.0.0
    List<String> spec = List.of("1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0");
    assertEquals(spec, sorted(spec.toArray(String[]::new)));
  }

  @Test
  void numbersCompareAsNumbers() {
    // section 11.2: 1.0.0 < 2.0.0 < 2.1.0 < 2.1.1
    assertEquals(List.of("v1.0.0", "v2.0.0", "v2.1.0", "v2.1.1", "v2.10.0"), sorted("v2.10.0", "v2.1.1", "v1.0.0", "v2.1.0", "v2.0.0"));
    assertEquals(List.of("v2.0.0-rc.2", "v2.0.0-rc.10", "v2.0.0"), sorted("v2.0.0", "v2.0.0-rc.10", "v2.0.0-rc.2"));
  }

  @Test
  void labelsWithoutANumberComeFirst() {
    assertEquals(List.of("latest-docs", "v1.2", "v1.10"), sorted("v1.10", "latest-docs", "v1.2"));
  }
}
