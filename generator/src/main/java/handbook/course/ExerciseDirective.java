package handbook.course;

import handbook.content.Directive;
import handbook.content.ResolveContext;
import handbook.markdown.DirectiveCall;

/** The {@code exercise} block: a task and the result to expect. */
final class ExerciseDirective implements Directive {
  @Override
  public String name() {
    return "exercise";
  }

  @Override
  public String expand(DirectiveCall call, ResolveContext ctx) {
    Exercise e = Exercise.parse(call, ctx.diagnostics());
    if (e == null) {
      return null;
    }
    String duration = e.minutes() == 0 ? "" : Durations.format(e.minutes(), ctx.strings().get("course.hour"));
    return ctx.render(
        "embeds/exercise",
        new EmbedViews.ExerciseView(
            DirectiveYaml.id("exercise", call), e.title(), duration, e.task().html(ctx.markdown(), ctx), e.expected().html(ctx.markdown(), ctx), ctx.strings()));
  }
}
