package handbook.diag;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A bug in Handbook, told to the user: one line naming it and a hint with the report file that
 * holds its trace (a raw trace would bury what the user needs to read). The terminal and the
 * preview's overlay show the same lines.
 */
public final class BugReport {
  private BugReport() {}

  /**
   * The lines that tell of {@code ex}, each ending in a newline; the trace goes to a new report
   * file in the system's temporary folder, headed by {@code version}.
   */
  public static String of(Throwable ex, String version) {
    String first = ex.getMessage() == null ? "" : ": " + ex.getMessage().lines().findFirst().orElse("");
    String where;
    try {
      Path report = Files.createTempFile("handbook-internal-error-", ".txt");
      StringWriter trace = new StringWriter();
      ex.printStackTrace(new PrintWriter(trace));
      Files.writeString(report, version + "\n" + trace, StandardCharsets.UTF_8);
      where = " with " + report;
    } catch (IOException | RuntimeException e) {
      where = " (its trace could not be written: " + e.getMessage() + ")";
    }
    return "error[internal]: " + ex.getClass().getName() + first + "\n"
        + "  = hint: this is a bug in Handbook, not in your content; please report it" + where + "\n";
  }
}
