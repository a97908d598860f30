package handbook.openapi;

import handbook.content.Directive;
import handbook.content.ResolveContext;
import handbook.diag.Diagnostic;
import handbook.diag.Span;
import handbook.diag.Suggest;
import handbook.markdown.DirectiveCall;
import handbook.yaml.YamlNode;
import handbook.yaml.YamlParser;
import java.util.Set;

/**
 * Embeds one operation in a Markdown page:
 *
 * <pre>
 * ```openapi
 * operation: getUser        # or: mindframe:getUser, GET /users/{id}
 * ```
 * </pre>
 */
final class OpenApiDirective implements Directive {
  static final String NAME = "openapi";
  private static final Set<String> KEYS = Set.of("operation");
  private final OpenApiKind kind;

  OpenApiDirective(OpenApiKind kind) {
    this.kind = kind;
  }

  @Override
  public String name() {
    return NAME;
  }

  /** The operation a block names, or null when the block is not well formed. */
  static String target(String body) {
    YamlParser.Result r = new YamlParser().parse(body, "", 1);
    if (r.ok() && r.root() instanceof YamlNode.Mapping m && m.get("operation") instanceof YamlNode.Scalar s && s.value() != null) {
      return s.value().strip();
    }
    return null;
  }

  @Override
  public String expand(DirectiveCall call, ResolveContext ctx) {
    String file = call.span().file();
    YamlParser.Result r = new YamlParser().parse(call.body(), file, call.bodyLine());
    if (!r.ok()) {
      r.errors().forEach(e -> ctx.diagnostics().add(new Diagnostic(e.severity(), "directive.openapi", e.message(), e.span(), e.hint())));
      return null;
    }
    if (!(r.root() instanceof YamlNode.Mapping m) || m.entries().isEmpty()) {
      ctx.diagnostics().add(Diagnostic.error("directive.openapi", call.span(), "an openapi block needs `operation: ID` (or `operation: GET /path`)"));
      return null;
    }
    for (YamlNode.Mapping.Entry e : m.entries().values()) {
      if (!KEYS.contains(e.key())) {
        Diagnostic d = Diagnostic.error("directive.openapi", Span.at(file, e.keyLine(), e.keyColumn()), "unknown key `" + e.key() + "` in an openapi block");
        String near = Suggest.closest(e.key(), KEYS);
        ctx.diagnostics().add(d.withHint(near == null ? "use `operation`" : "did you mean `" + near + "`?"));
        return null;
      }
    }
    YamlNode v = m.get("operation");
    if (!(v instanceof YamlNode.Scalar s) || s.value() == null || s.value().isBlank()) {
      ctx.diagnostics().add(Diagnostic.error("directive.openapi", call.span(), "an openapi block needs `operation: ID` (or `operation: GET /path`)"));
      return null;
    }
    Span at = Span.at(file, v.line(), v.column());
    ApiLinks.Found f = kind.links().find(s.value(), at);
    if (f.error() != null) {
      Diagnostic d = f.error();
      ctx.diagnostics().add(new Diagnostic(d.severity(), "directive.openapi", d.message(), d.span(), d.hint()));
      return null;
    }
    if (f.hit().op() == null) {
      ctx.diagnostics().add(Diagnostic.error("directive.openapi", at, "`" + s.value() + "` is a page of the API reference, not an operation"));
      return null;
    }
    ApiModel model = f.hit().model();
    ApiModel.Op op = f.hit().op();
    String home = model.opUrl(op);
    ViewMapper mapper =
        ApiPage.mapper(
            kind,
            model,
            ctx.pageUrl(),
            target -> {
              if (target.regionMatches(true, 0, "api:", 0, 4)) {
                ApiLinks.Found t = kind.links().find(target.substring(4), at);
                return t.hit() == null ? ctx.href(home) : ctx.href(t.hit().url());
              }
              // relative links and fragments were written for the operation's own page
              return ctx.href(home);
            });
    ApiViews.OperationView view = mapper.operation(op, false);
    return ctx.render("embeds/openapi", new ApiViews.EmbedView(view, kind.strings(), model.title(), ctx.href(model.url)));
  }
}
