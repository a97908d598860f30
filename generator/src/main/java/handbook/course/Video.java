package handbook.course;

import handbook.diag.Diagnostic;
import handbook.diag.Diagnostics;
import handbook.diag.Span;
import handbook.markdown.DirectiveCall;
import handbook.yaml.YamlFields;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A video in a page, written as a {@code video} block. A file in {@code content/} plays in the
 * page; a video on another site (YouTube and the like) is only linked, so the page loads nothing
 * from that site:
 *
 * <pre>
 * ```video
 * title: Slik deployer du
 * src: media/deploy.mp4          # a file in content/, relative to the page; or
 * url: https://www.youtube.com/watch?v=...
 * poster: media/deploy.jpg       # optional, a file in content/
 * captions: media/deploy.nb.vtt  # optional, WebVTT captions for a local file
 * duration: 6 min                # optional
 * ```
 * </pre>
 *
 * @param src the file as written (relative to the page), or null
 * @param url the https address on another site, or null
 */
public record Video(String title, int minutes, String src, Span srcSpan, String url, String poster, Span posterSpan, String captions, Span captionsSpan) {
  static final Set<String> KEYS = Set.of("title", "src", "url", "poster", "captions", "duration");
  static final Set<String> VIDEO_TYPES = Set.of("mp4", "webm", "ogv", "ogg", "m4v", "mov");
  static final Set<String> IMAGE_TYPES = Set.of("jpg", "jpeg", "png", "webp", "avif", "gif", "svg");
  static final String EXAMPLE = "write `title` and either `src: file.mp4` (a file in content/) or `url: https://...`";

  public boolean external() {
    return url != null;
  }

  /** The host of an external video without {@code www.}, for the placeholder text. */
  public String host() {
    if (url == null) {
      return null;
    }
    String h = URI.create(url).getHost().toLowerCase(Locale.ROOT);
    return h.startsWith("www.") ? h.substring(4) : h;
  }

  /** Reads a video block; null when it cannot be used (every problem is reported). */
  public static Video parse(DirectiveCall call, Diagnostics diagnostics) {
    Diagnostics diags = new Diagnostics();
    Video result = read(call, diags);
    diagnostics.addAll(diags.sorted());
    return diags.hasErrors() ? null : result;
  }

  private static Video read(DirectiveCall call, Diagnostics diags) {
    YamlFields f = DirectiveYaml.read(call, diags, EXAMPLE);
    if (f == null) {
      return null;
    }
    String code = "directive.video";
    f.rejectUnknownKeys(KEYS, "a video");
    String title = f.requiredString("title", "a video");
    int minutes = 0;
    String duration = f.string("duration", null);
    if (duration != null) {
      OptionalInt m = Durations.parse(duration);
      if (m.isEmpty()) {
        diags.add(Diagnostic.error(code, f.span(f.map().get("duration")), "`duration` `" + duration + "` is not a duration").withHint(Durations.HINT));
      } else {
        minutes = m.getAsInt();
      }
    }
    String src = f.string("src", null);
    String url = f.string("url", null);
    if ((src == null) == (url == null)) {
      diags.add(
          Diagnostic.error(code, src == null ? call.span() : f.span(f.map().get("url")), src == null ? "a video needs `src` or `url`" : "a video has both `src` and `url`")
              .withHint("`src` is a video file in content/, `url` a video on another site"));
    }
    if (src != null && src.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
      diags.add(Diagnostic.error(code, f.span(f.map().get("src")), "`src` must be a file in content/, not `" + src + "`").withHint("use `url:` for a video on another site"));
    } else if (src != null && !VIDEO_TYPES.contains(extension(src))) {
      diags.add(Diagnostic.error(code, f.span(f.map().get("src")), "`src` must be a video file (" + types(VIDEO_TYPES) + "), not `" + src + "`"));
    }
    if (url != null && !validHttps(url)) {
      diags.add(Diagnostic.error(code, f.span(f.map().get("url")), "`url` must be an https address, not `" + url + "`"));
    }
    String poster = f.string("poster", null);
    if (poster != null && (!IMAGE_TYPES.contains(extension(poster)) || poster.contains(":"))) {
      diags.add(Diagnostic.error(code, f.span(f.map().get("poster")), "`poster` must be an image file in content/ (" + types(IMAGE_TYPES) + "), not `" + poster + "`"));
    }
    String captions = f.string("captions", null);
    if (captions != null && (!extension(captions).equals("vtt") || captions.contains(":"))) {
      diags.add(Diagnostic.error(code, f.span(f.map().get("captions")), "`captions` must be a WebVTT file (.vtt) in content/, not `" + captions + "`"));
    } else if (captions != null && url != null) {
      diags.add(Diagnostic.error(code, f.span(f.map().get("captions")), "`captions` only go with a local video (`src`)").withHint("the other site shows its own captions"));
    }
    if (title == null) {
      return null;
    }
    return new Video(
        title.strip(), minutes, src, src == null ? null : f.span(f.map().get("src")), url, poster, poster == null ? null : f.span(f.map().get("poster")),
        captions, captions == null ? null : f.span(f.map().get("captions")));
  }

  private static boolean validHttps(String url) {
    try {
      URI u = new URI(url);
      return "https".equalsIgnoreCase(u.getScheme()) && u.getHost() != null && !u.getHost().isEmpty();
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static String extension(String path) {
    String p = path.replaceFirst("[?#].*$", "");
    int dot = p.lastIndexOf('.');
    return dot < 0 || dot < p.lastIndexOf('/') ? "" : p.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static String types(Set<String> s) {
    return String.join(", ", s.stream().sorted().map(e -> "." + e).toList());
  }
}
