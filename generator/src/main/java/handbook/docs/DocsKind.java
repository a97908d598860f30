package handbook.docs;

import handbook.content.ContentKind;
import handbook.content.Fact;
import handbook.content.LoadContext;
import handbook.content.PageInfo;
import handbook.content.Urls;
import handbook.diag.Diagnostic;
import handbook.diag.Span;
import handbook.markdown.MarkdownDoc;
import handbook.source.FrontMatter;
import handbook.source.SourceFile;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Markdown pages under {@code content/docs/} (and the home page {@code content/index.md}).
 * Every folder is a section: its {@code index.md}, or a generated list of its pages.
 */
public final class DocsKind implements ContentKind {
  public static final String ROOT = "docs/";

  @Override
  public void load(LoadContext ctx) {
    List<SourceFile> files =
        ctx.sources().stream()
            .filter(f -> f.path().endsWith(".md") && (f.path().startsWith(ROOT) || f.path().equals("index.md")))
            .toList();
    List<DocPage> pages =
        files.parallelStream().map(f -> parse(f, ctx)).filter(Objects::nonNull).toList();
    Set<String> folders = new TreeSet<>();
    Set<String> withIndex = new TreeSet<>();
    boolean hasHome = false;
    for (DocPage p : pages) {
      ctx.addPage(p);
      String src = p.info().source();
      if (src.equals("index.md")) {
        hasHome = true;
        continue;
      }
      String folder = Urls.sourceFolder(src);
      if (src.endsWith("/index.md")) {
        withIndex.add(folder);
      }
      for (String f = folder; f.startsWith(ROOT); f = parentFolder(f)) {
        folders.add(f);
      }
    }
    if (!files.isEmpty() || !folders.isEmpty()) {
      folders.add(ROOT);
    }
    for (String folder : folders) {
      if (!withIndex.contains(folder)) {
        String name = folder.substring(0, folder.length() - 1);
        name = name.substring(name.lastIndexOf('/') + 1);
        String title = folder.equals(ROOT) ? docsTitle(ctx) : humanize(name);
        ctx.addPage(new GeneratedSection(PageInfo.generated(folder, title, parentOfFolder(folder), null, true, "section")));
      }
    }
    if (!hasHome) {
      ctx.addPage(new GeneratedSection(PageInfo.generated("", ctx.config().title(), null, null, true, "home")));
    }
  }

  private static String docsTitle(LoadContext ctx) {
    return ctx.config().language().equals("en") ? "Documentation" : "Dokumentasjon";
  }

  /** A parse result kept for other versions with the same file: the page and its diagnostics. */
  private record Parsed(DocPage page, java.util.List<handbook.diag.Diagnostic> diagnostics) {}

  /** Parses a file once per run: another version with the same path and text reuses the result. */
  private DocPage parse(SourceFile file, LoadContext ctx) {
    Object key = java.util.List.of("docs", file.path(), file.text(), ctx.config().language());
    Parsed cached = (Parsed) ctx.cache().get(key);
    if (cached == null) {
      handbook.diag.Diagnostics own = new handbook.diag.Diagnostics();
      cached = new Parsed(parseFresh(file, ctx, own), own.sorted());
      ctx.cache().putIfAbsent(key, cached);
    }
    cached.diagnostics().forEach(ctx.diagnostics()::add);
    DocPage page = cached.page();
    if (page != null) {
      ctx.addFact(Fact.simple("docs", page.info().url(), page.info().title(), page.info().url(), handbook.content.Hashes.of(file.text())));
    }
    return page;
  }

  private DocPage parseFresh(SourceFile file, LoadContext ctx, handbook.diag.Diagnostics diags) {
    FrontMatter split = FrontMatter.split(file.text());
    FrontMatterFields fm = FrontMatterFields.read(file, split, diags);
    if (fm.draft()) {
      return null;
    }
    MarkdownDoc md = ctx.markdown().parse(split.body(), file.displayPath(), split.bodyFirstLine());
    String title = fm.title();
    if (title == null || title.isBlank()) {
      title = md.firstH1();
    }
    if (title == null || title.isBlank()) {
      boolean broken = split.yaml() != null && fm.fields() == null;
      String name = file.path().substring(file.path().lastIndexOf('/') + 1).replaceFirst("\\.md$", "");
      title = name.equals("index") ? humanize(folderName(file.path())) : humanize(name);
      if (!broken) {
        diags
          .add(
              Diagnostic.warning(
                      "page.no-title",
                      Span.file(file.displayPath()),
                      "page has no `title` in its front matter and no `# heading`; using `" + title + "`")
                  .withHint("add `title:` to the front matter"));
      }
    }
    String src = file.path();
    boolean home = src.equals("index.md");
    boolean section = src.endsWith("/index.md") || home;
    String url = Urls.ofSource(src);
    String parent;
    if (home) {
      parent = null;
    } else if (section) {
      parent = parentOfFolder(Urls.sourceFolder(src));
    } else {
      parent = Urls.ofSource(Urls.sourceFolder(src) + "index.md");
    }
    PageInfo info =
        new PageInfo(
            url,
            title,
            fm.description(),
            src,
            parent,
            fm.weight(),
            true,
            home ? "home" : section ? "section" : "doc",
            fm.tags(),
            fm.extra(),
            fm.aliases());
    return new DocPage(info, md, ctx.markdown(), section, file.text());
  }

  private static String folderName(String path) {
    String folder = Urls.sourceFolder(path);
    String f = folder.isEmpty() ? "" : folder.substring(0, folder.length() - 1);
    return f.substring(f.lastIndexOf('/') + 1);
  }

  /** {@code docs/a/b/} → {@code docs/a/}; {@code docs/} → {@code ""}. */
  static String parentFolder(String folder) {
    String f = folder.substring(0, folder.length() - 1);
    int slash = f.lastIndexOf('/');
    return slash < 0 ? "" : f.substring(0, slash + 1);
  }

  /** The URL of a folder's parent section; the home page for {@code docs/}. */
  private static String parentOfFolder(String folder) {
    return parentFolder(folder);
  }

  /** {@code error-handling} → {@code Error handling}. */
  static String humanize(String name) {
    String s = name.replace('-', ' ').replace('_', ' ').strip();
    if (s.isEmpty()) {
      return name;
    }
    return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }
}
