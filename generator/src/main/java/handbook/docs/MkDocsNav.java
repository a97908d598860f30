package handbook.docs;

import handbook.content.Urls;
import handbook.diag.Diagnostic;
import handbook.diag.Diagnostics;
import handbook.diag.Span;
import handbook.source.SourceFile;
import handbook.yaml.YamlNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code nav} of an MkDocs project's {@code mkdocs.yml}, and the nav files of its
 * literate-nav plugin, read as the order and menu titles of the folders under {@code docs/} (one
 * {@link Category} for each folder they list): the menu here follows the folders, so a section
 * names the folder that holds its pages, and an entry is placed in its own folder by its first
 * place in the nav. Where the nav puts a page or a section elsewhere than its folder, a section's
 * pages are in several folders, or an entry is a link elsewhere, one warning names it
 * ({@code docs.nav}); so does an entry that names no page. Pages and folders the nav leaves out
 * are out of the menu, as in MkDocs (see {@link Category#leavesOut}).
 *
 * <p>With literate-nav ({@code plugins: [literate-nav]}), a folder's nav file ({@code nav_file},
 * {@code SUMMARY.md} by default) gives that folder's nav as the last Markdown list of links in
 * it; the one in {@code docs/} stands for {@code mkdocs.yml}'s.
 */
final class MkDocsNav {
  static final String CODE = "docs.nav";

  /** awesome-pages' entry for the folder's other pages, in their own order (they are in the menu then). */
  private static final String REST = "...";

  /** An entry of the nav: the content path of the page or folder it names ({@code docs/a/b.md}, {@code docs/a/}) and where. */
  record Ref(String path, Span at) {}

  /** The categories of the folders the nav lists, by folder, and the entries it has. */
  record Read(Map<String, Category> categories, List<Ref> refs) {}

  /**
   * An entry of a nav: a page or folder ({@code target}, a content path, or a link elsewhere with
   * {@code external}), a section ({@code children}), or neither (an entry not read).
   */
  private record Item(String title, String target, boolean external, List<Item> children, Span at) {}

  private final Diagnostics diags;
  private final Map<String, List<String>> order = new LinkedHashMap<>();
  private final Map<String, Map<String, String>> titles = new LinkedHashMap<>();
  private final List<Ref> refs = new ArrayList<>();
  private final List<Span> misplaced = new ArrayList<>();
  private final List<Span> links = new ArrayList<>();

  private MkDocsNav(Diagnostics diags) {
    this.diags = diags;
  }

  /** Reads the nav of a config file's settings ({@code map}, of {@code file}) and the nav files among the docs pages. */
  static Read read(YamlNode.Mapping map, String file, List<SourceFile> pages, Diagnostics diags) {
    MkDocsNav nav = new MkDocsNav(diags);
    String navFile = literateNavFile(map.get("plugins"));
    Map<String, SourceFile> navFiles = new LinkedHashMap<>();
    if (navFile != null) {
      for (SourceFile f : pages) {
        if (f.path().startsWith(DocsKind.ROOT) && f.path().substring(f.path().lastIndexOf('/') + 1).equals(navFile)) {
          navFiles.put(Urls.sourceFolder(f.path()), f);
        }
      }
    }
    YamlNode yamlNav = map.get("nav");
    if (navFiles.containsKey(DocsKind.ROOT)) {
      // literate-nav's own at the docs folder's root stands for mkdocs.yml's
    } else if (yamlNav instanceof YamlNode.Seq seq) {
      nav.walk(items(seq, file), DocsKind.ROOT, false);
    } else if (yamlNav != null) {
      diags.add(Diagnostic.warning(CODE, Span.at(file, yamlNav.line(), yamlNav.column()), "`nav` of mkdocs.yml is a list of pages and sections, found " + yamlNav.describe() + ": the menu follows the folders"));
    }
    navFiles.forEach((folder, f) -> nav.walk(items(f, folder), folder, false));
    nav.report(nav.misplaced, "the nav puts this where its folder is not: the menu follows the folders, so it is listed in its own", "put each section's pages in a folder of its own, named by the section");
    nav.report(nav.links, "a link elsewhere in the nav: the menu lists the site's pages alone", "link to it from a page");
    Map<String, Category> categories = new LinkedHashMap<>();
    nav.order.forEach((folder, entries) -> categories.put(folder, new Category(null, null, "", List.copyOf(entries), Map.copyOf(nav.titles.getOrDefault(folder, Map.of())))));
    return new Read(categories, List.copyOf(nav.refs));
  }

  /** The nav file of literate-nav where the plugins list it ({@code nav_file}, else {@code SUMMARY.md}), else null. */
  private static String literateNavFile(YamlNode plugins) {
    if (plugins instanceof YamlNode.Seq seq) {
      for (YamlNode item : seq.items()) {
        if (item instanceof YamlNode.Scalar s && "literate-nav".equals(s.value())) {
          return "SUMMARY.md";
        }
        if (item instanceof YamlNode.Mapping m && m.get("literate-nav") != null) {
          return navFileOption(m.get("literate-nav"));
        }
      }
    } else if (plugins instanceof YamlNode.Mapping m && m.entries().containsKey("literate-nav")) {
      return navFileOption(m.get("literate-nav"));
    }
    return null;
  }

  private static String navFileOption(YamlNode options) {
    return options instanceof YamlNode.Mapping o && o.get("nav_file") instanceof YamlNode.Scalar f && f.value() != null && !f.value().isBlank() ? f.value().strip() : "SUMMARY.md";
  }

  /** The entries of mkdocs.yml's nav: paths from the docs folder. */
  private static List<Item> items(YamlNode.Seq seq, String file) {
    List<Item> out = new ArrayList<>();
    for (YamlNode node : seq.items()) {
      Span at = Span.at(file, node.line(), node.column());
      if (node instanceof YamlNode.Scalar s && s.type() == YamlNode.Scalar.Type.STRING) {
        out.add(entry(null, s.value(), DocsKind.ROOT, at));
      } else if (node instanceof YamlNode.Mapping m && m.entries().size() == 1) {
        YamlNode.Mapping.Entry e = m.entries().values().iterator().next();
        if (e.value() instanceof YamlNode.Scalar s && s.type() == YamlNode.Scalar.Type.STRING) {
          out.add(entry(e.key().strip(), s.value(), DocsKind.ROOT, at));
        } else if (e.value() instanceof YamlNode.Seq children) {
          out.add(new Item(e.key().strip(), null, false, items(children, file), at));
        } else {
          out.add(new Item(null, null, false, null, at));
        }
      } else {
        out.add(new Item(null, null, false, null, at));
      }
    }
    return out;
  }

  private static final Pattern LIST_ITEM = Pattern.compile("^( *)[-*+] +(.*)$");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\(\\s*<?([^)\\s>]*)>?(?:\\s+\"[^\"]*\")?\\s*\\)");

  /**
   * The entries of a literate-nav file: its last Markdown list, an item a link to a page or folder
   * (from the file's folder) or a section's title with the items indented under it.
   */
  private static List<Item> items(SourceFile f, String folder) {
    String[] lines = f.text().split("\r?\n", -1);
    // the lines of the last list outside code: its first line and its end
    int from = -1;
    int to = -1;
    int start = -1;
    boolean code = false;
    for (int i = 0; i <= lines.length; i++) {
      String line = i < lines.length ? lines[i] : "";
      if (i < lines.length && line.strip().startsWith("```")) {
        code = !code;
      }
      boolean item = i < lines.length && !code && LIST_ITEM.matcher(line).matches();
      boolean inside = item || start >= 0 && i < lines.length && (line.isBlank() || line.startsWith(" "));
      if (item && start < 0) {
        start = i;
      } else if (!inside && start >= 0) {
        from = start;
        to = i;
        start = -1;
      }
    }
    List<Item> top = new ArrayList<>();
    if (from < 0) {
      return top;
    }
    // each item under the last one less indented than itself; an item with items under it is a
    // section (a linked one is its section's first page, as literate-nav makes it)
    List<Open> open = new ArrayList<>();
    for (int i = from; i < to; i++) {
      Matcher m = LIST_ITEM.matcher(lines[i]);
      if (!m.matches()) {
        continue;
      }
      int indent = m.group(1).length();
      while (!open.isEmpty() && indent <= open.get(open.size() - 1).indent()) {
        close(open, top);
      }
      String text = m.group(2).strip();
      Span at = Span.at(f.displayPath(), i + 1, indent + 1);
      Matcher link = LINK.matcher(text);
      if (link.matches()) {
        open.add(new Open(indent, link.group(1).strip(), entry(link.group(1).strip(), link.group(2), folder, at), at, new ArrayList<>()));
      } else if (!text.isEmpty() && !text.contains("](") && !text.contains("*")) {
        open.add(new Open(indent, text, null, at, new ArrayList<>()));
      } else {
        (open.isEmpty() ? top : open.get(open.size() - 1).children()).add(new Item(null, null, false, null, at));
      }
    }
    while (!open.isEmpty()) {
      close(open, top);
    }
    return top;
  }

  /** An item of a nav file whose items under it are still being read. */
  private record Open(int indent, String title, Item head, Span at, List<Item> children) {}

  private static void close(List<Open> open, List<Item> top) {
    Open o = open.remove(open.size() - 1);
    List<Item> into = open.isEmpty() ? top : open.get(open.size() - 1).children();
    if (o.children().isEmpty()) {
      into.add(o.head() != null ? o.head() : new Item(null, null, false, null, o.at()));
    } else {
      List<Item> children = new ArrayList<>();
      if (o.head() != null) {
        children.add(o.head());
      }
      children.addAll(o.children());
      into.add(new Item(o.title(), null, false, children, o.at()));
    }
  }

  /** An entry naming {@code target}, read from {@code folder}. */
  private static Item entry(String title, String target, String folder, Span at) {
    String t = target.strip();
    if (t.equals(REST)) {
      return new Item(null, REST, false, null, at);
    }
    if (t.matches("(?i)[a-z][a-z0-9+.-]*:.*") || t.startsWith("//")) {
      return new Item(title, t, true, null, at);
    }
    String path = t.startsWith("/") ? DocsKind.ROOT + t.replaceAll("^/+", "") : folder + t.replaceAll("^(\\./)+", "");
    path = Urls.normalize(path);
    if (path == null || !path.startsWith(DocsKind.ROOT)) {
      return new Item(null, null, false, null, at);
    }
    boolean isFolder = path.endsWith("/") || !path.substring(path.lastIndexOf('/') + 1).contains(".");
    return new Item(title == null || title.isEmpty() ? null : title, isFolder && !path.endsWith("/") ? path + "/" : path, false, null, at);
  }

  /** Places the entries of a list of the nav, in the folder {@code folder} ({@code quiet}: inside a section already named as misplaced). */
  private void walk(List<Item> items, String folder, boolean quiet) {
    for (Item item : items) {
      if (item.children() != null) {
        section(item, folder, quiet);
      } else if (item.external()) {
        links.add(item.at());
      } else if (REST.equals(item.target())) {
        place(folder, REST, null);
      } else if (item.target() != null) {
        page(item, folder, quiet);
      } else {
        diags.add(
            Diagnostic.warning(CODE, item.at(), "an entry of the nav not read here: the pages it names are ordered with the others")
                .withHint("the entries read are `page.md`, `Title: page.md`, `Title: folder/` and `Title: [entries]` (in a nav file, links and titles with items under them)"));
      }
    }
  }

  /** A page or folder entry: placed in the folder it is in, with its menu title. */
  private void page(Item item, String folder, boolean quiet) {
    String path = item.target();
    refs.add(new Ref(path, item.at()));
    // the folder that holds the entry, and its name there; a folder's own page stands for the folder
    String holder;
    String name;
    if (path.endsWith("/")) {
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
      misplaced.add(item.at());
    }
    place(holder, name, item.title());
  }

  /** A section: the folder that holds all its pages, named by the section's title where that folder is in {@code folder}. */
  private void section(Item section, String folder, boolean quiet) {
    String common = common(section.children(), null);
    if (common == null) {
      walk(section.children(), folder, quiet);
      return;
    }
    boolean fits = !common.equals(folder) && DocsKind.parentFolder(common).equals(folder);
    if (fits) {
      place(folder, folderName(common), section.title());
    } else {
      if (!quiet) {
        misplaced.add(section.at());
      }
      place(DocsKind.parentFolder(common), folderName(common), null);
    }
    walk(section.children(), common, quiet || !fits);
  }

  /** The deepest folder that holds every page and folder of a list of the nav (with {@code soFar}), or null when it names none. */
  private static String common(List<Item> items, String soFar) {
    for (Item item : items) {
      if (item.children() != null) {
        soFar = common(item.children(), soFar);
      } else if (item.target() != null && !item.external() && !REST.equals(item.target())) {
        String folder = item.target().endsWith("/") ? item.target() : Urls.sourceFolder(item.target());
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
      java.util.Set<String> lines = new java.util.LinkedHashSet<>();
      spans.subList(1, spans.size()).forEach(s -> lines.add(s.file().equals(spans.get(0).file()) ? String.valueOf(s.line()) : s.file() + ":" + s.line()));
      more = " (" + (spans.size() - 1) + " more, on line" + (lines.size() == 1 ? " " : "s ") + String.join(", ", lines) + ")";
    }
    diags.add(Diagnostic.warning(CODE, spans.get(0), message + more).withHint(hint));
  }
}
