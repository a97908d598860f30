package handbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A bug in Handbook is one line on the terminal and a report file with the whole trace. */
class InternalErrorTest {
  @Test
  void anUnexpectedExceptionPrintsOneLineAndKeepsItsTraceInAReportFile() throws Exception {
    StringWriter err = new StringWriter();
    IllegalStateException bug = new IllegalStateException("the index lost a page\nsecond line");
    int code = Main.internalError(bug, new PrintWriter(err));
    assertEquals(70, code);
    String printed = err.toString();
    assertTrue(printed.startsWith("error[internal]: java.lang.IllegalStateException: the index lost a page\n"), printed);
    assertFalse(printed.contains("\tat ") || printed.contains("second line"), "no trace on the terminal:\n" + printed);
    Matcher m = Pattern.compile("please report it with (\\S+\\.txt)").matcher(printed);
    assertTrue(m.find(), printed);
    Path report = Path.of(m.group(1));
    try {
      String trace = Files.readString(report);
      assertTrue(trace.startsWith("handbook "), trace);
      assertTrue(trace.contains("IllegalStateException: the index lost a page") && trace.contains("\tat handbook.cli.InternalErrorTest"), trace);
    } finally {
      Files.deleteIfExists(report);
    }
  }
}
