package handbook.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import handbook.diag.Diagnostic;
import handbook.diag.Span;
import java.io.IOException;
import handbook.source.SourceTree;
import java.util.HashMap;
import java.util.Map;

/**
 * The FreeMarker templates of a build, configured and compiled once. Templates are
 * {@code .ftlh} files, so HTML auto-escaping is on; they see view records only.
 */
public final class Templates {
  private final Configuration cfg;
  private final Map<String, Template> compiled = new java.util.concurrent.ConcurrentHashMap<>();
  private final String displayDir;
  private final TreeTemplateLoader loader;
  /** Each rendering thread's output buffer, kept from page to page. */
  private final ThreadLocal<Utf8Sink> sinks = ThreadLocal.withInitial(Utf8Sink::new);

  /** A template problem, as a diagnostic. */
  public static final class TemplateProblem extends RuntimeException {
    private final transient Diagnostic diagnostic;

    TemplateProblem(Diagnostic d) {
      super(d.headline(), null, false, false);
      this.diagnostic = d;
    }

    public Diagnostic diagnostic() {
      return diagnostic;
    }
  }

  public Templates(SourceTree tree, String displayDir) throws IOException {
    this.displayDir = displayDir;
    cfg = new Configuration(Configuration.VERSION_2_3_34);
    loader = new TreeTemplateLoader(tree);
    cfg.setTemplateLoader(loader);
    cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
    cfg.setDefaultEncoding("UTF-8");
    cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
    cfg.setRecognizeStandardFileExtensions(true);
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setLogTemplateExceptions(false);
    cfg.setWrapUncheckedExceptions(true);
    cfg.setFallbackOnNullLoopVariable(false);
    cfg.setLocalizedLookup(false);
    cfg.setNumberFormat("computer");
    cfg.setObjectWrapper(new ViewWrapper());
    cfg.setSharedVariable("navlist", new NavList());
    cfg.setSharedVariable("containsEach", new ContainsEach());
  }

  /** Compiles a template once (no lock once it is compiled); a syntax error is a diagnostic at its line. */
  public Template get(String name) {
    Template t = compiled.get(name);
    if (t != null) {
      return t;
    }
    String file = name + ".ftlh";
    try {
      t = cfg.getTemplate(file);
    } catch (ParseException e) {
      throw syntaxProblem(e, e.getTemplateName() == null ? file : e.getTemplateName());
    } catch (freemarker.template.TemplateNotFoundException e) {
      throw new TemplateProblem(
          Diagnostic.error("template.missing", Span.file(displayDir + "/" + file), "template `" + file + "` not found"));
    } catch (IOException e) {
      throw new TemplateProblem(
          Diagnostic.error("template.read", Span.file(displayDir + "/" + file), "cannot read template: " + e.getMessage()));
    }
    compiled.put(name, t);
    return t;
  }

  /** Renders a view with a template: the page's UTF-8 bytes. */
  public byte[] render(String name, Object view) {
    Template t = get(name);
    Utf8Sink kept = sinks.get();
    // a template rendered while another one renders on this thread gets a sink of its own
    Utf8Sink out = kept.busy ? new Utf8Sink() : kept;
    out.reset();
    out.busy = true;
    try {
      t.process(Map.of("page", view), out);
      return out.toByteArray();
    } catch (TemplateException e) {
      ParseException syntax = syntaxCause(e);
      if (syntax != null) {
        throw syntaxProblem(syntax, syntax.getTemplateName() == null ? name + ".ftlh" : syntax.getTemplateName());
      }
      String src = e.getTemplateSourceName() == null ? name + ".ftlh" : e.getTemplateSourceName();
      Integer line = e.getLineNumber();
      Integer col = e.getColumnNumber();
      throw new TemplateProblem(
          Diagnostic.error(
              "template.error",
              Span.at(displayDir + "/" + src, line == null ? 1 : line, col == null ? 1 : loader.column(src, line == null ? 1 : line, col)),
              firstLine(e.getMessageWithoutStackTop())));
    } catch (IOException e) {
      throw new TemplateProblem(
          Diagnostic.error("template.error", Span.file(displayDir + "/" + name + ".ftlh"), e.getMessage()));
    } finally {
      out.busy = false;
    }
  }

  /** Renders a view with a template: the text of a part of a page. */
  public String renderText(String name, Object view) {
    return new String(render(name, view), java.nio.charset.StandardCharsets.UTF_8);
  }

  private TemplateProblem syntaxProblem(ParseException e, String file) {
    return new TemplateProblem(
        Diagnostic.error(
            "template.syntax",
            Span.at(displayDir + "/" + file, Math.max(1, e.getLineNumber()), loader.column(file, e.getLineNumber(), Math.max(1, e.getColumnNumber()))),
            firstLine(e.getEditorMessage())));
  }

  /** The syntax error behind a failed render, when a template it imports or includes does not parse. */
  private static ParseException syntaxCause(Throwable e) {
    for (Throwable c = e; c != null && c != c.getCause(); c = c.getCause()) {
      if (c instanceof ParseException p) {
        return p;
      }
    }
    return null;
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "template error";
    }
    String[] lines = s.strip().split("\n");
    String l = lines[0].strip();
    if (l.endsWith(":") && lines.length > 1) {
      // FreeMarker names the failing expression on the next line: "==> page.x  [in template ...]"
      String expr = lines[1].strip().replaceFirst("^==>\\s*", "").replaceFirst("\\s*\\[in template.*$", "");
      l = l.substring(0, l.length() - 1) + " `" + expr + "`";
    }
    return l.isEmpty() ? "template error" : Character.toLowerCase(l.charAt(0)) + l.substring(1);
  }
}
