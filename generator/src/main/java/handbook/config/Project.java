package handbook.config;

import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

/**
 * Whose project a content folder is, told by its files: another tool's where its config is there
 * (the first of MkDocs', Docusaurus', VitePress', Astro Starlight's, GitBook's, Hugo's and Jekyll's), a GitHub wiki where its
 * {@code Home.md} is at the root, else Handbook's own.
 *
 * @param tool the tool
 * @param config the tool's config file (a path in the content folder; a wiki's home page), or null
 *     for Handbook's own
 * @param alone an MkDocs, Docusaurus, VitePress, Starlight or GitBook project without Handbook's {@code site.yaml}: its docs
 *     folder alone is read, as those tools publish their docs, and root folders Handbook's other
 *     kinds read ({@code api/}, {@code runbooks/}, {@code course/}: often the project's code or
 *     notes) are not
 * @param pageFolders the folders of a Docusaurus project's pages other than its docs': its blog's
 *     posts ({@code blog/}, or its options' {@code path}) and the docs of its other docs plugins
 */
public record Project(Tool tool, String config, boolean alone, List<String> pageFolders) {
  public enum Tool {
    HANDBOOK,
    MKDOCS,
    DOCUSAURUS,
    HUGO,
    JEKYLL,
    WIKI,
    VITEPRESS,
    STARLIGHT,
    GITBOOK,
    MDBOOK,
    DOCSIFY,
    MINTLIFY
  }

  /** The project the files make, a Docusaurus project's pages also in {@code pageFolders} ({@link DocusaurusConfig#pageFolders}). */
  public static Project of(Collection<String> files, List<String> pageFolders) {
    return of(files, pageFolders, DOCS);
  }

  /**
   * The same; {@code movedFrom}: the folder the content shows as {@code docs/} ({@link #pages}; empty
   * for the whole tree, {@code docs/} where nothing is moved): a Starlight project's pages are
   * shown so where its Astro config's text says it is Starlight's, a GitBook project's where its
   * files say it is GitBook's.
   */
  public static Project of(Collection<String> files, List<String> pageFolders, String movedFrom) {
    return of(files, pageFolders, movedFrom, null);
  }

  /** The same; {@code docsify}: the path of a Docsify site's {@code index.html} whose text says it is Docsify's ({@link DocsifyConfig#uses}), or null. */
  public static Project of(Collection<String> files, List<String> pageFolders, String movedFrom, String docsify) {
    return of(files, pageFolders, movedFrom, docsify, null);
  }

  /**
   * The same; {@code mintlify}: the path of a Mintlify project's {@code docs.json} (or
   * {@code mint.json}) whose text says it is Mintlify's ({@link MintlifyConfig#uses}), or null.
   */
  public static Project of(Collection<String> files, List<String> pageFolders, String movedFrom, String docsify, String mintlify) {
    String mkdocs = first(MkDocsConfig.FILES, files);
    if (mkdocs != null) {
      return new Project(Tool.MKDOCS, mkdocs, !files.contains("site.yaml"), pageFolders);
    }
    String docusaurus = first(DocusaurusConfig.FILES, files);
    if (docusaurus != null) {
      return new Project(Tool.DOCUSAURUS, docusaurus, !files.contains("site.yaml"), pageFolders);
    }
    String vitepress = VitePressConfig.file(files);
    if (vitepress != null) {
      return new Project(Tool.VITEPRESS, vitepress, !files.contains("site.yaml"), pageFolders);
    }
    String astro = StarlightConfig.PAGES.equals(movedFrom) ? StarlightConfig.file(files) : null;
    if (astro != null) {
      return new Project(Tool.STARLIGHT, astro, !files.contains("site.yaml"), pageFolders);
    }
    String mdbook = MdBookConfig.file(files, movedFrom);
    if (mdbook != null) {
      return new Project(Tool.MDBOOK, mdbook, !files.contains("site.yaml"), pageFolders);
    }
    if (docsify != null && files.contains(docsify)) {
      return new Project(Tool.DOCSIFY, docsify, !files.contains("site.yaml"), pageFolders);
    }
    if (mintlify != null && files.contains(mintlify)) {
      return new Project(Tool.MINTLIFY, mintlify, !files.contains("site.yaml"), pageFolders);
    }
    String gitbook = GitBookConfig.file(files, movedFrom);
    if (gitbook != null) {
      return new Project(Tool.GITBOOK, gitbook, !files.contains("site.yaml"), pageFolders);
    }
    String hugo = HugoConfig.file(files);
    if (hugo != null) {
      return new Project(Tool.HUGO, hugo, false, pageFolders);
    }
    String jekyll = JekyllConfig.file(files);
    if (jekyll != null) {
      return new Project(Tool.JEKYLL, jekyll, false, pageFolders);
    }
    String wiki = GitHubWiki.file(files);
    if (wiki != null) {
      return new Project(Tool.WIKI, wiki, false, pageFolders);
    }
    return new Project(Tool.HANDBOOK, null, false, pageFolders);
  }

  /** Where the docs kind reads an MkDocs or Docusaurus project's pages. */
  public static final String DOCS = DocsFolder.DOCS;

  /**
   * Where a project's pages are read from, shown as {@code docs/}: {@code folder} of the tree (empty
   * for all of it), and a folder {@code kept} beside them at {@code docs/}'s {@code .vitepress/}, or
   * null; {@code also}: files of the tree shown at other paths too, by those paths (a Mintlify
   * project's API specs at {@code api/}, where the site's API reference reads them).
   */
  public record Pages(String folder, String kept, java.util.Map<String, String> also) {
    public Pages {
      also = java.util.Map.copyOf(also);
    }

    public Pages(String folder, String kept) {
      this(folder, kept, java.util.Map.of());
    }
  }

  /**
   * The folder of an MkDocs or Docusaurus project's pages, when its config names one other than
   * {@code docs/} that is followed (MkDocs' {@code docs_dir}, the Docusaurus docs' {@code path});
   * the whole tree for a VitePress project whose pages are at the root; its {@code srcDir} where it
   * names another folder, its {@code .vitepress/} kept; an Astro Starlight project's
   * {@code src/content/docs/}; else null. {@code text} gives a file's text,
   * or null when there is none; {@code env} the variables of an MkDocs config's {@code !ENV} values.
   */
  public static Pages pages(java.util.function.Function<String, String> text, java.util.Map<String, String> env) {
    for (String name : MkDocsConfig.FILES) {
      if (text.apply(name) != null) {
        String folder = MkDocsConfig.docsFolder(name, text, env);
        return folder == null ? null : new Pages(folder, null);
      }
    }
    for (String name : DocusaurusConfig.FILES) {
      String config = text.apply(name);
      if (config != null) {
        String folder = DocusaurusConfig.docsFolder(config);
        return folder == null ? null : new Pages(folder, null);
      }
    }
    // a VitePress project whose pages are at the root (its .vitepress/ there) or in its srcDir: read as in docs/
    // (and a VuePress project's, read as VitePress', also in the folder its package.json builds)
    String vuePressFolder = vuePressFolder(text.apply("package.json"));
    if (vuePressFolder != null && VitePressConfig.FILES.stream().noneMatch(f -> text.apply(f) != null) && handbook.source.DiskTree.VUEPRESS_CONFIGS.stream().anyMatch(n -> text.apply(vuePressFolder + ".vuepress/" + n) != null)) {
      return new Pages(vuePressFolder, null);
    }
    for (String name : VitePressConfig.ALL) {
      String config = text.apply(name);
      if (config != null) {
        String base = name.startsWith(VitePressConfig.DOCS) ? VitePressConfig.DOCS : "";
        String src = VitePressConfig.vuePress(name) ? null : VitePressConfig.srcFolder(config, base);
        return src != null ? new Pages(src, base + ".vitepress/") : base.isEmpty() ? new Pages("", null) : null;
      }
    }
    // an Astro Starlight project's pages, src/content/docs/
    for (String name : StarlightConfig.FILES) {
      String config = text.apply(name);
      if (config != null && StarlightConfig.uses(config)) {
        return new Pages(StarlightConfig.PAGES, null);
      }
    }
    // an mdBook project's, in the folder its book.toml names (src/)
    if (MdBookConfig.atRoot(text)) {
      String src = MdBookConfig.src(text.apply(MdBookConfig.FILE));
      return src == null || src.equals(DOCS) ? null : new Pages(src, null);
    }
    // a Docsify site's, the folder of its index.html: the root (its docs/ is read as it is)
    if (DocsifyConfig.uses(text.apply("index.html"))) {
      return new Pages("", null);
    }
    // a Mintlify project's, at its root (its API specs at api/ too)
    String mintlify = MintlifyConfig.file(text);
    if (mintlify != null) {
      return new Pages("", null, MintlifyConfig.specs(text.apply(mintlify)));
    }
    // a GitBook project's, at its root or in the folder its .gitbook.yaml names
    if (GitBookConfig.atRoot(text)) {
      String config = text.apply(GitBookConfig.FILE);
      String root = config == null ? "" : GitBookConfig.root(config);
      return root == null || root.equals(DOCS) ? null : new Pages(root, null);
    }
    return null;
  }

  /** The script that builds a VuePress site in a folder of the project's ({@code vuepress build src}). */
  private static final java.util.regex.Pattern VUEPRESS_BUILD = java.util.regex.Pattern.compile("(?:^|[\\s;&|/])vuepress(?:-vite|-webpack)?\\s+(?:build|dev)\\s+(?:\\./)?([\\w.-]+)/?(?=$|[\\s;&|])");

  /**
   * The folder a {@code package.json}'s scripts build with VuePress ({@code "build": "vuepress
   * build src"}: {@code src/}), where it is a folder of the root other than {@code docs/}; else null.
   */
  static String vuePressFolder(String packageJson) {
    if (packageJson == null || !packageJson.contains("vuepress") || !(JsLiteral.exported(packageJson, true) instanceof JsLiteral.Obj p) || !(p.get("scripts") instanceof JsLiteral.Obj scripts)) {
      return null;
    }
    for (JsLiteral.Value v : scripts.entries().values()) {
      java.util.regex.Matcher m = v instanceof JsLiteral.Str s ? VUEPRESS_BUILD.matcher(s.value()) : null;
      if (m != null && m.find() && !m.group(1).startsWith(".") && !m.group(1).equals("docs") && !m.group(1).equals("node_modules")) {
        return m.group(1) + "/";
      }
    }
    return null;
  }

  private static String first(List<String> names, Collection<String> files) {
    for (String name : names) {
      if (files.contains(name)) {
        return name;
      }
    }
    return null;
  }

  /** The config file when the project is the tool's, else null. */
  public String config(Tool of) {
    return tool == of ? config : null;
  }

  /**
   * Whether a file is read as text: {@code site.yaml} and a Hugo or Jekyll project's pages ({@link
   * #page}) there; in others the files of Handbook's kinds ({@code kinds}), in a project
   * {@link #alone} only those of the docs kind ({@code docs}).
   */
  public boolean text(String path, Predicate<String> kinds, Predicate<String> docs) {
    return switch (tool) {
      case HUGO, JEKYLL, WIKI -> path.equals("site.yaml") || page(path);
      case DOCUSAURUS -> page(path) || (path.equals("site.yaml") || kinds.test(path)) && (!alone || docs.test(path));
      // (a Mintlify project's API specs, shown at api/: the API reference's)
      default -> (path.equals("site.yaml") || kinds.test(path)) && (!alone || docs.test(path) || tool == Tool.MINTLIFY && path.startsWith("api/"));
    };
  }

  /**
   * Whether a Hugo or Jekyll project's file may be a page (the docs kind's): Markdown outside
   * Hugo's theme, template and output folders (its config's {@code contentDir} says which are;
   * by default {@code content/}), or outside Jekyll's own files (but its posts, and Markdown in a
   * folder that may be a collection: its config says which are published); a Docusaurus
   * project's post of its blog (the docs kind's too, where its config does not say
   * {@code blog: false}); a GitHub wiki's page, sidebar or footer.
   */
  public boolean page(String path) {
    return switch (tool) {
      case HUGO -> handbook.content.Urls.isMarkdown(path) && HugoConfig.THEIRS.stream().noneMatch(path::startsWith);
      case JEKYLL -> handbook.content.Urls.isMarkdown(path) && !JekyllConfig.ownFile(path) || JekyllConfig.post(path) || JekyllConfig.inCollectionFolder(path);
      case WIKI -> GitHubWiki.page(path) || GitHubWiki.part(path);
      // (its partials, named with a leading _, too: imported, not published)
      case DOCUSAURUS -> (path.endsWith(".md") || path.endsWith(".mdx")) && pageFolders.stream().anyMatch(path::startsWith);
      default -> false;
    };
  }
}
