package handbook.openapi;

import handbook.diag.Diagnostic;
import handbook.diag.Span;
import handbook.source.SourceFile;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.converter.SwaggerConverter;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one spec with swagger-parser: OpenAPI 3.0 and 3.1 as they are, Swagger 2.0 through its
 * converter, {@code $ref}s resolved (files only: {@link RefCheck} has vetted them). The parser's
 * messages become diagnostics {@code api.parse}: errors when nothing could be read, warnings
 * otherwise, placed at the line they name where it can be found.
 */
final class SpecLoader {
  private final Path contentRoot;
  private final String contentName;

  /**
   * @param contentRoot the content folder, for specs with references to other files; may be null
   * @param contentName how diagnostics name the content folder ({@code content})
   */
  SpecLoader(Path contentRoot, String contentName) {
    this.contentRoot = contentRoot;
    this.contentName = contentName;
  }

  /** Which reader a version needs, or null for an unsupported one. */
  static String reader(String key, String version) {
    if (version == null) {
      return null;
    }
    String v = version.strip();
    if (key.equals("swagger")) {
      return v.equals("2.0") ? "swagger2" : null;
    }
    return v.matches("3\\.[01](\\.\\d+)?(-[0-9A-Za-z.]+)?") ? "openapi3" : null;
  }

  /** The spec as a model, or null when it cannot be read (the reasons are in {@code out}). */
  OpenAPI load(SourceFile spec, SpecScan scan, boolean external, List<Diagnostic> out) {
    String file = spec.displayPath();
    if (scan.syntaxError() != null) {
      out.add(Diagnostic.error("api.parse", Span.at(file, scan.syntaxPos().line(), scan.syntaxPos().column()), "the spec does not parse: " + scan.syntaxError()));
      return null;
    }
    String reader = reader(scan.versionKey(), scan.version());
    if (reader == null) {
      out.add(
          Diagnostic.error(
                  "api.version",
                  Span.at(file, scan.versionPos().line(), scan.versionPos().column()),
                  "`" + scan.versionKey() + ": " + scan.version() + "` is not a version Handbook reads")
              .withHint("Handbook reads OpenAPI 3.0 and 3.1, and Swagger 2.0"));
      return null;
    }
    ParseOptions options = new ParseOptions();
    // An OpenAPI 3.1 spec whose references all point inside it is read as it is: its `$ref`s stay
    // (ViewMapper follows them), and the parser's 3.1 resolver only copies the whole model through
    // JSON and back (a third of a second for the handbook's spec) and, for a schema equal to one
    // seen before, swaps in that copy, whose boolean schemas are read another way.
    options.setResolve(external || !scan.version().strip().startsWith("3.1"));
    String location = contentRoot == null ? null : contentRoot.resolve(spec.path()).toAbsolutePath().normalize().toString();
    SwaggerParseResult r;
    try {
      if (reader.equals("swagger2")) {
        r = external && location != null
            ? new SwaggerConverter().readLocation(location, null, options)
            : new SwaggerConverter().readContents(spec.text(), null, options);
      } else {
        r = new OpenAPIV3Parser().readContents(spec.text(), null, options, external ? location : null);
      }
    } catch (RuntimeException e) {
      out.add(Diagnostic.error("api.parse", Span.file(file), "the spec does not parse: " + clean(rootMessage(e))));
      return null;
    }
    List<String> messages = r == null || r.getMessages() == null ? new ArrayList<>() : new ArrayList<>(r.getMessages());
    messages.removeIf(m -> m == null || m.isBlank()); // the parser has null messages (a `$ref` that is an object)
    OpenAPI api = r == null ? null : r.getOpenAPI();
    if (api == null || api.getInfo() == null && api.getPaths() == null) {
      if (messages.isEmpty()) {
        out.add(Diagnostic.error("api.parse", Span.file(file), "the spec does not parse"));
      }
      for (String m : messages) {
        out.add(Diagnostic.error("api.parse", span(file, scan, m), "the spec does not parse: " + clean(m)));
      }
      return null;
    }
    if (reader.equals("swagger2")) {
      Swagger2Params.mend(spec.text(), api);
    }
    if (location != null) {
      List<String> recovered = PathItemRefs.recover(api, Path.of(location), contentRoot, options, messages);
      messages.removeIf(m -> recovered.stream().anyMatch(m::contains));
    } else {
      PathItemRefs.recover(api, null, null, options, messages);
    }
    List<Diagnostic> warnings = new ArrayList<>();
    for (String m : messages) {
      if (!ParserMessages.wrongFor(scan.version(), m)) {
        warnings.add(Diagnostic.warning("api.parse", span(file, scan, m), clean(m)));
      }
    }
    out.addAll(ParserMessages.summarise(warnings));
    return api;
  }

  private static String rootMessage(Throwable e) {
    String m = e.getMessage();
    Throwable c = e.getCause();
    while (c != null) {
      if (c.getMessage() != null) {
        m = m == null ? c.getMessage() : m + ": " + c.getMessage();
      }
      c = c.getCause() == c ? null : c.getCause();
    }
    return m == null ? e.getClass().getSimpleName() : m;
  }

  /** Shows paths inside the content folder as diagnostics name them ({@code content/...}), and the message lower-case. */
  private String clean(String m) {
    String s = m.strip();
    if (contentRoot != null) {
      String root = contentRoot.toAbsolutePath().normalize().toString();
      s = s.replace(root + "/", contentName + "/").replace(root, contentName);
    }
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  private static final Pattern ATTRIBUTE = Pattern.compile("^attribute (\\S+)");

  /** Places a message such as {@code attribute paths.'/pet'(get).responses is missing} at its line. */
  static Span span(String file, SpecScan scan, String message) {
    Matcher m = ATTRIBUTE.matcher(message.strip());
    if (m.find()) {
      SpecScan.Pos pos = scan.nearest(pointer(m.group(1)));
      if (pos != null) {
        return Span.at(file, pos.line(), pos.column());
      }
    }
    return Span.file(file);
  }

  /** {@code paths.'/pet'(get).responses} → {@code /paths/~1pet/get/responses}. */
  static String pointer(String attribute) {
    StringBuilder out = new StringBuilder();
    StringBuilder seg = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < attribute.length(); i++) {
      char c = attribute.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && c == '.') {
        out.append('/').append(SpecScan.escape(seg.toString()));
        seg.setLength(0);
      } else if (!quoted && c == '(') {
        int close = attribute.indexOf(')', i);
        if (close < 0) {
          break;
        }
        out.append('/').append(SpecScan.escape(seg.toString()));
        seg.setLength(0);
        seg.append(attribute, i + 1, close);
        i = close;
      } else {
        seg.append(c);
      }
    }
    if (seg.length() > 0) {
      out.append('/').append(SpecScan.escape(seg.toString()));
    }
    return out.toString();
  }
}
