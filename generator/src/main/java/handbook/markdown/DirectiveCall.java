package handbook.markdown;

import handbook.diag.Span;

/**
 * A fenced block whose info string names a directive, e.g. {@code ```checklist}. {@code body} is
 * the text inside the fence and {@code bodyLine} its first file line, for positioned errors;
 * {@code index} is its place among the directive blocks of its document. Calls are values: a
 * page's embeds are keyed by them.
 */
public record DirectiveCall(String name, String body, Span span, int bodyLine, int index) {
  // written out (every component): a record's own equals and hash are made by method handles
  // spun on their first call, fifteen classes at the first page with an embed
  @Override
  public boolean equals(Object o) {
    return o instanceof DirectiveCall c && java.util.Objects.equals(name, c.name) && java.util.Objects.equals(body, c.body) && java.util.Objects.equals(span, c.span) && bodyLine == c.bodyLine && index == c.index;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(name, body, span, bodyLine, index);
  }
}
