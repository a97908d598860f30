package handbook.build;

import handbook.content.Directive;
import handbook.content.NavTree;
import handbook.content.Page;
import handbook.content.PageInfo;
import handbook.content.ResolveContext;
import handbook.content.SiteIndex;
import handbook.content.Urls;
import handbook.diag.Diagnostics;
import handbook.diag.Span;
import handbook.link.LinkResolver;
import handbook.markdown.DirectiveCall;
import handbook.markdown.LinkRef;
import handbook.markdown.MarkdownEngine;
import handbook.render.Templates;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Indexes a loaded version (every page by URL and source, before any link is resolved), then
 * resolves every page's links and expands its directives. All problems are collected; the build
 * stops after this phase when there are errors.
 */
final class LinkPhase {
  private LinkPhase() {}

  /** The hrefs and embeds of one page: by link target as written, and by directive call. */
  record Resolved(Map<String, String> hrefs, Map<String, String> titles, Map<DirectiveCall, String> embeds) {}

  /** A version with its links resolved. */
  record Linked(LoadPhase.Model model, SiteIndex index, Map<Page, Resolved> resolved, NavTree tree) {
    List<Page> pages() {
      return index.pages();
    }
  }

  static Linked link(LoadPhase.Model m, Templates templates, Run run, Diagnostics diags) {
    SiteIndex index = new SiteIndex(m.pages(), m.assets(), m.schemes(), diags);
    Build.gate(diags);
    run.progress.update("links", 0, m.pages().size());
    LinkResolver resolver = new LinkResolver(index, m.config().rootLinks(), m.config().rootFallback());
    Map<Page, Resolved> resolved = new ConcurrentHashMap<>();
    index.pages().parallelStream().forEach(p -> resolved.put(p, resolve(p, resolver, m, templates, diags)));
    Map<Page, Resolved> ordered = new IdentityHashMap<>(resolved);
    List<PageInfo> infos = index.pages().stream().map(Page::info).toList();
    NavTree tree = new NavTree(infos, m.config().nav(), Locale.forLanguageTag(m.config().language()));
    return new Linked(m, index, ordered, tree);
  }

  private static Resolved resolve(Page page, LinkResolver resolver, LoadPhase.Model m, Templates templates, Diagnostics diags) {
    String url = page.info().url();
    String src = page.linkSource() == null ? "" : page.linkSource();
    Map<String, String> hrefs = new HashMap<>();
    Map<String, String> titles = new HashMap<>();
    for (LinkRef ref : page.links()) {
      LinkResolver.Result r = resolver.resolve(ref.target(), ref.span(), src, url, page);
      if (r.error() != null) {
        diags.add(r.error());
      } else {
        if (!r.href().equals(ref.target())) {
          hrefs.put(ref.target(), r.href());
        }
        if (r.title() != null) {
          titles.put(ref.target(), r.title());
        }
      }
    }
    Map<DirectiveCall, String> embeds = new HashMap<>();
    if (!page.directiveCalls().isEmpty()) {
      ResolveContext ctx = new Context(page, url, src, resolver, m, templates, diags);
      for (DirectiveCall call : page.directiveCalls()) {
        Directive d = m.directives().get(call.name());
        String html = d == null ? null : d.expand(call, ctx);
        if (html != null) {
          embeds.put(call, html);
        }
      }
    }
    return new Resolved(Map.copyOf(hrefs), Map.copyOf(titles), Map.copyOf(embeds));
  }

  /** What a directive sees on one page. */
  private record Context(Page page, String url, String src, LinkResolver resolver, LoadPhase.Model m, Templates templates, Diagnostics diags)
      implements ResolveContext {
    @Override
    public String pageUrl() {
      return url;
    }

    @Override
    public Diagnostics diagnostics() {
      return diags;
    }

    @Override
    public String href(String siteUrl) {
      return Urls.href(url, siteUrl);
    }

    @Override
    public String render(String template, Object view) {
      return templates.render(template, view);
    }

    @Override
    public MarkdownEngine markdown() {
      return m.markdown();
    }

    @Override
    public Map<String, String> strings() {
      return m.strings();
    }

    @Override
    public String language() {
      return m.config().language();
    }

    @Override
    public String link(String target, Span span) {
      LinkResolver.Result r = resolver.resolve(target, span, src, url, page);
      if (r.error() != null) {
        diags.add(r.error());
        return null;
      }
      return r.href();
    }
  }
}
