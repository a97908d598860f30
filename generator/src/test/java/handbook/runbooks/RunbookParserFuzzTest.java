package handbook.runbooks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import handbook.diag.ContentException;
import handbook.diag.Diagnostic;
import handbook.diag.Diagnostics;
import handbook.markdown.MarkdownEngine;
import handbook.markdown.RenderOptions;
import handbook.render.UiStrings;
import handbook.source.SourceFile;
import java.util.Set;

/**
 * The runbook parser on any file (front matter, sections, body): it never throws anything but a
 * positioned Markdown error, an invalid runbook comes with an error, and every diagnostic points
 * at a line of the file.
 */
class RunbookParserFuzzTest {
  private final MarkdownEngine engine = new MarkdownEngine(Set.of(), UiStrings.load("nb"), false);

  @FuzzTest(maxDuration = "2m")
  void readsOrReportsAtALine(byte[] data) {
    String text = new String(data, java.nio.charset.StandardCharsets.UTF_8);
    Diagnostics d = new Diagnostics();
    RunbookParser.Parsed p;
    try {
      p = new RunbookParser().parse(SourceFile.of("runbooks/db.md", text), RunbookSettings.defaults("nb"),
          (body, file, line, options) -> engine.compile(body, file, line, options), d);
    } catch (ContentException e) {
      e.diagnostics().forEach(x -> assertTrue(x.code().startsWith("markdown."), x.headline()));
      return;
    }
    long lines = text.chars().filter(ch -> ch == '\n' || ch == '\r').count() + 1;
    for (Diagnostic x : d.sorted()) {
      assertTrue(x.span().line() <= lines, x.headline());
    }
    assertTrue(p == null || p.valid() || d.hasErrors(), "an invalid runbook has an error");
  }
}
