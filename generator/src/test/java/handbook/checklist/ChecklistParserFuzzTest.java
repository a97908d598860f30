package handbook.checklist;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import handbook.diag.Diagnostic;
import handbook.diag.Diagnostics;
import handbook.source.SourceFile;

/**
 * The checklist parser on any file: it never throws, a checklist it could not read comes with an
 * error, and every diagnostic points at a line of the file.
 */
class ChecklistParserFuzzTest {
  @FuzzTest(maxDuration = "2m")
  void readsOrReportsAtALine(byte[] data) {
    String text = new String(data, java.nio.charset.StandardCharsets.UTF_8);
    Diagnostics d = new Diagnostics();
    Checklist c = new ChecklistParser().parse(SourceFile.of("checklist/sjekkliste.yaml", text), d);
    long lines = text.chars().filter(ch -> ch == '\n' || ch == '\r').count() + 1;
    for (Diagnostic x : d.sorted()) {
      assertTrue(x.span().line() <= lines, x.headline());
    }
    assertTrue(c != null || d.hasErrors(), "a checklist that is not read has an error");
  }
}
