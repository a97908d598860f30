package handbook.markdown;

import handbook.diag.Span;

/**
 * A fenced block whose info string names a directive, e.g. {@code ```checklist}. {@code body} is
 * the text inside the fence and {@code bodyLine} its first file line, for positioned errors;
 * {@code index} is its place among the directive blocks of its document. Calls are values: a
 * page's embeds are keyed by them.
 */
public record DirectiveCall(String name, String body, Span span, int bodyLine, int index) {}
