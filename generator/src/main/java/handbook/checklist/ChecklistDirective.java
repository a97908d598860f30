package handbook.checklist;

import handbook.content.Directive;
import handbook.content.ResolveContext;
import handbook.diag.Diagnostic;
import handbook.diag.Span;
import handbook.diag.Suggest;
import handbook.markdown.DirectiveCall;
import handbook.yaml.YamlNode;
import handbook.yaml.YamlParser;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Embeds the checklist in a Markdown page:
 *
 * <pre>
 * ```checklist
 * category: security        # or: phase: fase-1   or: summary: true
 * ```
 * </pre>
 */
final class ChecklistDirective implements Directive {
  static final Set<String> KEYS = Set.of("category", "phase", "summary");
  private final Checklist checklist;
  private final ChecklistViews views;
  private final YamlParser yaml = new YamlParser();

  /** @param checklist the site's checklist, or null when it has none */
  ChecklistDirective(Checklist checklist, ChecklistViews views) {
    this.checklist = checklist;
    this.views = views;
  }

  @Override
  public String name() {
    return "checklist";
  }

  @Override
  public String expand(DirectiveCall call, ResolveContext ctx) {
    String file = call.span().file();
    if (checklist == null) {
      ctx.diagnostics().add(Diagnostic.error("directive.checklist", call.span(), "there is no checklist to embed").withHint("add content/checklist.yaml"));
      return null;
    }
    YamlParser.Result r = yaml.parse(call.body(), file, call.bodyLine());
    if (!r.ok()) {
      r.errors().forEach(e -> ctx.diagnostics().add(new Diagnostic(e.severity(), "directive.checklist", e.message(), e.span(), e.hint())));
      return null;
    }
    if (!(r.root() instanceof YamlNode.Mapping m) || m.entries().size() != 1) {
      ctx.diagnostics().add(
          Diagnostic.error("directive.checklist", call.span(), "a checklist block needs exactly one of `category: ID`, `phase: ID` or `summary: true`"));
      return null;
    }
    YamlNode.Mapping.Entry e = m.entries().values().iterator().next();
    Span keySpan = Span.at(file, e.keyLine(), e.keyColumn());
    if (!KEYS.contains(e.key())) {
      Diagnostic d = Diagnostic.error("directive.checklist", keySpan, "unknown key `" + e.key() + "` in a checklist block");
      String near = Suggest.closest(e.key(), KEYS);
      ctx.diagnostics().add(d.withHint(near == null ? "use `category`, `phase` or `summary`" : "did you mean `" + near + "`?"));
      return null;
    }
    String value = e.value() instanceof YamlNode.Scalar s ? s.value() : null;
    Span valueSpan = Span.at(file, e.value().line(), e.value().column());
    String dashboard = ctx.href(ChecklistPage.URL);
    Map<String, String> t = ctx.strings();
    switch (e.key()) {
      case "category" -> {
        for (Checklist.Category c : checklist.categories()) {
          if (c.id().equals(value)) {
            return ctx.render("embeds/checklist", new ChecklistViews.EmbedView("category", t, views.total(), views.category(c, dashboard, null), null, List.of(), dashboard));
          }
        }
        unknown(ctx, valueSpan, "category", value, checklist.categories().stream().map(Checklist.Category::id).toList());
        return null;
      }
      case "phase" -> {
        for (Checklist.Phase p : checklist.roadmap()) {
          if (p.id().equals(value)) {
            return ctx.render("embeds/checklist", new ChecklistViews.EmbedView("phase", t, views.total(), null, views.phase(p, dashboard, null), List.of(), dashboard));
          }
        }
        unknown(ctx, valueSpan, "phase", value, checklist.roadmap().stream().map(Checklist.Phase::id).toList());
        return null;
      }
      default -> {
        if (!"true".equals(value)) {
          ctx.diagnostics().add(Diagnostic.error("directive.checklist", valueSpan, "`summary` must be `true`"));
          return null;
        }
        return ctx.render("embeds/checklist", new ChecklistViews.EmbedView("summary", t, views.total(), null, null, views.categories(dashboard), dashboard));
      }
    }
  }

  private static void unknown(ResolveContext ctx, Span span, String what, String value, List<String> known) {
    Diagnostic d = Diagnostic.error("directive.checklist", span, "no checklist " + what + " `" + value + "`");
    String near = value == null ? null : Suggest.closest(value, known);
    ctx.diagnostics().add(d.withHint(near != null ? "did you mean `" + near + "`?" : "known: " + String.join(", ", known)));
  }
}
