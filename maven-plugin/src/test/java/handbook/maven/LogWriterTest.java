package handbook.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

/** Diagnostics reach Maven's log at their own level, with their source lines and hints beside them. */
class LogWriterTest {
  /** A log that records "LEVEL text" lines. */
  static final class Recorder extends SystemStreamLog {
    final List<String> lines = new ArrayList<>();

    @Override
    public void info(CharSequence s) {
      lines.add("INFO " + s);
    }

    @Override
    public void warn(CharSequence s) {
      lines.add("WARN " + s);
    }

    @Override
    public void error(CharSequence s) {
      lines.add("ERROR " + s);
    }
  }

  @Test
  void eachDiagnosticAndTheLinesUnderItShareOneLevel() {
    Recorder log = new Recorder();
    try (PrintWriter err = new PrintWriter(new LogWriter(log, true))) {
      err.print(
          "content/docs/a.md:3:1: warning[runbook.stale]: runbook is overdue\n"
              + " 3 | last_reviewed: 2020-01-01\n"
              + "   | ^\n"
              + "content/docs/b.md:4:9: error[link.unresolved]: no page `x.md`\n"
              + "   = hint: did you mean `y.md`?\n"
              + "failed: 1 error, 1 warning in 0.10 s");
    }
    assertEquals(
        List.of(
            "WARN content/docs/a.md:3:1: warning[runbook.stale]: runbook is overdue",
            "WARN  3 | last_reviewed: 2020-01-01",
            "WARN    | ^",
            "ERROR content/docs/b.md:4:9: error[link.unresolved]: no page `x.md`",
            "ERROR    = hint: did you mean `y.md`?",
            "ERROR failed: 1 error, 1 warning in 0.10 s"),
        log.lines);
  }

  @Test
  void standardOutputIsInfo() {
    Recorder log = new Recorder();
    try (PrintWriter out = new PrintWriter(new LogWriter(log, false))) {
      out.println("built 3 pages, 0 warnings, 0 errors in 0.20 s");
    }
    assertEquals(List.of("INFO built 3 pages, 0 warnings, 0 errors in 0.20 s"), log.lines);
  }
}
