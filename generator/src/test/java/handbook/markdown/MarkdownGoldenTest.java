package handbook.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.render.UiStrings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden tests: each {@code golden/NAME.md} renders to exactly {@code golden/NAME.html}.
 * {@code -Dgolden.update=true} rewrites the .html files for review; CI never sets it.
 */
class MarkdownGoldenTest {
  static final Path DIR = Path.of("src/test/resources/golden");
  static final boolean UPDATE = Boolean.getBoolean("golden.update");
  final MarkdownEngine engine = new MarkdownEngine(Set.of(), UiStrings.load("nb"), false);

  @TestFactory
  Stream<DynamicTest> everyInputRendersToItsGoldenOutput() throws IOException {
    List<Path> inputs;
    try (Stream<Path> s = Files.list(DIR)) {
      inputs = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    assertTrue(inputs.size() >= 5, "golden inputs found: " + inputs);
    return inputs.stream()
        .map(
            in ->
                DynamicTest.dynamicTest(
                    in.getFileName().toString(),
                    () -> {
                      String md = Files.readString(in, StandardCharsets.UTF_8);
                      String html = render(md);
                      assertEquals(html, render(md), "rendering twice gives the same output");
                      Path golden = Path.of(in.toString().replaceFirst("\\.md$", ".html"));
                      if (UPDATE) {
                        Files.writeString(golden, html, StandardCharsets.UTF_8);
                      }
                      assertTrue(Files.exists(golden), "missing golden output " + golden);
                      assertEquals(Files.readString(golden, StandardCharsets.UTF_8), html);
                    }));
  }

  @Test
  void everyGoldenOutputHasAnInput() throws IOException {
    try (Stream<Path> s = Files.list(DIR)) {
      for (Path p : s.filter(p -> p.toString().endsWith(".html")).toList()) {
        assertTrue(Files.exists(Path.of(p.toString().replaceFirst("\\.html$", ".md"))), "unmatched " + p);
      }
    }
  }

  private String render(String md) {
    return engine.render(engine.parse(md, "t.md", 1), Map.of(), Map.of());
  }
}
