package handbook.jbake;

/**
 * Something the import could not carry over as it was, at a place in the JBake project.
 *
 * @param path the file, as shown to the user
 * @param line 1-based, or 0 for the whole file
 * @param column 1-based, or 0
 * @param severity {@code warning} (something is lost or changed) or {@code note} (for information)
 */
public record Finding(String path, int line, int column, String severity, String code, String message) {
  public Finding {
    if (!severity.equals("warning") && !severity.equals("note")) {
      throw new IllegalArgumentException("severity " + severity);
    }
  }

  static Finding warning(String path, int line, int column, String code, String message) {
    return new Finding(path, line, column, "warning", code, message);
  }

  static Finding note(String path, int line, String code, String message) {
    return new Finding(path, line, line > 0 ? 1 : 0, "note", code, message);
  }

  /** {@code path:line:col: warning[code]: message}, the position left out where there is none. */
  String format() {
    String where = line > 0 ? path + ":" + line + ":" + Math.max(1, column) : path;
    return where + ": " + severity + "[" + code + "]: " + message;
  }
}
