package handbook.maven;

import java.io.Writer;
import org.apache.maven.plugin.logging.Log;

/**
 * Sends what the command line prints to Maven's log, line by line. On the error stream a
 * diagnostic ({@code path:line:col: error[code]: ...}) is logged as an error or a warning, and
 * the lines that follow it (source line, caret, hint) at the same level.
 */
final class LogWriter extends Writer {
  private enum Level {
    INFO,
    WARN,
    ERROR
  }

  private final Log log;
  private final boolean errorStream;
  private final StringBuilder line = new StringBuilder();
  private Level level;

  LogWriter(Log log, boolean errorStream) {
    this.log = log;
    this.errorStream = errorStream;
    this.level = errorStream ? Level.ERROR : Level.INFO;
  }

  @Override
  public synchronized void write(char[] buf, int off, int len) {
    for (int i = off; i < off + len; i++) {
      char c = buf[i];
      if (c == '\n') {
        emit();
      } else if (c != '\r') {
        line.append(c);
      }
    }
  }

  private void emit() {
    String text = line.toString();
    line.setLength(0);
    if (errorStream) {
      level = levelOf(text, level);
    }
    switch (level) {
      case ERROR -> log.error(text);
      case WARN -> log.warn(text);
      default -> log.info(text);
    }
  }

  /** The level of a line of the error stream; continuation lines keep the level before them. */
  static Level levelOf(String text, Level before) {
    if (text.contains(": warning[")) {
      return Level.WARN;
    }
    if (text.contains(": error[") || text.startsWith("error") || text.startsWith("failed:")) {
      return Level.ERROR;
    }
    boolean continuation = text.isEmpty() || text.startsWith(" ") || text.startsWith("\t");
    return continuation ? before : Level.ERROR;
  }

  @Override
  public synchronized void flush() {}

  @Override
  public synchronized void close() {
    if (line.length() > 0) {
      emit();
    }
  }
}
