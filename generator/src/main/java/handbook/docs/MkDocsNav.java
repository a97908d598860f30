package handbook.docs;

import handbook.content.Urls;
import handbook.diag.Diagnostic;
import handbook.diag.Diagnostics;
import handbook.diag.Span;
import handbook.source.SourceFile;
import handbook.yaml.YamlNode;
import handbook.yaml.YamlParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code nav} of an MkDocs project's {@code mkdocs.yml}, read as the order and menu titles of
 * the folders under {@code docs/} (one {@link Category} for each folder it lists): the menu here
 * follows the folders, so a section names the folder that holds its pages, and an entry is placed
 * in its own folder by its first place in the nav. Where the nav puts a page or a section
 * elsewhere than its folder, a section's pages are in several folders, or an entry is a link
 * elsewhere, one warning names it ({@code docs.nav}); so does an entry that names no page.
 * Pages and folders the nav leaves out are out of the menu, as in MkDocs (see {@link Category#leavesOut}).
 */
final class MkDocsNav {
  static final String CODE = "docs.nav";

  /** An entry of the nav: the content path of the page or folder it names ({@code docs/a/b.md}, {@code docs/a/}) and where. */
  record Ref(String path, Span at) {}

  /** The categories of the folders the nav lists, by folder, and the entries it has. */
  record Read(Map<String, Category> categories, List<Ref> refs) {}

  private final String file;
  private final Diagnostics diags;
  private final Map<String, List<String>> order = new LinkedHashMap<>();
  private final Map<String, Map<String, String>> titles = new LinkedHashMap<>();
  private final List<Ref> refs = new ArrayList<>();
  private final List<Span> misplaced = new ArrayList<>();
  private final List<Span> links = new ArrayList<>();

  private MkDocsNav(String file, Diagnostics diags) {
    this.file = file;
    this.diags = diags;
  }

  /** Reads the nav of the file; the site's settings report the file's YAML errors, so nothing is read then. */
  static Read read(SourceFile f, Diagnostics diags) {
    YamlParser.Result r = new YamlParser().parse(f.text(), f.displayPath(), 1);
    if (!r.ok() || !(r.root() instanceof YamlNode.Mapping map) || map.get("nav") == null) {
      return new Read(Map.of(), List.of());
    }
    MkDocsNav nav = new MkDocsNav(f.displayPath(), diags);
    if (map.get("nav") instanceof YamlNode.Seq seq) {
      nav.walk(seq, DocsKind.ROOT, false);
    } else {
      YamlNode n = map.get("nav");
      diags.add(Diagnostic.warning(CODE, Span.at(nav.file, n.line(), n.column()), "`nav` of mkdocs.yml is a list of pages and sections, found " + n.describe() + ": the menu follows the folders"));
    }
    nav.report(nav.misplaced, "the nav of mkdocs.yml puts this where its folder is not: the menu follows the folders, so it is listed in its own", "put each section's pages in a folder of its own, named by the section");
    nav.report(nav.links, "a link elsewhere in the nav of mkdocs.yml: the menu lists the site's pages alone", "link to it from a page");
    Map<String, Category> categories = new LinkedHashMap<>();
    nav.order.forEach((folder, entries) -> categories.put(folder, new Category(null, null, "", List.copyOf(entries), Map.copyOf(nav.titles.getOrDefault(folder, Map.of())))));
    return new Read(categories, List.copyOf(nav.refs));
  }

  /** Places the entries of a list of the nav, in the folder {@code folder} ({@code quiet}: inside a section already named as misplaced). */
  private void walk(YamlNode.Seq seq, String folder, boolean quiet) {
    for (YamlNode item : seq.items()) {
      Span at = Span.at(file, item.line(), item.column());
      if (item instanceof YamlNode.Scalar s && s.type() == YamlNode.Scalar.Type.STRING) {
        page(s.value().strip(), null, folder, at, quiet);
      } else if (item instanceof YamlNode.Mapping m && m.entries().size() == 1) {
        YamlNode.Mapping.Entry e = m.entries().values().iterator().next();
        if (e.value() instanceof YamlNode.Scalar s && s.type() == YamlNode.Scalar.Type.STRING) {
          page(s.value().strip(), e.key().strip(), folder, at, quiet);
        } else if (e.value() instanceof YamlNode.Seq children) {
          section(e.key().strip(), children, folder, at, quiet);
        } else {
          unread(at);
        }
      } else {
        unread(at);
      }
    }
  }

  private void unread(Span at) {
    diags.add(
        Diagnostic.warning(CODE, at, "an entry of the nav of mkdocs.yml not read here: the pages it names are ordered with the others")
            .withHint("the entries read are `page.md`, `Title: page.md`, `Title: folder/` and `Title: [entries]`"));
  }

  /** A page or folder entry: placed in the folder it is in, with its menu title. */
  private void page(String target, String title, String folder, Span at, boolean quiet) {
    if (target.matches("(?i)[a-z][a-z0-9+.-]*:.*") || target.startsWith("//")) {
      links.add(at);
      return;
    }
    String path = DocsKind.ROOT + target.replaceAll("^(\\./|/)+", "");
    boolean isFolder = path.endsWith("/") || !path.substring(path.lastIndexOf('/') + 1).contains(".");
    if (isFolder && !path.endsWith("/")) {
      path = path + "/";
    }
    refs.add(new Ref(path, at));
    // the folder that holds the entry, and its name there; a folder's own page stands for the folder
    String holder;
    String name;
    if (isFolder) {
      holder = DocsKind.parentFolder(path);
      name = folderName(path);
    } else if (DocsKind.rank(path) >= 0 && !path.equals(DocsKind.ROOT + DocsKind.FOLDER_PAGE_NAMES.get(0)) && !Urls.sourceFolder(path).equals(folder)) {
      holder = DocsKind.parentFolder(Urls.sourceFolder(path));
      name = folderName(Urls.sourceFolder(path));
    } else {
      holder = Urls.sourceFolder(path);
      name = path.substring(path.lastIndexOf('/') + 1);
    }
    if (!holder.equals(folder) && !quiet) {
      misplaced.add(at);
    }
    place(holder, name, title);
  }

  /** A section: the folder that holds all its pages, named by the section's title where that folder is in {@code folder}. */
  private void section(String title, YamlNode.Seq children, String folder, Span at, boolean quiet) {
    String common = common(children, null);
    if (common == null) {
      walk(children, folder, quiet);
      return;
    }
    boolean fits = !common.equals(folder) && DocsKind.parentFolder(common).equals(folder);
    if (fits) {
      place(folder, folderName(common), title);
    } else {
      if (!quiet) {
        misplaced.add(at);
      }
      place(DocsKind.parentFolder(common), folderName(common), null);
    }
    walk(children, common, quiet || !fits);
  }

  /** The deepest folder that holds every page and folder of a list of the nav (with {@code so far}), or null when it names none. */
  private static String common(YamlNode.Seq seq, String soFar) {
    for (YamlNode item : seq.items()) {
      YamlNode value = item instanceof YamlNode.Mapping m && m.entries().size() == 1 ? m.entries().values().iterator().next().value() : item;
      if (value instanceof YamlNode.Seq children) {
        soFar = common(children, soFar);
      } else if (value instanceof YamlNode.Scalar s && s.type() == YamlNode.Scalar.Type.STRING && !s.value().strip().matches("(?i)[a-z][a-z0-9+.-]*:.*")) {
        String path = DocsKind.ROOT + s.value().strip().replaceAll("^(\\./|/)+", "");
        String folder = path.endsWith("/") || !path.substring(path.lastIndexOf('/') + 1).contains(".") ? path.replaceAll("/*$", "/") : Urls.sourceFolder(path);
        soFar = soFar == null ? folder : shared(soFar, folder);
      }
    }
    return soFar;
  }

  /** The deepest folder two folders are both in. */
  private static String shared(String a, String b) {
    while (!b.startsWith(a)) {
      a = DocsKind.parentFolder(a);
    }
    return a;
  }

  /** Puts an entry in its folder's order (its first place counts) and the folder in its own folder's, up to {@code docs/}. */
  private void place(String folder, String name, String title) {
    if (!folder.startsWith(DocsKind.ROOT)) {
      return;
    }
    List<String> entries = order.computeIfAbsent(folder, k -> new ArrayList<>());
    if (!entries.contains(name)) {
      entries.add(name);
    }
    if (title != null && !title.isEmpty()) {
      titles.computeIfAbsent(folder, k -> new LinkedHashMap<>()).putIfAbsent(name, title);
    }
    if (!folder.equals(DocsKind.ROOT)) {
      place(DocsKind.parentFolder(folder), folderName(folder), null);
    }
  }

  /** {@code docs/a/b/} → {@code b}. */
  private static String folderName(String folder) {
    String f = folder.substring(0, folder.length() - 1);
    return f.substring(f.lastIndexOf('/') + 1);
  }

  /** One warning for entries of one kind: at the first, with the lines of the others. */
  private void report(List<Span> spans, String message, String hint) {
    if (spans.isEmpty()) {
      return;
    }
    String more = "";
    if (spans.size() > 1) {
      java.util.Set<Integer> lines = new java.util.TreeSet<>();
      spans.subList(1, spans.size()).forEach(s -> lines.add(s.line()));
      more = " (" + (spans.size() - 1) + " more, on line" + (lines.size() == 1 ? " " : "s ") + String.join(", ", lines.stream().map(String::valueOf).toList()) + ")";
    }
    diags.add(Diagnostic.warning(CODE, spans.get(0), message + more).withHint(hint));
  }
}
