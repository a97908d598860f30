package handbook.diag;

import java.util.Objects;

/**
 * A position in a content file: the path as the user sees it (relative to the project, e.g.
 * {@code content/docs/x.md}), and a 1-based line and column. Line 0 means the whole file.
 */
public record Span(String file, int line, int column) {
  public Span {
    Objects.requireNonNull(file, "file");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("negative position " + line + ":" + column);
    }
  }

  public static Span file(String file) {
    return new Span(file, 0, 0);
  }

  public static Span at(String file, int line, int column) {
    return new Span(file, line, column);
  }

  // written out (every component): a record's own equals and hash are made by method handles
  // spun on their first call, dozens of classes at the first warning of a build
  @Override
  public boolean equals(Object o) {
    return o instanceof Span s && file.equals(s.file) && line == s.line && column == s.column;
  }

  @Override
  public int hashCode() {
    return (file.hashCode() * 31 + line) * 31 + column;
  }

  @Override
  public String toString() {
    if (line == 0) {
      return file;
    }
    return file + ":" + line + ":" + Math.max(column, 1);
  }
}
