package handbook.course;

import handbook.content.Directive;
import handbook.content.ResolveContext;
import handbook.markdown.DirectiveCall;

/**
 * The {@code video} block. A local file plays in a {@code <video>}; a video on another site is
 * a placeholder with a link that opens it there, so nothing is loaded from that site (no iframe,
 * no thumbnail) unless the reader follows the link.
 */
final class VideoDirective implements Directive {
  @Override
  public String name() {
    return "video";
  }

  @Override
  public String expand(DirectiveCall call, ResolveContext ctx) {
    Video v = Video.parse(call, ctx.diagnostics());
    if (v == null) {
      return null;
    }
    String src = v.src() == null ? null : ctx.link(v.src(), v.srcSpan());
    String poster = v.poster() == null ? null : ctx.link(v.poster(), v.posterSpan());
    String captions = v.captions() == null ? null : ctx.link(v.captions(), v.captionsSpan());
    if ((v.src() != null && src == null) || (v.poster() != null && poster == null) || (v.captions() != null && captions == null)) {
      return null;
    }
    String duration = v.minutes() == 0 ? "" : Durations.format(v.minutes(), ctx.strings().get("course.hour"));
    return ctx.render(
        "embeds/video",
        new EmbedViews.VideoView(DirectiveYaml.id("video", call), v.title(), duration, src, poster, captions, ctx.language(), v.url(), v.host(), ctx.strings()));
  }
}
