package handbook.markdown;

import handbook.diag.Span;

/** A link as written in the content ({@code ../ops/backup.md#restore}) and where it stands. */
public record LinkRef(String target, Span span, boolean image) {}
