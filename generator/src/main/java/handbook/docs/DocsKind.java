package handbook.docs;

import handbook.cache.Codec;
import handbook.cache.Codecs;
import handbook.cache.ValueCodecs;
import handbook.config.MkDocsConfig;
import handbook.content.ContentKind;
import handbook.content.Fact;
import handbook.content.LoadInput;
import handbook.content.Loaded;
import handbook.content.Mount;
import handbook.content.NoSettings;
import handbook.content.PageInfo;
import handbook.content.SiteSettings;
import handbook.content.Urls;
import handbook.diag.Diagnostic;
import handbook.diag.Diagnostics;
import handbook.diag.Span;
import handbook.markdown.LinkRef;
import handbook.markdown.RenderOptions;
import handbook.markdown.RenderedMarkdown;
import handbook.markdown.Snippets;
import handbook.source.FrontMatter;
import handbook.source.SourceFile;
import handbook.yaml.YamlFields;
import handbook.yaml.YamlNode;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Markdown pages under {@code content/docs/} (and the home page {@code content/index.md}).
 * Every folder is a section: its page is its {@code index.md}, else its {@code _index.md} (as in
 * Hugo), else its {@code README.md} (as on GitHub), else a generated list of its pages.
 */
public final class DocsKind implements ContentKind<NoSettings> {
  public static final String ROOT = "docs/";
  public static final String NAME = "docs";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean claims(String path) {
    return Urls.isMarkdown(path) && (path.startsWith(ROOT) || path.equals("index.md")) || Category.is(path) || MkDocsConfig.is(path);
  }

  @Override
  public NoSettings settings(YamlFields section, SiteSettings site, Diagnostics diags) {
    if (section != null) {
      section.rejectUnknownKeys(Set.of(), "`docs`");
    }
    return NoSettings.INSTANCE;
  }

  @Override
  public List<String> factGroups() {
    return List.of("docs");
  }

  @Override
  public Loaded load(LoadInput in, NoSettings settings) {
    // one string for every file's key: the memo compares keys' parts by identity first. A parse
    // reads the project's tool settings (its taxonomies, URL patterns, blog) and, for an untitled
    // home, the site's title: a config that changes them parses the pages again
    String env = ENVIRONMENT + "|" + in.markdown().environment() + "|" + handbook.content.Hashes.of(handbook.content.RecordText.of(in.site().mount()) + "\u0000" + in.site().title());
    // Docusaurus' _category_ files and awesome-pages' .pages: a folder's label, place and description
    Map<String, Category> categories = new java.util.HashMap<>();
    // the groups of a tool's menu that are no folders, and the pages it places elsewhere than in their folder
    MkDocsNav.Menu menu = new MkDocsNav.Menu();
    List<SourceFile> markdown = new ArrayList<>(in.sources().size());
    SourceFile mkdocs = null;
    // a GitHub wiki's sidebar: the menu's order (its footer is the site's, read with its settings)
    SourceFile sidebar = null;
    for (SourceFile f : in.sources()) {
      if (in.site().mount().wiki() && handbook.config.GitHubWiki.part(f.path())) {
        if (handbook.config.GitHubWiki.SIDEBARS.contains(f.path()) && sidebar == null) {
          sidebar = f;
        }
      } else if (MkDocsConfig.is(f.path())) {
        // the first of MkDocs' names there, as MkDocs reads it (sources come sorted: mkdocs.yaml before mkdocs.yml)
        SourceFile other = mkdocs;
        if (mkdocs == null || MkDocsConfig.FILES.indexOf(f.path()) < MkDocsConfig.FILES.indexOf(mkdocs.path())) {
          mkdocs = f;
        } else {
          other = f;
        }
        if (other != null) {
          in.diagnostics().add(Diagnostic.warning("config.mkdocs", Span.file(other.displayPath()), "`" + mkdocs.path() + "` is the project's config: this one is not read"));
        }
      } else if (Category.is(f.path())) {
        Category c = Category.read(f, in.diagnostics());
        if (c != null && categories.putIfAbsent(Urls.sourceFolder(f.path()), c) != null) {
          in.diagnostics().add(Diagnostic.warning("docs.category", Span.file(f.displayPath()), "the folder has another `_category_` or `.pages` file: this one is not read"));
        }
      } else {
        markdown.add(f);
      }
    }
    MkDocsSnippets snippets = MkDocsSnippets.NONE;
    // the sources that are no pages, and why (each named where a link names it)
    Map<String, String> leftOut = new java.util.TreeMap<>();
    // (an mdBook project's first chapter)
    String firstChapter = null;
    // the site's settings report the config's YAML errors: nothing of it is read then
    YamlNode.Mapping project = mkdocs == null ? null : MkDocsConfig.settings(mkdocs, in.environment(), in::read);
    // (the pages its exclude-search plugin leaves out of the search)
    java.util.function.Predicate<String> unsearched = path -> false;
    if (project != null) {
      // the pages MkDocs leaves out (exclude_docs, draft_docs) are not there
      unsearched = MkDocsConfig.searchExcluded(project);
      handbook.config.MkDocsExclude excluded = handbook.config.MkDocsExclude.of(project);
      markdown.stream().filter(f -> excluded.excludes(f.path())).forEach(f -> leftOut.put(f.path(), "the config's `exclude_docs` or `draft_docs` leaves it out, as MkDocs does"));
      markdown.removeIf(f -> leftOut.containsKey(f.path()));
      navOfMkDocs(project, mkdocs.displayPath(), markdown, categories, menu, in.language() == null ? Map.of() : MkDocsConfig.navTranslations(project, in.language().code()), in.diagnostics());
      snippets = MkDocsSnippets.read(project, mkdocs.displayPath(), in.files(), in.diagnostics());
      // the tags plugin's tags_file: its listing at its marker, or at its end as Material puts it
      String tagsFile = MkDocsConfig.tagsFile(project);
      markdown.replaceAll(f -> f.path().equals(tagsFile) && !f.text().contains("material/tags") ? new SourceFile(f.path(), f.displayPath(), f.text() + (f.text().endsWith("\n") ? "" : "\n") + "\n<!-- material/tags -->\n") : f);
    }
    if (in.site().mount().vitePress()) {
      // the pages the config's srcExclude leaves out are not there
      String config = handbook.config.VitePressConfig.file(in.files());
      SourceFile f = config == null ? null : in.read(config);
      if (f != null) {
        // (VuePress has no srcExclude)
        java.util.function.Predicate<String> excluded = in.site().mount().vuePress() ? p -> false : handbook.config.VitePressConfig.srcExclude(f.text());
        // (by the path of the page's file: not where the config's rewrites publish it)
        String base = in.origin(ROOT + "x");
        String pages = base.substring(0, base.length() - 1);
        markdown.stream().filter(p -> p.path().startsWith(ROOT) && excluded.test(sourcePath(in.origin(p.path()), pages, p.path().substring(ROOT.length()))))
            .forEach(p -> leftOut.put(p.path(), "the config's `srcExclude` leaves it out, as VitePress does"));
        markdown.removeIf(p -> leftOut.containsKey(p.path()));
        navOfVitePress(f, in, markdown, categories, menu);
      }
    }
    // (GitBook's reusable content, which its pages include, is no page)
    markdown.removeIf(p -> handbook.source.DiskTree.gitBookIncludes(in.origin(p.path())));
    if (in.site().mount().gitBook()) {
      // GitBook's table of contents: the menu, no page
      String yaml = java.util.stream.Stream.of(handbook.config.GitBookConfig.FILE, ROOT + handbook.config.GitBookConfig.FILE).filter(in.files()::contains).findFirst().orElse(null);
      SourceFile config = yaml == null ? null : in.read(yaml);
      // (what the config cannot take is named where the site's settings are read)
      String summary = ROOT + handbook.config.GitBookConfig.read(config == null ? null : config.text(), yaml, new Diagnostics()).summary();
      SourceFile f = markdown.stream().filter(p -> p.path().equals(summary)).findFirst().orElse(null);
      markdown.removeIf(p -> p.path().equals(summary));
      if (f != null) {
        navOfSummary(f, in, markdown, categories, menu, MkDocsNav.GITBOOK, "GitBook", false);
      }
    }
    if (in.site().mount().docsify()) {
      // Docsify's pages: its files named with a leading _ (its sidebar, navbar, cover, _media/) are none
      String html = java.util.stream.Stream.of(ROOT + "index.html").filter(in.files()::contains).findFirst().orElse(null);
      SourceFile config = html == null ? null : in.read(html);
      // (what the config cannot take is named where the site's settings are read)
      handbook.config.DocsifyConfig docsify = config == null ? null : handbook.config.DocsifyConfig.read(config.text(), html, html, in.files(), new Diagnostics());
      String sidebarFile = docsify == null ? null : docsify.sidebar();
      // (its navbar: the header's links, read with the site's settings)
      String navbarFile = docsify == null || docsify.navbar() == null ? null : ROOT + docsify.navbar();
      SourceFile f = sidebarFile == null ? null : markdown.stream().filter(p -> p.path().equals(ROOT + sidebarFile)).findFirst().orElse(null);
      List<SourceFile> others = f == null ? List.of() : markdown.stream().filter(p -> p.path().startsWith(ROOT) && p != f && p.path().substring(p.path().lastIndexOf('/') + 1).equals(sidebarFile)).toList();
      if (!others.isEmpty()) {
        in.diagnostics().add(
            Diagnostic.warning(handbook.config.DocsifyConfig.CODE, Span.file(others.get(0).displayPath()), "a folder's own sidebar is not read: the menu is the one of the pages' folder" + (others.size() > 1 ? " (and " + (others.size() - 1) + " more)" : ""))
                .withHint("list the folder's pages in the sidebar of the pages' folder"));
      }
      markdown.removeIf(p -> p.path().startsWith(ROOT) && (p.path().substring(ROOT.length()).startsWith("_") || p.path().contains("/_")) || p == f || others.contains(p) || p.path().equals(navbarFile));
      if (f != null) {
        navOfList(MkDocsNav.docsify(f, ROOT), in, markdown, categories, menu, MkDocsNav.DOCSIFY, "its links are read from the pages' folder, as Docsify reads them");
      }
    }
    if (in.site().mount().mdBook()) {
      // mdBook's table of contents: the menu, no page; the pages it does not list are not published
      String summary = ROOT + handbook.config.MdBookConfig.SUMMARY;
      SourceFile f = markdown.stream().filter(p -> p.path().equals(summary)).findFirst().orElse(null);
      markdown.removeIf(p -> p.path().equals(summary));
      if (f != null) {
        Set<String> listed = new java.util.LinkedHashSet<>();
        // (its chapters' numbers in the menu, unless its config says no-section-label; what the config cannot take is named where the site's settings are read)
        String toml = java.util.stream.Stream.of(handbook.config.MdBookConfig.FILE, ROOT + handbook.config.MdBookConfig.FILE).filter(in.files()::contains).findFirst().orElse(null);
        SourceFile config = toml == null ? null : in.read(toml);
        boolean numbered = config == null || handbook.config.MdBookConfig.read(config.text(), toml, new Diagnostics()).sectionLabels();
        navOfSummary(f, in, markdown, categories, menu, MkDocsNav.MDBOOK, "mdBook", numbered).forEach(r -> listed.add(r.path()));
        firstChapter = listed.stream().filter(p -> !p.endsWith("/")).findFirst().orElse(null);
        markdown.stream().filter(p -> p.path().startsWith(ROOT) && !listed.contains(p.path())).forEach(p -> leftOut.put(p.path(), "`SUMMARY.md` does not list it, and mdBook publishes the chapters it lists alone"));
        if (leftOut.containsKey(ROOT + "404.md")) {
          in.diagnostics().add(Diagnostic.warning(handbook.config.MdBookConfig.CODE, Span.file(in.read(ROOT + "404.md").displayPath()), "mdBook's page for addresses not found (`404.md`) is not used: the site's own is"));
        }
        markdown.removeIf(p -> leftOut.containsKey(p.path()));
      }
    }
    if (in.site().mount().starlight()) {
      // (Starlight's collection leaves out files named with a leading _: partials, imported)
      markdown.removeIf(f -> f.path().startsWith(ROOT) && f.path().substring(f.path().lastIndexOf('/') + 1).startsWith("_"));
      String config = handbook.config.StarlightConfig.file(in.files());
      SourceFile f = config == null ? null : in.read(config);
      if (f != null) {
        navOfStarlight(f, in, markdown, categories, menu);
      }
    }
    // (a Mintlify project's API specs shown as the site's API reference, by where: its pages of an operation show it)
    Map<String, String> apis = new java.util.TreeMap<>();
    if (in.site().mount().mintlify()) {
      // Mintlify's pages: not its reusable content (snippets/), the files it leaves out by itself, nor those its .mintignore names
      markdown.stream().filter(p -> p.path().startsWith(ROOT) && handbook.config.MintlifyConfig.ignored(p.path().substring(ROOT.length())))
          .forEach(p -> leftOut.put(p.path(), p.path().startsWith(ROOT + handbook.config.MintlifyConfig.SNIPPETS) ? "Mintlify's snippets are imported by pages, not published" : "Mintlify leaves it out"));
      SourceFile ignore = in.files().contains(ROOT + handbook.config.MintlifyConfig.IGNORE) ? in.read(ROOT + handbook.config.MintlifyConfig.IGNORE) : null;
      if (ignore != null) {
        handbook.config.MkDocsExclude excluded = handbook.config.MkDocsExclude.ofText(ignore.text());
        markdown.stream().filter(p -> excluded.excludes(p.path())).forEach(p -> leftOut.putIfAbsent(p.path(), "`.mintignore` leaves it out, as Mintlify does"));
      }
      markdown.removeIf(p -> leftOut.containsKey(p.path()));
      String config = handbook.config.MintlifyConfig.FILES.stream().map(n -> ROOT + n).filter(in.files()::contains).findFirst().orElse(null);
      SourceFile f = config == null ? null : in.read(config);
      if (f != null) {
        Set<String> there = new java.util.HashSet<>();
        markdown.forEach(p -> there.add(p.path()));
        handbook.config.JsLiteral.Obj root = handbook.config.MintlifyConfig.root(f.text());
        apis.putAll(handbook.config.MintlifyConfig.specs(root));
        apis.keySet().removeIf(a -> !in.files().contains(a));
        List<MkDocsNav.Ref> refs = navOfList(MintlifyNav.read(f, root, there, apis, in.diagnostics()), in, markdown, categories, menu, MintlifyNav.WORDS, "a page is named by its path without extension: `essentials/settings` for `essentials/settings.mdx`");
        // (its home where there is no index.mdx: the first page of its navigation, as Mintlify goes there)
        firstChapter = refs.stream().map(MkDocsNav.Ref::path).filter(there::contains).findFirst().orElse(null);
        // the pages out of its navigation are not searched, unless its seo.indexing says all (as Mintlify has it)
        Set<String> listed = new java.util.HashSet<>();
        refs.forEach(r -> listed.add(r.path()));
        if (!listed.isEmpty() && !handbook.config.MintlifyConfig.indexesHidden(root)) {
          String home = firstChapter;
          unsearched = path -> !listed.contains(path) && !path.equals(home) && !path.equals(ROOT + "index.mdx") && !path.equals(ROOT + "index.md");
        }
      }
    }
    if (mkdocs == null && in.site().mount().unnumbered()) {
      // Docusaurus' partials: a file or folder whose name starts with _ is no page (it is imported)
      markdown.removeIf(f -> f.path().startsWith(ROOT) && f.path().substring(ROOT.length()).matches("(?:.*/)?_[^/]*(?:/.*)?"));
      // and the blog's (its posts are the others)
      Mount.Blog blog = in.site().mount().blog();
      markdown.removeIf(f -> blog != null && f.path().startsWith(blog.folder()) && !blog.post(f.path()));
    }
    if (in.site().mount().unnumbered() && in.site().mount().blog() == null) {
      // a Docusaurus project whose config says blog: false: its posts are not read
      markdown.removeIf(f -> f.path().startsWith(handbook.config.DocusaurusConfig.BLOG));
    }
    MkDocsSnippets includes = snippets;
    // an MkDocs project publishes its docs folder as the site: not a page beside it
    Mount mount = in.site().mount();
    // the folder of the pages: docs/, a Hugo project's content folder, or a Jekyll project's root
    String root = mount.docs();
    if (mount.docsAtRoot() && !root.isEmpty()) {
      markdown.removeIf(f -> f.path().equals("index.md"));
    }
    if (mount.hugo()) {
      // a Hugo project's pages are those of its content folder (the default language's)
      // (those of content/ named: another language's, say; the project's README and notes are not its pages)
      // (a site in several languages: another language's folder of pages is built in that language)
      handbook.config.SiteLocale building = in.language();
      List<String> others = in.languages().stream().filter(l -> !l.equals(building) && !l.source().isEmpty() && !root.startsWith(l.source())).map(handbook.config.SiteLocale::source).toList();
      markdown.removeIf(f -> others.stream().anyMatch(f.path()::startsWith));
      List<SourceFile> outside = markdown.stream().filter(f -> !f.path().startsWith(root) && f.path().startsWith("content/")).toList();
      markdown.removeIf(f -> !f.path().startsWith(root) && !f.path().startsWith("content/"));
      if (!outside.isEmpty()) {
        in.diagnostics().add(
            Diagnostic.warning("config.hugo", Span.file(outside.get(0).displayPath()),
                "the pages outside `" + root + "`, the config's folder of pages (`contentDir`, `module.mounts`), are not published (" + outside.size() + (outside.size() == 1 ? " page)" : " pages)")));
        markdown.removeIf(f -> !f.path().startsWith(root));
      }
      // pages translated by their file names (about.nb.md): those of the language built are the site's
      List<SourceFile> translated = markdown.stream().filter(f -> mount.languageOf(f.path()) != null && !mount.languageOf(f.path()).equals(mount.languages().get(0))).toList();
      if (building != null) {
        // each in its language's site; one whose name says no language is the default language's, where this one's pages are beside it
        markdown.removeAll(translated);
        if (!building.isDefault() && building.source().isEmpty()) {
          markdown.removeIf(f -> mount.languageOf(f.path()) == null);
        }
      } else if (!translated.isEmpty()) {
        in.diagnostics().add(
            Diagnostic.warning("config.hugo", Span.file(translated.get(0).displayPath()),
                "a page translated into another language by its file name is not published: the site is built in `" + mount.languages().get(0) + "`" + (translated.size() == 1 ? "" : " (" + translated.size() + " pages)")));
        markdown.removeAll(translated);
      }
    }
    // a Docusaurus project follows its pages' slug and id (their parse says nothing of them then)
    String pageEnv = env + snippets.key() + (mount.unnumbered() ? "|docusaurus" + (mount.docsAtRoot() ? "-root" : "") : mount.tool() == Mount.Tool.NONE ? "" : "|" + mount.tool());
    // what a Jekyll project's defaults or a Hugo project's cascades give each page (a part of its parse's key)
    HugoCascade cascade = mount.hugo() ? HugoCascade.of(markdown, mount, handbook.config.HugoConfig.environment(in.environment())) : null;
    boolean cascaded = cascade != null && !cascade.isEmpty();
    boolean defaulted = mount.jekyll() && !mount.defaults().isEmpty();
    java.util.function.Function<String, YamlNode.Mapping> inherited = cascaded ? cascade::of : defaulted ? path -> JekyllDefaults.of(path, mount) : path -> null;
    boolean api = !apis.isEmpty();
    String readEnv = api ? pageEnv + "|api" : pageEnv;
    List<Read> read = handbook.content.Parallel.map(markdown, f -> parse(f, in, readEnv, includes, inherited.apply(f.path()), api));
    List<Parsed> parsed = new ArrayList<>(read.size());
    List<String> published = new ArrayList<>(read.size());
    // (a Hugo or Jekyll page out of its dates is left out as a draft is: by the build's time, not in its parse)
    for (Read r : read) {
      parsed.add(r.parsed());
      String why = r.parsed().draft() ? "it is a draft, as its front matter " + (cascaded ? "or a `cascade` says" : defaulted ? "or the config's `defaults` say" : "says") : PublishingDates.leftOut(r.parsed().path(), r.parsed().extra(), mount, in.buildTime());
      if (why != null) {
        leftOut.put(r.parsed().path(), why);
      } else {
        published.add(r.parsed().path());
      }
    }
    // a Docusaurus project's doc ids: its sidebars and category files name docs by them
    Map<String, String> ids = Map.of();
    // (and a page's pager names docs by them, in any project)
    if (mount.unnumbered() || pagerById(parsed)) {
      Map<String, String> frontMatterIds = new java.util.HashMap<>();
      parsed.forEach(p -> {
        if (p.extra().get("id") instanceof String id && !id.isBlank()) {
          frontMatterIds.put(p.path(), id);
        }
      });
      ids = DocusaurusSidebars.ids(parsed.stream().map(Parsed::path).toList(), frontMatterIds);
      if (mkdocs == null && mount.unnumbered()) {
        navOfDocusaurus(in, ids, categories, menu);
      }
    }
    Map<String, String> linked = mount.unnumbered() ? categoryDocs(categories, ids, in.diagnostics()) : Map.of();
    Mount.Blog blog = mount.blog();
    if (blog != null) {
      // a post in a folder of its own (with its images) is a post, not the folder's page
      published.removeIf(blog::post);
    }
    // (a wiki's pages are each at its name: none is its folder's)
    Set<String> folderPages =
        homeChapter(mount.wiki() ? Set.of() : mount.unnumbered() ? folderPages(published, linked) : mount.jekyll() ? jekyllFolderPages(published) : mount.hugo() ? hugoFolderPages(published, mount) : folderPages(published), firstChapter, published);
    Map<String, Integer> sidebarPlaces = new java.util.HashMap<>();
    Map<String, String> sidebarLabels = new java.util.HashMap<>();
    if (sidebar != null) {
      wikiSidebar(sidebar, published, sidebarPlaces, sidebarLabels, in.diagnostics());
    }
    // a Jekyll project's pages, placed by just-the-docs' parent once all are known
    List<DocPage> jekyll = new ArrayList<>();
    new java.util.TreeMap<>(linked).forEach((folder, doc) -> {
      if (!folderPages.contains(doc) && published.contains(doc)) {
        in.diagnostics().add(
            Diagnostic.warning("docs.category", categories.get(folder).docAt(), "the folder's index is its page (at the folder's URL): the category's doc `" + categories.get(folder).doc() + "` is one of its pages")
                .withHint("leave the link out of the `_category_` file, or the index out of the folder"));
      }
    });
    Loaded.Builder out = Loaded.builder();
    leftOut.forEach(out::unpublished);
    List<DocPage> posts = new ArrayList<>();
    Map<String, BlogPosts.Author> authors = authors(in, blog);
    Set<String> folders = new TreeSet<>();
    Set<String> withIndex = new TreeSet<>();
    // the pages' addresses by their paths, and the pages a tool's nav puts under another page (placed once that page's address is known)
    Map<String, String> urlOf = new java.util.HashMap<>();
    List<Map.Entry<DocPage, String>> underPages = new ArrayList<>();
    // each page placed by a method of its own: compiled after a few pages, where the loop in this
    // long method ran in the interpreter until its on-stack compilation, near the loop's end
    Placer placer =
        new Placer(in, mount, parsed, markdown, folderPages, leftOut, ids, unsearched, categories, menu, sidebarPlaces, sidebarLabels, blog, env, authors, out, posts, jekyll, underPages, urlOf, folders, withIndex);
    // each page made first on all cores (what placing it adds to the site is done in order, below)
    handbook.content.Parallel.forEach(parsed, p -> {
      if (!leftOut.containsKey(p.path())) {
        p.kept(in, folderPages.contains(p.path()), mount);
      }
    });
    for (int i = 0; i < parsed.size(); i++) {
      placer.place(i);
    }
    DocPage blogHome = placer.blogHome;
    boolean hasHome = placer.hasHome;
    // (the docs' folder is a section where it has pages, not where a blog's posts are all there is)
    if (in.sources().stream().anyMatch(f -> blog == null || !blog.post(f.path())) || !folders.isEmpty()) {
      folders.add(root);
    }
    if (mount.jekyll()) {
      Map<String, SourceFile> shown = new java.util.HashMap<>();
      markdown.forEach(f -> shown.put(f.path(), f));
      JekyllPages.placed(jekyll, shown, in.diagnostics()).forEach(out::page);
    }
    // (a blog at the site's root with no page there: its page is the home)
    boolean blogIsHome = blogHome == null && !posts.isEmpty() && mount.pageUrl(blog.home()).isEmpty();
    hasHome |= blogIsHome;
    for (String folder : folders) {
      if ((mount.jekyll() || mount.wiki()) && !folder.equals(root)) {
        // a Jekyll project's menu is its pages' parents, not its folders; a wiki's is flat
        continue;
      }
      if (!withIndex.contains(folder) && mount.docsAtRoot() && folder.equals(root)) {
        // the docs folder is the site: its generated page is the home, where no page is (Docusaurus' slug: /)
        if (!hasHome) {
          out.page(new GeneratedSection(PageInfo.generated("", in.site().title(), null, null, true, "home")));
          hasHome = true;
        }
      } else if (!withIndex.contains(folder) && !(blog != null && folder.equals(blog.home()) && !posts.isEmpty())) {
        String name = folder.substring(0, folder.length() - 1);
        name = name.substring(name.lastIndexOf('/') + 1);
        String title = folder.equals(root) ? in.strings().getOrDefault("docs.title", "Documentation") : humanize(mount.name(name));
        // named, described and placed by its own _category_ or .pages, else by the .pages around it
        Category own = categories.get(folder);
        Category around = folder.equals(root) ? null : categories.get(parentFolder(folder));
        // (placed by a tool's nav elsewhere than in its folder: there)
        MkDocsNav.Move move = menu.moves.get(folder);
        String navTitle = move != null ? move.title() : around == null ? null : around.titles().get(name);
        String label = own != null && own.label() != null ? own.label() : navTitle != null ? navTitle : title;
        Integer place = move != null ? Integer.valueOf(move.place()) : own != null && own.position() != null ? own.position() : around == null ? null : around.place(name);
        if (place == null && mount.unnumbered()) {
          place = Urls.numberPrefix(name); // Docusaurus places a folder by its number prefix
        }
        String description = own == null ? "" : own.description();
        boolean inMenu = move != null || !leftOut(folder, categories, menu);
        String parent = move != null ? menuUrl(move.in(), mount, urlOf) : mount.pageUrl(parentFolder(folder));
        out.page(new GeneratedSection(new PageInfo(mount.pageUrl(folder), label, description, null, parent, place, inMenu, "section", List.of(), Map.of(), List.of(), null, true), folder));
      }
    }
    if (!hasHome) {
      out.page(new GeneratedSection(PageInfo.generated("", in.site().title(), null, null, true, "home")));
    }
    underPages.forEach(u -> out.page(u.getKey().withInfo(u.getKey().info().withParentUrl(menuUrl(u.getValue(), mount, urlOf)))));
    // a tool's groups of pages that are no folders, and its links elsewhere: entries of the menu, no pages
    menu.groups.forEach(g -> {
      PageInfo entry = PageInfo.generated(g.id(), g.title(), menuUrl(g.in(), mount, urlOf), g.place(), true, g.href() == null ? "group" : "link");
      out.menuGroup(g.href() == null ? entry : entry.withExtra("href", g.href()).withExtra("at", g.at()));
    });
    if (blogHome != null || !posts.isEmpty()) {
      blogPages(blog, blogHome, listed(posts), blogIsHome, mount, in).forEach(out::page);
    }
    if (!posts.isEmpty()) {
      feeds(blog, posts, blogHome != null ? blogHome.info().title() : blogIsHome ? in.site().title() : blogTitle(blog, in), mount, in).forEach(out::file);
    }
    // files outside docs/ that pages include are parts of them, as for MkDocs (outside its docs folder)
    for (Read r : read) {
      for (String f : r.included()) {
        if (!f.startsWith(root)) {
          out.part(f);
        }
      }
    }
    return out.build();
  }

  /**
   * A GitHub wiki's sidebar, as the places in the menu of the pages it links (by their names in
   * lower case) and the texts it names them by; a link to no page, and the text it shows that is
   * no link, named.
   */
  private static void wikiSidebar(SourceFile sidebar, List<String> published, Map<String, Integer> places, Map<String, String> labels, Diagnostics diags) {
    handbook.config.GitHubWiki.Sidebar read = handbook.config.GitHubWiki.sidebar(sidebar.text());
    Set<String> names = new java.util.HashSet<>();
    for (String p : published) {
      names.add(handbook.config.GitHubWiki.pageName(p).toLowerCase(java.util.Locale.ROOT));
    }
    handbook.source.LineMap lines = null;
    for (handbook.config.GitHubWiki.Entry e : read.entries()) {
      String name = e.page().toLowerCase(java.util.Locale.ROOT);
      if (!names.contains(name)) {
        if (lines == null) {
          lines = new handbook.source.LineMap(sidebar.text());
        }
        diags.add(Diagnostic.warning("config.wiki", Span.at(sidebar.displayPath(), lines.line(e.offset()), lines.column(e.offset())), "the sidebar links `" + e.page() + "`, no page of the wiki: it is not in the menu"));
      } else if (!places.containsKey(name)) {
        places.put(name, places.size() + 1);
        if (e.label() != null) {
          labels.put(name, e.label());
        }
      }
    }
    if (!read.text().isEmpty()) {
      diags.add(
          Diagnostic.warning("config.wiki", Span.file(sidebar.displayPath()), "the sidebar's text other than its links (`" + read.text().get(0) + "`" + (read.text().size() == 1 ? "" : " and " + (read.text().size() - 1) + " more") + ") is not shown: the menu lists the pages it links in its order, then the others")
              .withHint("the menu is flat, as the wiki's pages are: a heading of the sidebar has no place in it"));
    }
  }

  /** A page's path in the pages' folder as its file's ({@code origin}, in the folder {@code pages}) says, else {@code shown}. */
  private static String sourcePath(String origin, String pages, String shown) {
    return origin.startsWith(pages) ? origin.substring(pages.length()) : shown;
  }

  /** The blog's authors, by their keys in its {@link #authorsFile}; none without a blog or the file. */
  private static Map<String, BlogPosts.Author> authors(LoadInput in, Mount.Blog blog) {
    String path = blog == null ? null : authorsFile(in.site().mount(), blog);
    return path != null && in.exists(path) ? BlogPosts.known(in.read(path), in.diagnostics()) : Map.of();
  }

  /** The file of a blog's authors: MkDocs Material's {@code .authors.yml} in the blog's folder, else Docusaurus' {@code authors.yml}. */
  private static String authorsFile(Mount mount, Mount.Blog blog) {
    return blog.home() + (mount.tool() == Mount.Tool.MKDOCS ? ".authors.yml" : "authors.yml");
  }

  /**
   * The blog's pages: its page at its folder's URL (its own page, {@code home}, where it has one),
   * listing the first {@link Mount.Blog#perPage} posts, and its pages of the older ones at
   * {@link Mount.Blog#pagePath} (out of the menu), each linking its newer and older ones.
   *
   * @param posts the posts as listed, newest first
   */
  private static List<handbook.content.Page> blogPages(Mount.Blog blog, DocPage home, List<DocPage> posts, boolean atRoot, Mount mount, LoadInput in) {
    String url = home != null ? home.info().url() : mount.pageUrl(blog.home());
    // (at the site's root, a Jekyll project's without a home page: the home, named by the site)
    String title = home != null ? home.info().title() : atRoot ? in.site().title() : blogTitle(blog, in);
    int perPage = blog.perPage() > 0 ? blog.perPage() : Math.max(1, posts.size());
    int count = Math.max(1, (posts.size() + perPage - 1) / perPage);
    List<handbook.content.Page> out = new ArrayList<>();
    for (int n = 1; n <= count; n++) {
      String at = pageOf(url, blog, n);
      BlogPosts.Paging paging = count == 1 ? null : new BlogPosts.Paging(n > 1 ? Urls.href(at, pageOf(url, blog, n - 1)) : null, n < count ? Urls.href(at, pageOf(url, blog, n + 1)) : null);
      List<BlogPosts.Entry> entries = posts.subList((n - 1) * perPage, Math.min(posts.size(), n * perPage)).stream().map(p -> new BlogPosts.Entry(p.info().title(), Urls.href(at, p.info().url()), p.byline(), p.info().description())).toList();
      if (n == 1 && home != null) {
        out.add(home.withPosts(entries, paging));
      } else if (n == 1) {
        String parent = url.isEmpty() ? null : mount.pageUrl(parentFolder(blog.home()));
        out.add(new BlogPosts.Page(new PageInfo(url, title, "", null, parent, null, true, url.isEmpty() ? "home" : "section", List.of(), Map.of(), List.of(), null, true), entries, paging));
      } else {
        String numbered = title + " – " + in.strings().getOrDefault("blog.page", "page {0}").replace("{0}", String.valueOf(n));
        out.add(new BlogPosts.Page(new PageInfo(at, numbered, "", null, url, null, false, "section", List.of(), Map.of(), List.of(), null, true), entries, paging));
      }
    }
    return out;
  }

  /** The URL of the blog's page {@code n} (1: its own at {@code url}). */
  private static String pageOf(String url, Mount.Blog blog, int n) {
    return n == 1 ? url : url + blog.pagePath().replace("{page}", String.valueOf(n));
  }

  /** The title of a blog's generated page: its own, else the site's words for a blog. */
  private static String blogTitle(Mount.Blog blog, LoadInput in) {
    return blog.title() != null ? blog.title() : in.strings().getOrDefault("blog.title", "Blog");
  }

  /** The posts a blog lists: newest first (by their place), those unlisted left out. */
  private static List<DocPage> listed(List<DocPage> posts) {
    List<DocPage> ordered = new ArrayList<>(posts);
    ordered.removeIf(p -> unlisted(p.info().extra()));
    ordered.sort(java.util.Comparator.comparing((DocPage p) -> p.info().weight() == null ? Integer.MAX_VALUE : p.info().weight()).thenComparing(p -> p.info().url()));
    return ordered;
  }


  /**
   * The blog's feeds beside its page ({@link BlogFeeds}), where the site has an absolute address;
   * a Docusaurus project without one, whose blog has feeds, is told.
   */
  private static Map<String, byte[]> feeds(Mount.Blog blog, List<DocPage> posts, String title, Mount mount, LoadInput in) {
    String base = in.site().baseUrl();
    if (blog.atom() == null && blog.rss() == null) {
      return Map.of();
    }
    if (base.isEmpty()) {
      if (mount.tool() != Mount.Tool.MKDOCS) {
        String names = java.util.stream.Stream.of(blog.atom(), blog.rss()).filter(java.util.Objects::nonNull).map(n -> "`" + n + "`").collect(java.util.stream.Collectors.joining(", "));
        in.diagnostics().add(
            Diagnostic.warning(mount.jekyll() ? "config.jekyll" : "config.docusaurus", Span.file(in.contentName() + "/" + (mount.jekyll() ? blog.folder() : blog.home())),
                "the blog's " + (names.contains(",") ? "feeds (" + names + ") are" : "feed (" + names + ") is") + " not written: the config gives the site no `url`"));
      }
      return Map.of();
    }
    List<BlogFeeds.Item> items = new ArrayList<>();
    for (DocPage p : listed(posts)) {
      BlogPosts.Byline b = p.byline();
      items.add(new BlogFeeds.Item(p.info().title(), p.info().url(), b == null || b.day() == null ? null : java.time.LocalDate.parse(b.day()), p.info().description(), b == null ? List.of() : b.authors()));
    }
    return BlogFeeds.of(items, title, in.site().description(), mount.pageUrl(blog.home()), base.endsWith("/") ? base : base + "/", blog.atom(), blog.rss());
  }

  /** Whether a page's pager names a doc by its id (a Docusaurus doc id). */
  private static boolean pagerById(List<Parsed> parsed) {
    for (Parsed p : parsed) {
      for (PagerRefs.Ref r : p.pager()) {
        if (r.byId()) {
          return true;
        }
      }
    }
    return false;
  }

  /** The per-page step of {@link #load}: places each parsed page, into what the load gathers. */
  private static final class Placer {
    private final LoadInput in;
    private final Mount mount;
    private final List<Parsed> parsed;
    private final List<SourceFile> markdown;
    private final Set<String> folderPages;
    private final Map<String, String> leftOut;
    private final Map<String, String> ids;
    private final java.util.function.Predicate<String> unsearched;
    private final Map<String, Category> categories;
    private final MkDocsNav.Menu menu;
    private final Map<String, Integer> sidebarPlaces;
    private final Map<String, String> sidebarLabels;
    private final Mount.Blog blog;
    private final String env;
    private final Map<String, BlogPosts.Author> authors;
    private final Loaded.Builder out;
    private final List<DocPage> posts;
    private final List<DocPage> jekyll;
    private final List<Map.Entry<DocPage, String>> underPages;
    private final Map<String, String> urlOf;
    private final Set<String> folders;
    private final Set<String> withIndex;
    /** The blog's page, once placed. */
    DocPage blogHome;
    /** Whether a page is at the site's root. */
    boolean hasHome;

    Placer(
        LoadInput in,
        Mount mount,
        List<Parsed> parsed,
        List<SourceFile> markdown,
        Set<String> folderPages,
        Map<String, String> leftOut,
        Map<String, String> ids,
        java.util.function.Predicate<String> unsearched,
        Map<String, Category> categories,
        MkDocsNav.Menu menu,
        Map<String, Integer> sidebarPlaces,
        Map<String, String> sidebarLabels,
        Mount.Blog blog,
        String env,
        Map<String, BlogPosts.Author> authors,
        Loaded.Builder out,
        List<DocPage> posts,
        List<DocPage> jekyll,
        List<Map.Entry<DocPage, String>> underPages,
        Map<String, String> urlOf,
        Set<String> folders,
        Set<String> withIndex) {
      this.in = in;
      this.mount = mount;
      this.parsed = parsed;
      this.markdown = markdown;
      this.folderPages = folderPages;
      this.leftOut = leftOut;
      this.ids = ids;
      this.unsearched = unsearched;
      this.categories = categories;
      this.menu = menu;
      this.sidebarPlaces = sidebarPlaces;
      this.sidebarLabels = sidebarLabels;
      this.blog = blog;
      this.env = env;
      this.authors = authors;
      this.out = out;
      this.posts = posts;
      this.jekyll = jekyll;
      this.underPages = underPages;
      this.urlOf = urlOf;
      this.folders = folders;
      this.withIndex = withIndex;
    }

    /** Places the page parsed {@code i}th. */
    void place(int i) {
      Parsed p = parsed.get(i);
      if (!p.diagnostics().isEmpty()) {
        p.diagnostics().forEach(in.diagnostics()::add);
      }
      // the same parse result in the same place makes the same page: kept with it, so later phases can reuse what they made of it
      boolean folderPage = folderPages.contains(p.path());
      if (folderPage && unlisted(p.extra())) {
        in.diagnostics().add(
            Diagnostic.warning("frontmatter.value", unlistedAt(markdown.get(i)), "a section's page is not unlisted: its pages would have no place in the menu")
                .withHint("leave `unlisted` out of the section's page, or mark its pages unlisted"));
      }
      DocPage page = leftOut.containsKey(p.path()) ? null : p.kept(in, folderPage, mount);
      if (page == null) {
        return;
      }
      if (!p.pager().isEmpty()) {
        page = p.paged(page, PagerRefs.links(p.path(), p.pager(), ids, in.diagnostics()));
      }
      if (unsearched.test(p.path()) || mount.mintlify() && Boolean.TRUE.equals(page.info().extra().get("noindex"))) {
        page = page.withInfo(page.info().withExtra("search_exclude", true));
      }
      if (!page.template().equals("section")) {
        for (handbook.markdown.DirectiveCall call : page.directiveCalls()) {
          if (call.name().equals(handbook.markdown.MarkdownEngine.DOC_CARDS)) {
            in.diagnostics().add(
                Diagnostic.warning("docs.cards", call.span(), "`<DocCardList />` lists the pages of a folder's page: this page is no folder's page, so nothing is drawn")
                    .withHint("put it in the folder's index (or the doc its `_category_` links)"));
          }
        }
      }
      Category category = folderPage ? categories.get(Urls.sourceFolder(p.path())) : null;
      if (category != null) {
        page = category.over(page);
      }
      page = placed(page, folderPage, categories, menu, mount);
      // (a page a tool's nav puts under another page: placed once that page's address is known)
      String under = underPage(p.path(), folderPage, menu);
      String wikiName = mount.wiki() ? handbook.config.GitHubWiki.pageName(p.path()).toLowerCase(java.util.Locale.ROOT) : null;
      if (wikiName != null && sidebarPlaces.containsKey(wikiName)) {
        // placed by the wiki's sidebar, named by its link's text
        PageInfo own = page.info();
        String label = sidebarLabels.getOrDefault(wikiName, own.linkTitle());
        page = page.withInfo(new PageInfo(own.url(), own.title(), own.description(), own.source(), own.parentUrl(), sidebarPlaces.get(wikiName), own.inNav(), own.kind(), own.tags(), own.extra(), own.aliases(), label, own.listed()));
      }
      if (blog != null && blog.post(p.path())) {
        if (page.info().description() == null || page.info().description().isBlank()) {
          // described by its start where its front matter does not
          // (kept in the memo: a serve's edit compiles no other post's start again; keyed as
          // the parse is, as its title may come from the config)
          SourceFile f = markdown.get(i);
          String start = in.memo().get("docs-excerpt", f, "excerpt-1|" + env, handbook.cache.Codecs.STRING, () -> BlogPosts.excerpt(f, p.title(), p.body(), in.markdown()));
          page = page.withInfo(page.info().withDescription(start));
        }
        page = page.withByline(BlogPosts.byline(BlogPosts.day(p.path(), blog, p.extra().get("date")), BlogPosts.authors(p.extra(), authors, in.origin(authorsFile(in.site().mount(), blog)), markdown.get(i), in.diagnostics()), in.site().language(), BlogPosts.minutes(markdown.get(i), blog.wordsPerMinute())));
        posts.add(page);
      }
      if (blog != null && !blog.post(p.path()) && (folderPage || page.info().url().isEmpty()) && page.info().url().equals(mount.pageUrl(blog.home()))) {
        // the blog's page (MkDocs Material's blog/index.md, a Jekyll project's home): its posts are listed after it, once all are known
        blogHome = page;
      } else if (mount.jekyll()) {
        jekyll.add(page);
      } else if (under != null) {
        underPages.add(Map.entry(page, under));
      } else {
        out.page(page);
      }
      urlOf.put(p.path(), page.info().url());
      out.fact(Fact.simple("docs", page.info().url(), page.info().title(), page.info().url(), page.fingerprint()));
      String src = page.info().source();
      if (page.info().url().isEmpty()) {
        hasHome = true;
      }
      if (src.equals("index.md")) {
        return;
      }
      String folder = Urls.sourceFolder(src);
      if (folderPage) {
        withIndex.add(folder);
      }
      // up to the first folder already there: its ancestors are too (a post's from the blog's: the posts' folders are no sections)
      // (another docs plugin's docs are a section of their own, beside the docs')
      String top = mount.docsOf(src);
      for (String f = blog != null && blog.post(src) ? blog.home() : folder; f.startsWith(top) && folders.add(f) && f.length() > top.length(); f = parentFolder(f)) {}
    }
  }

  /**
   * A parsed file, as kept in the memo: its front matter, its compiled body, its problems, the
   * memo key (the fingerprint of its page), and the pages made of it (kept with it, not part of
   * what it is).
   */
  record Parsed(
      String path,
      String title,
      String linkTitle,
      String description,
      Integer weight,
      List<String> tags,
      List<String> aliases,
      Map<String, Object> extra,
      boolean draft,
      RenderedMarkdown body,
      LinkRef card,
      List<PagerRefs.Ref> pager,
      List<Diagnostic> diagnostics,
      String key,
      Pages pages) {

    /** The same, with every place in the body and the problems moved by {@code at} (to the files the lines came from). */
    Parsed placed(java.util.function.UnaryOperator<Span> at) {
      List<Diagnostic> moved = diagnostics.stream().map(d -> handbook.markdown.MarkdownEngine.placed(d, at)).toList();
      LinkRef movedCard = card == null ? null : new LinkRef(card.target(), at.apply(card.span()), card.image());
      List<PagerRefs.Ref> movedPager = pager.stream().map(r -> new PagerRefs.Ref(r.next(), r.byId(), new LinkRef(r.ref().target(), at.apply(r.ref().span()), false))).toList();
      return new Parsed(path, title, linkTitle, description, weight, tags, aliases, extra, draft, body.placed(at), movedCard, movedPager, moved, key, new Pages());
    }

    /** The same, with more problems. */
    Parsed with(List<Diagnostic> more) {
      if (more.isEmpty()) {
        return this;
      }
      List<Diagnostic> all = new java.util.ArrayList<>(diagnostics);
      all.addAll(more);
      // the same page: it is not made of the problems
      return new Parsed(path, title, linkTitle, description, weight, tags, aliases, extra, draft, body, card, pager, List.copyOf(all), key, pages);
    }

    /** Its page, made once (for each of the two places, and again where the site's mount changed); see {@link #page}. */
    DocPage kept(LoadInput in, boolean folderPage, Mount mount) {
      DocPage p = folderPage ? pages.folderPage : pages.page;
      // (a mount is a large record: compared once, where it is not the same object)
      boolean same = pages.mount == mount || pages.mount.equals(mount);
      if (p == null || !same) {
        if (!same) {
          pages.page = null;
          pages.folderPage = null;
          pages.mount = mount;
        }
        p = page(in, folderPage, mount);
        if (folderPage) {
          pages.folderPage = p;
        } else {
          pages.page = p;
        }
      }
      return p;
    }

    /** {@code page} with the pages its pager links; the same object as the last run's while they and the page are the same. */
    DocPage paged(DocPage page, handbook.content.PagerLinks links) {
      if (links == null) {
        return page;
      }
      Object[] last = pages.paged;
      if (last != null && last[0] == page && last[1].equals(links)) {
        return (DocPage) last[2];
      }
      DocPage out = page.withPager(links);
      pages.paged = new Object[] {page, links, out};
      return out;
    }

    /** Its page; {@code folderPage} when it is its folder's page; at its URL in {@code mount}. */
    DocPage page(LoadInput in, boolean folderPage, Mount mount) {
      if (draft) {
        return null;
      }
      String folder = Urls.sourceFolder(path);
      // the home: the content's index.md, or the docs folder's page where the docs folder is the site
      // Docusaurus' slug or id, where its project is built
      // or Hugo's url or slug, where its project is built
      // or Jekyll's permalink
      if (mount.blog() != null && mount.blog().post(path)) {
        return post(in, mount);
      }
      String own =
          mount.hugo()
              ? hugoUrl(mount)
              : mount.jekyll()
                  ? JekyllPages.of(extra.get("permalink"), path, mount)
                  // a wiki's page at its name ({@code Home.md} the home)
                  : mount.wiki() ? (handbook.config.GitHubWiki.HOMES.contains(path) ? "" : mount.pageUrl(Urls.stem(path) + "/"))
                  // (a Starlight page's slug, from the site's root)
                  : mount.starlight() ? FrontMatterFields.starlightUrl(extra.get("slug"), mount)
                  : folderPage ? null : DocusaurusUrl.of(extra.get("slug"), extra.get("id"), path, mount);
      boolean home = mount.wiki() ? own.isEmpty() : mount.jekyll() ? path.equals("index.md") || folderPage && folder.isEmpty() || "".equals(own) : mount.docsAtRoot() ? folderPage && folder.equals(mount.docs()) || "".equals(own) : path.equals("index.md");
      boolean section = folderPage || home;
      String url = home ? "" : own != null ? own : mount.pageUrl(section ? folder : Urls.ofSource(mount.unsuffixed(path)));
      String parent = home ? null : mount.wiki() ? "" : mount.pageUrl(section ? parentFolder(folder) : folder);
      Integer place = weight;
      if (place == null && mount.hugo() && extra.get("menu") instanceof Map<?, ?> menu && menu.get("main") instanceof Map<?, ?> main && main.get("weight") instanceof Number w) {
        // Hugo: a section's place in the main menu (Docsy's navbar), where it has no weight of its own
        place = w.intValue();
      }
      if (place == null && mount.unnumbered() && !home) {
        // Docusaurus places a page, and a folder by its page, by the number prefix of its name
        String name = section ? folder.substring(0, folder.length() - 1) : path.substring(0, path.lastIndexOf('.'));
        place = Urls.numberPrefix(name.substring(name.lastIndexOf('/') + 1));
      }
      List<String> old = aliases;
      // (mdBook's first chapter, the home where the root has no README.md, keeps its address too)
      boolean chapter = mount.mdBook() && rank(path) < 0;
      String jekyllAddress = home && !chapter ? null : mount.htmlAddresses() ? htmlAddress(path, folderPage && !chapter, mount) : JekyllPages.oldAddress(extra.get("permalink"), path, folderPage, mount);
      if (jekyllAddress != null && !aliases.contains(jekyllAddress)) {
        // Jekyll's (and VitePress' and mdBook's) address of the page (x.html) redirects to it
        old = new ArrayList<>(aliases);
        old.add(jekyllAddress);
      }
      PageInfo info =
          new PageInfo(url, title, description, path, parent, place, section || !unlisted(extra), home ? "home" : section ? "section" : "doc", tags, extra, old, linkTitle);
      if (mount.hugo() && !home && outOfHugoMenu(extra)) {
        info = info.outOfMenu();
      }
      if (mount.starlight() && !home && extra.get("sidebar") instanceof Map<?, ?> sidebar && Boolean.TRUE.equals(sidebar.get("hidden"))) {
        // Starlight's sidebar.hidden: published, out of the menu
        info = info.outOfMenu();
      }
      // (a VitePress page's own outline: its levels, or none)
      // (a VuePress page's: its sidebarDepth)
      Mount.Toc outline = mount.vuePress() ? handbook.config.VuePressConfig.depth(extra.get("sidebarDepth")) : mount.vitePress() ? handbook.config.VitePressConfig.outline(extra.get("outline")) : null;
      return new DocPage(info, body, in.markdown(), section, key, outline != null ? outline : mount.toc()).withCard(card);
    }

    /** The address VitePress and mdBook give a page published here at {@code x/}: {@code x.html}, unless VitePress' config's {@code cleanUrls}; null where it is the same. */
    private static String htmlAddress(String path, boolean folderPage, Mount mount) {
      return mount.tool() == Mount.Tool.VITEPRESS_CLEAN || folderPage || !path.endsWith(".md") ? null : mount.url(path.substring(0, path.length() - ".md".length())) + ".html";
    }

    /** Its URL in a Hugo project: its {@code url}, else its section's {@code permalinks} pattern's, else by its {@code slug}; null for its path's. */
    private String hugoUrl(Mount mount) {
      String own = HugoUrl.of(extra.get("url"), extra.get("slug"), path, mount);
      return own == null && HugoUrl.permalinked(path, mount) ? HugoPermalinks.of(path, title, extra, mount) : own;
    }

    /**
     * Its page as a post of the blog: at the post's URL, under the blog's page, newest first; a
     * Jekyll project's at its own {@code permalink}, else its pattern's, out of the menu (as
     * Jekyll's themes show posts: on the home page's list), its {@code .html} address redirecting.
     */
    private DocPage post(LoadInput in, Mount mount) {
      Mount.Blog blog = mount.blog();
      String own = mount.jekyll() ? JekyllPages.of(extra.get("permalink"), path, mount) : null;
      // (a Jekyll post's own permalink may be a pattern, as its config's is)
      String ownPattern = mount.jekyll() && own == null ? handbook.config.JekyllConfig.postPattern(extra.get("permalink")) : null;
      String pattern = ownPattern != null ? ownPattern : blog.postUrl();
      String url = own != null ? own : mount.jekyll() ? BlogPosts.jekyll(path, blog, extra, pattern) : BlogPosts.url(path, blog, extra, title, mount.pageUrl(blog.home()));
      Integer place = weight != null ? weight : BlogPosts.place(BlogPosts.day(path, blog, extra.get("date")), Boolean.TRUE.equals(extra.get("pin")));
      List<String> old = aliases;
      String address = !mount.jekyll() ? null : own != null ? JekyllPages.oldAddress(extra.get("permalink"), path, false, mount) : BlogPosts.jekyllAddress(url, pattern);
      if (address != null && !aliases.contains(address)) {
        old = new ArrayList<>(aliases);
        old.add(address);
      }
      PageInfo info =
          new PageInfo(url, title, description, path, mount.pageUrl(blog.home()), place, !unlisted(extra) && !mount.jekyll(), "doc", BlogPosts.tags(tags, extra), extra, old, linkTitle, !unlisted(extra));
      return new DocPage(info, body, in.markdown(), false, key, mount.toc()).withCard(card);
    }
  }

  private static final String ENVIRONMENT = "docs-4";

  /**
   * Whether a Hugo theme leaves the page (and a section's pages) out of its menu, still published:
   * Docsy's {@code toc_hide}, Hugo Book's {@code bookHidden}, Hextra's {@code sidebar: {exclude: true}};
   * or Hugo itself, which lists it nowhere ({@code build: {list: never}}).
   */
  static boolean outOfHugoMenu(Map<String, Object> extra) {
    return Boolean.TRUE.equals(extra.get("toc_hide")) || Boolean.TRUE.equals(extra.get("bookHidden"))
        || extra.get("sidebar") instanceof Map<?, ?> sidebar && Boolean.TRUE.equals(sidebar.get("exclude")) || unlistedByHugo(extra.get("build")) || unlistedByHugo(extra.get("_build"));
  }

  /** Whether Hugo's build options list the page nowhere ({@code list: never}, or the older {@code false}). */
  private static boolean unlistedByHugo(Object build) {
    return build instanceof Map<?, ?> options && ("never".equals(options.get("list")) || Boolean.FALSE.equals(options.get("list")));
  }

  /** The names that make a file its folder's page, strongest first ({@code README.md} in any case; {@code index.mdx} of Docusaurus). */
  static final List<String> FOLDER_PAGE_NAMES = List.of("index.md", "index.mdx", "index.markdown", "_index.md", "README.md");

  /** The files that are their folder's page: for each folder, the first of {@link #FOLDER_PAGE_NAMES} it has. */
  static Set<String> folderPages(List<String> paths) {
    return folderPages(paths, p -> rank(p) >= 0 ? rank(p) : Integer.MAX_VALUE);
  }

  /** For each folder, its file of the lowest {@code place} (then the first by path); a file of {@link Integer#MAX_VALUE} is none's. */
  private static Set<String> folderPages(List<String> paths, java.util.function.ToIntFunction<String> place) {
    Map<String, String> best = new java.util.HashMap<>();
    for (String path : paths) {
      if (path.equals("index.md") || place.applyAsInt(path) == Integer.MAX_VALUE) {
        continue;
      }
      best.merge(Urls.sourceFolder(path), path, (a, b) -> place.applyAsInt(a) < place.applyAsInt(b) || place.applyAsInt(a) == place.applyAsInt(b) && a.compareTo(b) <= 0 ? a : b);
    }
    return Set.copyOf(best.values());
  }

  /**
   * The same in a Docusaurus project: a folder's page is its index (published at the folder's
   * URL there too), else the doc its {@code _category_} file links ({@code linked}, by folder),
   * else its README, else the doc named as the folder is ({@code guides/guides.md}, Docusaurus'
   * convention; case and number prefixes aside).
   */
  static Set<String> folderPages(List<String> paths, Map<String, String> linked) {
    return folderPages(
        paths,
        p -> {
          int r = rank(p);
          if (r >= 0 && r < README) {
            return r;
          }
          if (p.equals(linked.get(Urls.sourceFolder(p)))) {
            return README;
          }
          return r == README ? README + 1 : namedAsFolder(p) ? README + 2 : Integer.MAX_VALUE;
        });
  }

  /** The same in a Hugo project, whose page files may end in the default language's code ({@code _index.en.md}). */
  private static Set<String> hugoFolderPages(List<String> paths, Mount mount) {
    Map<String, String> real = new java.util.LinkedHashMap<>();
    paths.forEach(p -> real.putIfAbsent(mount.unsuffixed(p), p));
    Set<String> pages = new java.util.HashSet<>();
    folderPages(new ArrayList<>(real.keySet())).forEach(p -> pages.add(real.get(p)));
    return Set.copyOf(pages);
  }

  /**
   * The same in a Jekyll project: a folder's index.md, else its README.md, as GitHub Pages
   * publishes them (its readme-index plugin); the root's README is the home only without an
   * index.md there.
   */
  private static Set<String> jekyllFolderPages(List<String> paths) {
    Set<String> pages = new java.util.HashSet<>(folderPages(paths));
    if (paths.contains("index.md")) {
      pages.removeIf(p -> p.indexOf('/') < 0);
    }
    return Set.copyOf(pages);
  }

  /** The folders' pages with mdBook's first chapter ({@code first}, or null) the home where the root has no README.md or index.md: mdBook's home is its first chapter. */
  private static Set<String> homeChapter(Set<String> folderPages, String first, List<String> published) {
    if (first == null || !Urls.sourceFolder(first).equals(ROOT) || !published.contains(first) || folderPages.stream().anyMatch(p -> Urls.sourceFolder(p).equals(ROOT))) {
      return folderPages;
    }
    Set<String> with = new java.util.HashSet<>(folderPages);
    with.add(first);
    return Set.copyOf(with);
  }

  /** README's place in {@link #FOLDER_PAGE_NAMES}: the names before it are published at their folder's URL whatever they are. */
  private static final int README = FOLDER_PAGE_NAMES.indexOf("README.md");

  /** Whether a doc is named as its folder ({@code 02-guides/Guides.md}), as Docusaurus' category index convention reads names. */
  private static boolean namedAsFolder(String path) {
    String folder = Urls.sourceFolder(path);
    if (folder.equals(ROOT) || !folder.startsWith(ROOT)) {
      return false;
    }
    String stem = Urls.stem(path.substring(path.lastIndexOf('/') + 1));
    String name = folderName(path);
    return Urls.unnumbered(stem).equalsIgnoreCase(Urls.unnumbered(name));
  }

  /** The doc each folder's {@code _category_} file links, by folder: a doc of that folder (one elsewhere, or no doc, is named). */
  private static Map<String, String> categoryDocs(Map<String, Category> categories, Map<String, String> ids, Diagnostics diags) {
    Map<String, String> linked = new java.util.HashMap<>();
    for (Map.Entry<String, Category> e : new java.util.TreeMap<>(categories).entrySet()) {
      Category c = e.getValue();
      if (c.doc() == null) {
        continue;
      }
      String path = ids.get(c.doc().replaceAll("^/+", ""));
      if (path != null && Urls.sourceFolder(path).equals(e.getKey())) {
        linked.put(e.getKey(), path);
      } else {
        diags.add(
            Diagnostic.warning("docs.category", c.docAt(), path == null ? "the category's doc `" + c.doc() + "` names no page in `docs/`: the folder's page is made" : "the category's doc `" + c.doc() + "` is in another folder: the folder's page is made")
                .withHint("a folder's page here is a doc of the folder itself (its index, or the doc its category links)"));
      }
    }
    return linked;
  }

  /** The file name's place in {@link #FOLDER_PAGE_NAMES} (README.md in any case), or -1; read in place, not copied. */
  static int rank(String path) {
    int name = path.lastIndexOf('/') + 1;
    for (int i = 0; i < FOLDER_PAGE_NAMES.size(); i++) {
      String n = FOLDER_PAGE_NAMES.get(i);
      if (path.length() - name == n.length() && path.regionMatches(n.equals("README.md"), name, n, 0, n.length())) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The pages made of one parse result (as its folder's page, and not), kept with it for as long
   * as the memo keeps it. Not part of what a parse result is: equal to any other.
   */
  static final class Pages {
    private volatile DocPage page;
    private volatile DocPage folderPage;
    private volatile Mount mount = Mount.NONE;
    /** The last page given its pager's links: the page, the links, the page with them. */
    private volatile Object[] paged;

    @Override
    public String toString() {
      return "Pages";
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Pages;
    }

    @Override
    public int hashCode() {
      return 0;
    }
  }

  /** A page's parse and the files it includes. */
  private record Read(Parsed parsed, Set<String> included) {}

  /**
   * A page's parse; {@code snippets}: the includes' options of an MkDocs project's config;
   * {@code inherited}: the front matter its project gives it under its own, or null.
   */
  private static Read parse(SourceFile file, LoadInput in, String pageEnv, MkDocsSnippets snippets, YamlNode.Mapping inherited, boolean api) {
    String env = inherited == null ? pageEnv : pageEnv + "|" + handbook.content.Hashes.of(inherited.toString());
    // a page that includes files is kept as a note that it does, so a build that reuses the
    // parse of every other page need not read them to know
    if (snippets.append().isEmpty()) {
      // a file shown elsewhere than at its path (a Docusaurus version's, in versioned_docs/) is
      // parsed as the working tree's file of its path and text would be, once for both, and its
      // messages then name it
      String standard = in.contentName() + "/" + file.path();
      SourceFile shared = file.displayPath().equals(standard) ? file : new SourceFile(file.path(), standard, file.text(), file.hash());
      Optional<Parsed> own =
          in.memo().get("docs", shared, env, OWN, () -> Snippets.mentions(shared.text(), includeForms(shared, in, api)) && Snippets.includes(shared.text(), bodyFirstLine(shared.text()), includeForms(shared, in, api))
              ? Optional.empty()
              : Optional.of(parseFresh(shared, in, in.memo().key("docs", shared, env), options(in, shared), inherited, api)));
      if (own.isPresent()) {
        Parsed p = shared == file ? own.get() : own.get().placed(span -> span.file().equals(standard) ? new handbook.diag.Span(file.displayPath(), span.line(), span.column()) : span);
        return new Read(p, Set.of());
      }
    }
    Snippets.Source page = new Snippets.Source(file.path(), file.displayPath(), snippets.appendedTo(file.path(), file.text()));
    Snippets.Expanded x = Snippets.expand(page, bodyFirstLine(file.text()), reader(in, snippets), includeForms(file, in, api));
    // parsed as the text it has with its includes; where each line came from is part of the key
    SourceFile expanded = new SourceFile(file.path(), file.displayPath(), x.text());
    String withLines = env + "|" + x.signature();
    Parsed p = in.memo().get("docs-included", expanded, withLines, CODEC,
        () -> parseFresh(expanded, in, in.memo().key("docs-included", expanded, withLines), options(in, file).withIncludesRead(), inherited, api).placed(x::at));
    return new Read(p.with(x.problems()), x.read());
  }

  /**
   * The options with the page's own values for its template expressions: a Jekyll page's front
   * matter as {@code page.x}, an mkdocs-macros page's as {@code page.meta.x} (and its title as
   * {@code page.title}), a Hugo page's as {@code page.x} in lower case (for the {@code param}
   * shortcode), a VitePress page's as {@code $frontmatter.x} (a VuePress page's also as
   * {@code $page.frontmatter.x}, its title as {@code $page.title}); of them and the project's, those
   * the body names (kept with its parse).
   */
  private static RenderOptions withPage(RenderOptions options, FrontMatterFields fm, Mount mount, String body) {
    boolean macros = mount.tool() == Mount.Tool.MKDOCS && !options.extensions().variables().isEmpty();
    boolean vitepress = mount.vitePress();
    // (an MDX page's expressions name its front matter's values as frontMatter.x)
    boolean mdx = options.has(RenderOptions.Extension.MDX) && body.contains("frontMatter.");
    // (and Liquid's and Jinja's {% if %}, over them)
    if (!mdx && (!mount.jekyll() && !macros && !mount.hugo() && !vitepress || !body.contains("{{") && !((mount.jekyll() || macros) && body.contains("{%")))) {
      return options.extensions().variables().isEmpty() ? options : options.withExtensions(options.extensions().withVariables(Map.of()));
    }
    Map<String, Object> values = new java.util.TreeMap<>(fm.extra());
    if (fm.title() != null) {
      values.put("title", fm.title());
    }
    if (fm.description() != null) {
      values.put("description", fm.description());
    }
    Map<String, String> variables = new java.util.TreeMap<>(options.extensions().variables());
    Map<String, String> own = new java.util.TreeMap<>();
    plain(values, mdx ? "frontMatter." : macros ? "page.meta." : vitepress ? "$frontmatter." : "page.", 0, own);
    if (mount.vuePress() && !mdx) {
      // (VuePress' page: its front matter also as $page.frontmatter.x, its title as $page.title)
      plain(values, "$page.frontmatter.", 0, own);
      if (fm.title() != null) {
        own.put("$page.title", fm.title());
      }
    }
    own.forEach((k, v) -> variables.put(mount.hugo() && !mdx ? k.toLowerCase(java.util.Locale.ROOT) : k, v));
    if (macros && fm.title() != null) {
      variables.put("page.title", fm.title());
    }
    if (mount.hugo() && !mdx) {
      // (named by their keys alone, in any case)
      String lower = body.toLowerCase(java.util.Locale.ROOT);
      variables.keySet().removeIf(path -> !lower.contains(path.substring(path.indexOf('.') + 1)));
    } else {
      variables.keySet().removeIf(path -> !body.contains(path));
    }
    return options.withExtensions(options.extensions().withVariables(variables));
  }

  /** The texts, numbers and truth values of front matter, by their paths under {@code prefix}. */
  private static void plain(Map<?, ?> values, String prefix, int depth, Map<String, String> out) {
    for (Map.Entry<?, ?> e : values.entrySet()) {
      String path = prefix + e.getKey();
      if (e.getValue() instanceof String || e.getValue() instanceof Number || e.getValue() instanceof Boolean) {
        out.put(path, e.getValue().toString());
      } else if (e.getValue() instanceof Map<?, ?> m && depth < 5) {
        plain(m, path + ".", depth + 1, out);
      }
    }
  }

  /**
   * How a page is read: Liquid's links read in a Jekyll project's, with the syntax its project's
   * extensions add; a {@code .mdx} file's as MDX reads it (a Docusaurus project's pages all are).
   */
  private static RenderOptions options(LoadInput in, SourceFile file) {
    RenderOptions.Extensions markdown = in.site().mount().markdown();
    RenderOptions options = RenderOptions.DEFAULT.withExtensions(file.path().endsWith(".mdx") ? markdown.with(RenderOptions.Extension.MDX) : markdown);
    return in.site().mount().jekyll() ? options.withLiquid() : options;
  }

  /** Whether the pages are a VitePress project's (its includes are read). */
  private static boolean vitePress(LoadInput in) {
    return in.site().mount().vitePress();
  }

  /** Whether MDX reads a page (its partials' imports are includes): a {@code .mdx} file, or any page of a Docusaurus project. */
  private static boolean mdx(SourceFile file, LoadInput in) {
    return file.path().endsWith(".mdx") || in.site().mount().unnumbered() || in.site().mount().mintlify();
  }

  /** A file an include names, by the reader and the snippets' other folders. */
  private static java.util.function.Function<String, Snippets.Source> reader(LoadInput in, MkDocsSnippets snippets) {
    return p -> {
      SourceFile f = in.read(p);
      for (java.util.Iterator<String> more = snippets.candidates(p).iterator(); f == null && more.hasNext(); ) {
        f = in.read(more.next());
      }
      return f == null ? null : source(f);
    };
  }

  /** The includes of other tools a page's tool reads ({@link Snippets.Form}; {@code api}: a Mintlify project's specs are shown). */
  private static Set<Snippets.Form> includeForms(SourceFile file, LoadInput in, boolean api) {
    Set<Snippets.Form> forms = java.util.EnumSet.noneOf(Snippets.Form.class);
    if (mdx(file, in)) {
      forms.add(Snippets.Form.MDX);
    }
    if (in.site().mount().jekyll()) {
      forms.add(Snippets.Form.LIQUID);
    }
    if (vitePress(in)) {
      forms.add(Snippets.Form.VITEPRESS);
    }
    if (in.site().mount().mdBook()) {
      forms.add(Snippets.Form.MDBOOK);
    }
    if (in.site().mount().gitBook()) {
      forms.add(Snippets.Form.GITBOOK);
    }
    if (in.site().mount().docsify()) {
      forms.add(Snippets.Form.DOCSIFY);
    }
    if (in.site().mount().mintlify()) {
      forms.add(Snippets.Form.MINTLIFY);
    }
    if (api) {
      forms.add(Snippets.Form.MINTLIFY_OPERATION);
    }
    return forms;
  }

  private static int bodyFirstLine(String text) {
    return FrontMatter.split(text).bodyFirstLine();
  }

  private static Snippets.Source source(SourceFile f) {
    return new Snippets.Source(f.path(), f.displayPath(), f.text());
  }

  /** A page's parse, or none for a page that includes files (its parse is kept under its text with them). */
  private static final Codec<Optional<Parsed>> OWN =
      new Codec<>() {
        @Override
        public void write(Optional<Parsed> p, DataOutput out) throws IOException {
          out.writeBoolean(p.isPresent());
          if (p.isPresent()) {
            CODEC.write(p.get(), out);
          }
        }

        @Override
        public Optional<Parsed> read(DataInput in) throws IOException {
          return in.readBoolean() ? Optional.of(CODEC.read(in)) : Optional.empty();
        }
      };

  private static Parsed parseFresh(SourceFile file, LoadInput in, String key, RenderOptions options, YamlNode.Mapping inherited, boolean api) {
    Diagnostics diags = new Diagnostics();
    FrontMatter split = FrontMatter.split(file.text());
    Mount mount = in.site().mount();
    FrontMatterFields fm = FrontMatterFields.read(file, split, mount, inherited, api, diags);
    String body = split.body();
    int firstLine = split.bodyFirstLine();
    // VitePress' home: its hero and features, read on the front matter's lines
    boolean vitePressHome = mount.vitePress() && fm.fields() != null && VitePressHome.isHome(fm.extra(), mount.vuePress());
    String heroLines =
        mount.starlight() && fm.fields() != null ? VitePressHome.starlightLines(fm.fields().map(), firstLine - 1)
            : !vitePressHome ? null : mount.vuePress() ? VitePressHome.vuePressLines(fm.fields().map(), firstLine - 1) : VitePressHome.lines(fm.fields().map(), firstLine - 1);
    if (heroLines != null) {
      body = heroLines + body;
      firstLine = 1;
    }
    RenderedMarkdown md = in.markdown().compile(body, file.displayPath(), firstLine, withPage(options, fm, mount, body), diags::add);
    String title = fm.title();
    if ((title == null || title.isBlank()) && mount.wiki()) {
      // a wiki's page is titled by its name, as GitHub shows it
      title = handbook.config.GitHubWiki.title(file.path());
    }
    if (title == null || title.isBlank()) {
      title = md.firstH1();
    }
    Map<String, Object> extra = fm.extra();
    boolean plain = mount.tool() == handbook.content.Mount.Tool.NONE;
    if (md.firstH1() == null && md.htmlH1() != null && (plain || mount.tool() == handbook.content.Mount.Tool.MKDOCS)) {
      // a heading of its own in raw HTML, as GitHub's READMEs have (<h1 align="center">Zod</h1>):
      // the layout draws no other (as MkDocs Material's does not); here it titles the page too
      if ((title == null || title.isBlank()) && plain && !md.htmlH1().isEmpty()) {
        title = md.htmlH1();
      }
      extra = new java.util.LinkedHashMap<>(extra);
      extra.putIfAbsent("hide_title", true);
    }
    if ((title == null || title.isBlank()) && vitePressHome && fm.extra().get("hero") instanceof Map<?, ?> hero && hero.get("name") instanceof String name) {
      // VitePress' home is titled by its hero's name
      title = name.strip();
    }
    if ((title == null || title.isBlank()) && vitePressHome && mount.vuePress()) {
      // VuePress', by its heroText
      title = VitePressHome.heroText(fm.extra());
    }
    if (title == null || title.isBlank()) {
      boolean broken = split.yaml() != null && fm.fields() == null;
      String name = Urls.stem(file.path().substring(file.path().lastIndexOf('/') + 1));
      // a Jekyll post is named by its file's name after its day, as Jekyll titles it
      boolean jekyllPost = mount.jekyll() && handbook.config.JekyllConfig.post(file.path());
      if (jekyllPost) {
        name = name.substring("2024-05-06-".length());
      }
      // (without its number prefix where the pages have none: Docusaurus' 02-setup.md is Setup)
      title = humanize(mount.name(rank(file.path()) >= 0 ? folderName(file.path()) : name));
      // (a Hugo project's content/_index.md is its home, named by the site as Hugo names it)
      boolean home = title.isEmpty() || mount.hugo() && mount.unsuffixed(file.path()).equals(mount.docs() + "_index.md") || mount.vitePress() && file.path().equals(ROOT + "index.md") || mount.vuePress() && file.path().equals(ROOT + "README.md");
      if (home) {
        // the site's root folder's page (a Jekyll project's index.md): the home, named by the site
        title = in.site().title();
      }
      // (a draft is not published: its name is not shown)
      if (!broken && !fm.draft() && !home && !jekyllPost) {
        diags.add(
            Diagnostic.warning("page.no-title", Span.file(file.displayPath()), "page has no `title` in its front matter and no `# heading`; using `" + title + "`")
                .withHint("add `title:` to the front matter"));
      }
    }
    LinkRef card = SocialCard.of(fm.fields(), diags);
    List<PagerRefs.Ref> pager = PagerRefs.of(fm.fields(), mount.vuePress(), diags);
    return new Parsed(file.path(), title, fm.linkTitle(), fm.description(), fm.weight(), fm.tags(), fm.aliases(), extra, fm.draft(), md, card, pager, diags.sorted(), key, new Pages());
  }

  /**
   * The nav of an MkDocs project's config, as the categories of the folders it lists where a
   * folder has no file of its own; an entry that names no page or folder is named.
   */
  private static void navOfMkDocs(
      YamlNode.Mapping settings, String file, List<SourceFile> markdown, Map<String, Category> categories, MkDocsNav.Menu menu, Map<String, String> titles, Diagnostics diags) {
    MkDocsNav.Read nav = MkDocsNav.read(settings, file, markdown, diags).translated(titles);
    nav.categories().forEach(categories::putIfAbsent);
    menu.add(nav);
    // the pages and the folders that hold them
    Set<String> there = new java.util.HashSet<>();
    for (SourceFile f : markdown) {
      there.add(f.path());
      for (String folder = Urls.sourceFolder(f.path()); folder.startsWith(ROOT) && there.add(folder); folder = parentFolder(folder)) {}
    }
    for (MkDocsNav.Ref ref : nav.refs()) {
      if (!there.contains(ref.path())) {
        diags.add(
            Diagnostic.warning(MkDocsNav.CODE, ref.at(), "`" + ref.path().substring(ROOT.length()) + "` in the nav names no page in `docs/`")
                .withHint("the paths of mkdocs.yml's nav are read from the docs folder, those of a nav file from its own folder"));
      }
    }
  }

  /** The sidebar of a VitePress project's config, as the categories of the folders it lists; an entry that names no page is named. */
  private static void navOfVitePress(SourceFile f, LoadInput in, List<SourceFile> markdown, Map<String, Category> categories, MkDocsNav.Menu menu) {
    Set<String> there = new java.util.HashSet<>();
    markdown.forEach(p -> there.add(p.path()));
    boolean vuePress = in.site().mount().vuePress();
    MkDocsNav.Read nav = VitePressSidebar.read(f, vuePress ? there : null, in.language(), in.diagnostics());
    nav.categories().forEach(categories::putIfAbsent);
    menu.add(nav);
    for (MkDocsNav.Ref ref : noPage(nav.refs(), there)) {
      in.diagnostics().add(
          Diagnostic.warning(MkDocsNav.CODE, ref.at(), "the sidebar's link names no page in `docs/`: `" + ref.path().substring(ROOT.length()) + "`")
              .withHint("a link of the sidebar is the page's address: `/guide/setup` for `docs/guide/setup.md`, `/guide/` for `docs/guide/" + (vuePress ? "README" : "index") + ".md`"));
    }
  }

  /** The entries of a nav that name no page of {@code there} (an entry of a folder names the folder). */
  private static List<MkDocsNav.Ref> noPage(List<MkDocsNav.Ref> refs, Set<String> there) {
    return refs.stream().filter(ref -> !there.contains(ref.path()) && !ref.path().endsWith("/")).toList();
  }

  /**
   * A Markdown list of a tool's as the menu (GitBook's or mdBook's {@code SUMMARY.md}, Docsify's
   * sidebar: its {@code items}, in the tool's {@code words}), as the categories of the folders it
   * lists and the {@code menu}'s groups and moves; an entry that names no page is named, with the
   * {@code hint} of how the tool reads them. The entries it has.
   */
  private static List<MkDocsNav.Ref> navOfList(
      List<MkDocsNav.Item> items, LoadInput in, List<SourceFile> markdown, Map<String, Category> categories, MkDocsNav.Menu menu, MkDocsNav.Words words, String hint) {
    Set<String> there = new java.util.HashSet<>();
    markdown.forEach(p -> there.add(p.path()));
    MkDocsNav.Read nav = MkDocsNav.of(items, words, in.diagnostics());
    nav.categories().forEach(categories::putIfAbsent);
    menu.add(nav);
    for (MkDocsNav.Ref ref : noPage(nav.refs(), there)) {
      in.diagnostics().add(Diagnostic.warning(MkDocsNav.CODE, ref.at(), words.nav() + " names no page: `" + ref.path().substring(ROOT.length()) + "`").withHint(hint));
    }
    return nav.refs();
  }

  /** GitBook's or mdBook's table of contents ({@code SUMMARY.md}, of the {@code tool} of one of them, in its {@code words}; {@code numbered}: mdBook's chapters' numbers): {@link #navOfList}. */
  private static List<MkDocsNav.Ref> navOfSummary(SourceFile f, LoadInput in, List<SourceFile> markdown, Map<String, Category> categories, MkDocsNav.Menu menu, MkDocsNav.Words words, String tool, boolean numbered) {
    List<MkDocsNav.Item> items = MkDocsNav.summary(f, Urls.sourceFolder(f.path()), numbered);
    return navOfList(items, in, markdown, categories, menu, words, "its links are read from its own folder, as " + tool + " reads them");
  }

  /** The sidebar of an Astro Starlight project's config, as the categories of the folders it lists; an entry that names no page is named. */
  private static void navOfStarlight(SourceFile f, LoadInput in, List<SourceFile> markdown, Map<String, Category> categories, MkDocsNav.Menu menu) {
    Set<String> there = new java.util.HashSet<>();
    markdown.forEach(p -> there.add(p.path()));
    MkDocsNav.Read nav = StarlightSidebar.read(f, there, in.language(), in.diagnostics());
    // (a folder's pages autogenerated alone are in its own order: those its pages' sidebar.order places first)
    nav.categories().forEach((folder, c) -> categories.putIfAbsent(folder, List.of("...").equals(c.nav()) ? new Category(c.label(), c.position(), c.description(), null, c.titles(), c.doc(), c.docAt()) : c));
    menu.add(nav);
    for (MkDocsNav.Ref ref : noPage(nav.refs(), there)) {
      in.diagnostics().add(
          Diagnostic.warning(MkDocsNav.CODE, ref.at(), "the sidebar's item names no page in `" + handbook.config.StarlightConfig.PAGES + "`: `" + Urls.stem(ref.path().substring(ROOT.length())) + "`")
              .withHint("an item of the sidebar names a page by its slug: `guides/setup` for `src/content/docs/guides/setup.md`"));
    }
  }

  /**
   * The sidebars of a Docusaurus project, as the categories of the folders they list: their order
   * and titles win, a folder's {@code _category_} file still names and describes it.
   */
  private static void navOfDocusaurus(LoadInput in, Map<String, String> ids, Map<String, Category> categories, MkDocsNav.Menu menu) {
    // the folders' _category_ files' labels, in the language the site is built in (their sidebar is not known)
    Map<String, String> labels = in.labels(handbook.config.DocusaurusTranslations.DOCS);
    if (!labels.isEmpty()) {
      categories.replaceAll(
          (folder, c) -> new Category(handbook.config.DocusaurusTranslations.sidebarLabel(labels, null, "category", c.label()), c.position(), c.description(), c.nav(), c.titles(), c.doc(), c.docAt()));
    }
    String name = DocusaurusSidebars.FILES.stream().filter(in.files()::contains).findFirst().orElse(null);
    SourceFile f = name == null ? null : in.read(name);
    if (f == null) {
      return;
    }
    MkDocsNav.Read nav = DocusaurusSidebars.read(f, ids, labels, in.diagnostics());
    nav.categories().forEach((folder, c) -> categories.merge(folder, c, (own, sidebar) -> new Category(own.label(), own.position(), own.description(), sidebar.nav(), sidebar.titles(), own.doc() != null ? own.doc() : sidebar.doc(), own.doc() != null ? own.docAt() : sidebar.docAt())));
    menu.add(nav);
  }

  /**
   * A page placed and named by the nav of its folder's {@code .pages} (for a folder's page: of the
   * folder around it), or where a tool's nav moves it ({@code menu}).
   */
  private static DocPage placed(DocPage page, boolean folderPage, Map<String, Category> categories, MkDocsNav.Menu menu, Mount mount) {
    String src = page.info().source();
    if (src.equals("index.md")) {
      return page;
    }
    String folder = Urls.sourceFolder(src);
    MkDocsNav.Move move = folderPage && (folder.equals(ROOT) || folder.isEmpty()) ? null : menu.moves.get(folderPage ? folder : src);
    if (move != null) {
      PageInfo i = page.info();
      String linkTitle = i.linkTitle() == null && move.title() != null && !move.title().equals(i.title()) ? move.title() : i.linkTitle();
      return page.withInfo(new PageInfo(i.url(), i.title(), i.description(), i.source(), menuUrl(move.in(), mount, Map.of()), move.place(), i.inNav(), i.kind(), i.tags(), i.extra(), i.aliases(), linkTitle, i.listed()));
    }
    if (folderPage) {
      if (folder.equals(ROOT) || folder.isEmpty()) {
        return page;
      }
      String name = folder.substring(0, folder.length() - 1);
      Category around = categories.get(parentFolder(folder));
      DocPage placed = around == null ? page : around.placed(page, name.substring(name.lastIndexOf('/') + 1));
      return leftOut(parentFolder(folder), categories, menu) ? placed.withInfo(placed.info().outOfMenu()) : placed;
    }
    Category c = categories.get(folder);
    DocPage placed = c == null ? page : c.placed(page, src.substring(src.lastIndexOf('/') + 1));
    return leftOut(folder, categories, menu) ? placed.withInfo(placed.info().outOfMenu()) : placed;
  }

  /** The URL of an entry of the menu a tool's nav puts a page or group in: a folder's page, or a group (its id). */
  private static String menuUrl(String in, Mount mount, Map<String, String> urlOf) {
    if (in.startsWith("#")) {
      return in;
    }
    // a page (by its path): its address, else (not yet known, or no page) its folder's
    return in.endsWith("/") ? mount.pageUrl(in) : urlOf.getOrDefault(in, mount.pageUrl(Urls.sourceFolder(in)));
  }

  /** The page a tool's nav puts a page under (its path), or null: a page whose place waits for that page's address. */
  private static String underPage(String path, boolean folderPage, MkDocsNav.Menu menu) {
    String key = folderPage ? Urls.sourceFolder(path) : path;
    MkDocsNav.Move move = key.equals(ROOT) ? null : menu.moves.get(key);
    return move == null || move.in().startsWith("#") || move.in().endsWith("/") ? null : move.in();
  }

  /**
   * Whether a folder is out of the menu: the nav of the folder around it, or around a folder it is
   * in, leaves it out (not where the nav places one of them elsewhere).
   */
  private static boolean leftOut(String folder, Map<String, Category> categories, MkDocsNav.Menu menu) {
    if (categories.isEmpty()) {
      return false;
    }
    for (String f = folder; f.startsWith(ROOT) && !f.equals(ROOT); f = parentFolder(f)) {
      if (menu.moves.containsKey(f)) {
        return false;
      }
      Category around = categories.get(parentFolder(f));
      String name = f.substring(0, f.length() - 1);
      if (around != null && around.leavesOut(name.substring(name.lastIndexOf('/') + 1))) {
        return true;
      }
    }
    return false;
  }

  /** Where a page's front matter says {@code unlisted}: the value of its line (a folder's page is known only once all pages are). */
  private static Span unlistedAt(SourceFile f) {
    return valueAt(f, "unlisted");
  }

  /** Where a page's YAML front matter gives {@code key} a value: its line and column (the file, where no line of its own says it). */
  static Span valueAt(SourceFile f, String key) {
    String[] lines = f.text().split("\n", -1);
    java.util.regex.Pattern at = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(key) + "[ \\t]*:[ \\t]*");
    for (int i = 1; i < lines.length && !lines[i].startsWith("---"); i++) {
      java.util.regex.Matcher m = at.matcher(lines[i]);
      if (m.lookingAt()) {
        return Span.at(f.displayPath(), i + 1, m.end() + 1);
      }
    }
    return Span.file(f.displayPath());
  }

  /**
   * Whether a page is unlisted (Docusaurus' {@code unlisted: true}): built and linked to, but out of
   * the menu, the previous and next links and the search. Not a section's page.
   */
  static boolean unlisted(Map<String, Object> extra) {
    return Boolean.TRUE.equals(extra.get("unlisted"));
  }

  private static final Codec<Parsed> CODEC =
      new Codec<>() {
        @Override
        public void write(Parsed p, DataOutput out) throws IOException {
          Codecs.string(out, p.path());
          Codecs.string(out, p.title());
          Codecs.string(out, p.linkTitle());
          Codecs.string(out, p.description());
          Codecs.nullableInt(out, p.weight());
          Codecs.strings(out, p.tags());
          Codecs.strings(out, p.aliases());
          ValueCodecs.PLAIN.write(p.extra(), out);
          out.writeBoolean(p.draft());
          ValueCodecs.MARKDOWN.write(p.body(), out);
          out.writeBoolean(p.card() != null);
          if (p.card() != null) {
            ValueCodecs.LINK.write(p.card(), out);
          }
          Codecs.list(out, p.pager(), PagerRefs.CODEC);
          Codecs.list(out, p.diagnostics(), ValueCodecs.DIAGNOSTIC);
          Codecs.string(out, p.key());
        }

        @Override
        @SuppressWarnings("unchecked")
        public Parsed read(DataInput in) throws IOException {
          return new Parsed(
              Codecs.string(in),
              Codecs.string(in),
              Codecs.string(in),
              Codecs.string(in),
              Codecs.nullableInt(in),
              Codecs.strings(in),
              Codecs.strings(in),
              (Map<String, Object>) ValueCodecs.PLAIN.read(in),
              in.readBoolean(),
              ValueCodecs.MARKDOWN.read(in),
              in.readBoolean() ? ValueCodecs.LINK.read(in) : null,
              Codecs.list(in, PagerRefs.CODEC),
              Codecs.list(in, ValueCodecs.DIAGNOSTIC),
              Objects.requireNonNull(Codecs.string(in)),
              new Pages());
        }
      };

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

  /** {@code error-handling} → {@code Error handling}. */
  static String humanize(String name) {
    String s = name.replace('-', ' ').replace('_', ' ').strip();
    if (s.isEmpty()) {
      return name;
    }
    return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }
}
