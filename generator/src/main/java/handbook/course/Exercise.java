package handbook.course;

import handbook.diag.Diagnostics;
import handbook.markdown.DirectiveCall;
import handbook.yaml.YamlFields;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A hands-on task with the result to expect, written as an {@code exercise} block:
 *
 * <pre>
 * ```exercise
 * title: Ta en backup for hånd
 * duration: 10 min            # optional
 * task: |
 *   Markdown: what to do.
 * expected: |
 *   Markdown: what you see when it worked.
 * ```
 * </pre>
 *
 * @param minutes the estimated time, 0 when not given
 */
public record Exercise(String title, int minutes, Snippet task, Snippet expected) {
  static final Set<String> KEYS = Set.of("title", "duration", "task", "expected");
  static final String EXAMPLE = "write `title`, `task` and `expected` (and optionally `duration`)";

  /** Reads an exercise block; null when it cannot be used (every problem is reported). */
  public static Exercise parse(DirectiveCall call, Diagnostics diagnostics) {
    Diagnostics diags = new Diagnostics();
    Exercise result = read(call, diags);
    diagnostics.addAll(diags.sorted());
    return diags.hasErrors() ? null : result;
  }

  private static Exercise read(DirectiveCall call, Diagnostics diags) {
    YamlFields f = DirectiveYaml.read(call, diags, EXAMPLE);
    if (f == null) {
      return null;
    }
    String code = "directive.exercise";
    f.rejectUnknownKeys(KEYS, "an exercise");
    String title = f.requiredString("title", "an exercise");
    int minutes = 0;
    String duration = f.string("duration", null);
    if (duration != null) {
      OptionalInt m = Durations.parse(duration);
      if (m.isEmpty()) {
        diags.add(
            handbook.diag.Diagnostic.error(code, f.span(f.map().get("duration")), "`duration` `" + duration + "` is not a duration")
                .withHint(Durations.HINT));
      } else {
        minutes = m.getAsInt();
      }
    }
    Snippet task = DirectiveYaml.text(call, f, "task", "an exercise", code);
    Snippet expected = DirectiveYaml.text(call, f, "expected", "an exercise", code);
    return title == null ? null : new Exercise(title.strip(), minutes, task, expected);
  }
}
