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
 * literate-nav plugin, read as the menu wherever its pages are: the order and menu titles of the
 * folders under {@code docs/} where a list is in a folder's own pages ({@link Category}, one for
 * each folder it lists; a section over one folder's pages is that folder's section), and
 * {@link Group}s and {@link Move}s where it is not: a section over pages of the folder around it,
 * or of several folders, is a group of the menu (its title over its pages, no page of its own); a
 * page or folder listed elsewhere than in its folder is moved there. A link elsewhere is named
 * ({@code docs.nav}); so is an entry that names no page. Pages and folders the nav leaves out are
 * out of the menu, as in MkDocs (see {@link Category#leavesOut}).
 *
 * <p>With literate-nav ({@code plugins: [literate-nav]}), a folder's nav file ({@code nav_file},
 * {@code SUMMARY.md} by default) gives that folder's nav as the last Markdown list of links in
 * it; the one in {@code docs/} stands for {@code mkdocs.yml}'s.
 */
final class MkDocsNav {
  static final String CODE = "docs.nav";

  /** What starts a link of the menu to a page of the site another kind makes ({@code site:api/openapi/}): its path from the site's root after it. */
  static final String SITE = "site:";

  /** awesome-pages' entry for the folder's other pages, in their own order (they are in the menu then). */
  private static final String REST = "...";

  /** An entry of the nav: the content path of the page or folder it names ({@code docs/a/b.md}, {@code docs/a/}) and where. */
  record Ref(String path, Span at) {}

  /**
   * The categories of the folders the nav lists, by folder, and the entries it has; its groups
   * that are no folder, and the pages and folders it places elsewhere than in their folder's
   * menu, by content path ({@code docs/a.md}, {@code docs/a/}).
   */
  record Read(Map<String, Category> categories, List<Ref> refs, List<Group> groups, Map<String, Move> moves) {
    Read(Map<String, Category> categories, List<Ref> refs) {
      this(categories, refs, List.of(), Map.of());
    }

    /** The same nav with its titles translated ({@code titles}: each title's translation; one not there stays). */
    Read translated(Map<String, String> titles) {
      if (titles.isEmpty()) {
        return this;
      }
      java.util.function.UnaryOperator<String> t = title -> title == null ? null : titles.getOrDefault(title, title);
      Map<String, Category> cs = new java.util.LinkedHashMap<>();
      categories.forEach((folder, c) -> {
        Map<String, String> pages = new java.util.LinkedHashMap<>();
        c.titles().forEach((page, title) -> pages.put(page, t.apply(title)));
        cs.put(folder, new Category(t.apply(c.label()), c.position(), c.description(), c.nav(), pages, c.doc(), c.docAt()));
      });
      List<Group> gs = groups.stream().map(g -> new Group(g.id(), t.apply(g.title()), g.in(), g.place(), g.href(), g.at())).toList();
      Map<String, Move> ms = new java.util.LinkedHashMap<>();
      moves.forEach((path, m) -> ms.put(path, new Move(m.in(), m.place(), t.apply(m.title()))));
      return new Read(cs, refs, gs, ms);
    }
  }

  /**
   * An entry of the nav that is no page: a group that is no folder (a section over pages of its
   * folder's own, or of several folders), or a link elsewhere ({@code href}, else null). Its
   * {@code id} names it in the menu ({@code #} and where the nav has it), {@code in} the entry it
   * is in (a folder, {@code docs/a/}, or a group's id), at {@code place} there; {@code at} where
   * the nav has it. A link to a path of the site ({@code /blog}) is resolved as links are, once
   * every page is known.
   */
  record Group(String id, String title, String in, int place, String href, Span at) {}

  /** Where the nav puts a page or folder: in the entry {@code in} (a folder or a group's id), at {@code place} there, with its menu {@code title} (or null). */
  record Move(String in, int place, String title) {}

  /** The groups and moves of the navs read for one site: the first place of an entry counts. */
  static final class Menu {
    final List<Group> groups = new ArrayList<>();
    final Map<String, Move> moves = new java.util.HashMap<>();

    void add(Read r) {
      groups.addAll(r.groups());
      r.moves().forEach(moves::putIfAbsent);
    }
  }

  /**
   * An entry of a nav: a page or folder ({@code target}, a content path, or a link elsewhere with
   * {@code external}), a section ({@code children}; with a {@code target}, a page with its entries
   * under it), or neither (an entry not read).
   */
  record Item(String title, String target, boolean external, List<Item> children, Span at) {
    /**
     * A section headed by a page of its own ({@code head}, an entry of the nav): that page, its
     * entries under it (mdBook's and GitBook's chapters, a VitePress group's link); where the head
     * is a folder's page or no page, the section with the head as its first entry.
     */
    static Item headed(String title, Item head, List<Item> children, Span at) {
      if (head.target() != null && !head.external() && head.children() == null && !head.target().endsWith("/") && !head.target().endsWith(REST) && DocsKind.rank(head.target()) < 0) {
        return new Item(title != null ? title : head.title(), head.target(), false, List.copyOf(children), at);
      }
      List<Item> all = new ArrayList<>();
      all.add(head);
      all.addAll(children);
      return new Item(title, null, false, all, at);
    }

    /** An entry that is not read (named as such). */
    static Item unread(Span at) {
      return new Item(null, null, false, null, at);
    }

    /** The pages of a folder ({@code docs/a/}), in its own order, at this place: Docusaurus' autogenerated slice. */
    static Item folderPages(String folder, Span at) {
      return new Item(null, folder + REST, false, null, at);
    }
  }

  /** A tool's words in the warnings: what its nav is called, and which entries are read. */
  record Words(String nav, String readHint) {}

  private static final Words MKDOCS =
      new Words("the nav", "the entries read are `page.md`, `Title: page.md`, `Title: folder/` and `Title: [entries]` (in a nav file, links and titles with items under them)");

  private final Words words;

  private final Diagnostics diags;
  private final Map<String, List<String>> order = new LinkedHashMap<>();
  private final Map<String, Map<String, String>> titles = new LinkedHashMap<>();
  private final List<Ref> refs = new ArrayList<>();
  private final List<Group> groups = new ArrayList<>();
  private final Map<String, Group> groupsById = new java.util.HashMap<>();
  private final Map<String, Move> moves = new LinkedHashMap<>();
  /** The places given so far in each group, by its id. */
  private final Map<String, Integer> filled = new java.util.HashMap<>();
  /** The pages and folders the nav has placed (a folder a section stands for too). */
  private final java.util.Set<String> placed = new java.util.HashSet<>();
  private final List<Span> links = new ArrayList<>();
  private final List<Span> unread = new ArrayList<>();

  private MkDocsNav(Words words, Diagnostics diags) {
    this.words = words;
    this.diags = diags;
  }

  /** The categories of another tool's nav, its entries read from the docs folder. */
  static Read of(List<Item> items, Words words, Diagnostics diags) {
    MkDocsNav nav = new MkDocsNav(words, diags);
    nav.walk(items, DocsKind.ROOT, DocsKind.ROOT);
    return nav.result();
  }

  /** Reads the nav of a config file's settings ({@code map}, of {@code file}) and the nav files among the docs pages. */
  static Read read(YamlNode.Mapping map, String file, List<SourceFile> pages, Diagnostics diags) {
    MkDocsNav nav = new MkDocsNav(MKDOCS, diags);
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
      nav.walk(items(seq, file), DocsKind.ROOT, DocsKind.ROOT);
    } else if (yamlNav != null) {
      diags.add(Diagnostic.warning(CODE, yamlNav.span(file), "`nav` of mkdocs.yml is a list of pages and sections, found " + yamlNav.describe() + ": the menu follows the folders"));
    }
    navFiles.forEach((folder, f) -> nav.walk(items(f, folder), folder, folder));
    return nav.result();
  }

  private Read result() {
    report(links, "a link in " + words.nav() + " that is no web address is not shown: the menu's links lead to other sites", "link to it from a page");
    report(unread, "an entry of " + words.nav() + " not read here: the pages it names are ordered with the others", words.readHint());
    Map<String, Category> categories = new LinkedHashMap<>();
    order.forEach((folder, entries) -> categories.put(folder, new Category(null, null, "", List.copyOf(entries), Map.copyOf(titles.getOrDefault(folder, Map.of())))));
    return new Read(categories, List.copyOf(refs), List.copyOf(groups), Map.copyOf(moves));
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
      Span at = node.span(file);
      if (node instanceof YamlNode.Scalar s && s.type() == YamlNode.Scalar.Type.STRING) {
        out.add(entry(null, s.value(), DocsKind.ROOT, at));
      } else if (node instanceof YamlNode.Mapping m && m.entries().size() == 1) {
        YamlNode.Mapping.Entry e = m.entries().values().iterator().next();
        if (e.value() instanceof YamlNode.Scalar s && s.type() == YamlNode.Scalar.Type.STRING) {
          out.add(entry(e.key().strip(), s.value(), DocsKind.ROOT, at));
        } else if (e.value() instanceof YamlNode.Seq children) {
          out.add(new Item(e.key().strip(), null, false, items(children, file), at));
        } else {
          out.add(Item.unread(at));
        }
      } else {
        out.add(Item.unread(at));
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
      if (m.matches()) {
        listItem(m, Span.at(f.displayPath(), i + 1, m.group(1).length() + 1), folder, open, top, true, null);
      }
    }
    while (!open.isEmpty()) {
      close(open, top);
    }
    return top;
  }

  private static final Pattern HEADING = Pattern.compile("^(#{1,6})[ \\t]+(.*?)[ \\t#]*$");

  /** GitBook's words. */
  static final Words GITBOOK = new Words("the table of contents", "the entries read are links to pages (`* [Title](page.md)`) with the pages under them indented, and headings over groups of them");

  /** Docsify's words. */
  static final Words DOCSIFY = new Words("the sidebar", "the entries read are links to pages (`* [Title](page.md)`) and titles with the pages under them indented");

  /** A link's target in Docsify's sidebar: its address ({@code #/guide}, {@code /guide}, {@code guide.md}). */
  private static final Pattern DOCSIFY_TARGET = Pattern.compile("\\]\\(\\s*(#(?=/))?([^)\\s]*)");

  /**
   * The entries of Docsify's sidebar ({@code _sidebar.md}), read as a literate-nav file's are:
   * a page named by its address as Docsify reads it ({@code guide} and {@code /guide} are
   * {@code guide.md}, {@code #/guide} too; {@code /} is the home's {@code README.md}).
   */
  static List<Item> docsify(SourceFile f, String folder) {
    Matcher m = DOCSIFY_TARGET.matcher(f.text());
    StringBuilder text = new StringBuilder();
    int last = 0;
    while (m.find()) {
      String t = m.group(2);
      String path = t.replaceFirst("[#?].*$", "");
      String name = path.substring(path.lastIndexOf('/') + 1);
      boolean page = !path.isEmpty() && !path.endsWith("/") && !name.contains(".") && !t.matches("(?i)[a-z][a-z0-9+.-]*:.*") && !t.startsWith("//");
      text.append(f.text(), last, m.start(1) >= 0 ? m.start(1) : m.start(2)).append(page ? path + ".md" + t.substring(path.length()) : t.equals("/") ? "README.md" : t);
      last = m.end();
    }
    text.append(f.text(), last, f.text().length());
    return items(new SourceFile(f.path(), f.displayPath(), uncommented(text.toString())), folder);
  }

  /** A text with its HTML comments ({@code <!-- - [Old](old.md) -->}) made spaces, its lines where they were: entries commented out are none. */
  static String uncommented(String text) {
    int open = text.indexOf("<!--");
    if (open < 0) {
      return text;
    }
    StringBuilder b = new StringBuilder(text);
    while (open >= 0) {
      int close = text.indexOf("-->", open + 4);
      int end = close < 0 ? text.length() : close + 3;
      for (int i = open; i < end; i++) {
        if (b.charAt(i) != '\n' && b.charAt(i) != '\r') {
          b.setCharAt(i, ' ');
        }
      }
      open = close < 0 ? -1 : text.indexOf("<!--", end);
    }
    return b.toString();
  }

  /** mdBook's words. */
  static final Words MDBOOK =
      new Words(
          "the table of contents",
          "the entries read are links to pages (`- [Title](page.md)`, and `[Title](page.md)` on a line of its own before and after the lists) with the pages under them indented, and parts' titles (`# Part`) over groups of them; a draft chapter (`- [Title]()`) has no page");

  /** A line that is a link alone: mdBook's prefix or suffix chapter, outside the lists. */
  private static final Pattern LINK_LINE = Pattern.compile("^\\[[^\\]]*\\]\\([^)]*\\)[ \\t]*$");

  /**
   * The entries of GitBook's table of contents ({@code SUMMARY.md}): the items of every list, read
   * as a literate-nav file's are, from {@code folder}; a heading ({@code ## Guides}) starts a group
   * of the items after it, titled by it (a first {@code # Table of contents} is the file's title).
   * A link on a line of its own outside the lists (mdBook's prefix and suffix chapters) is an entry
   * in its place, in no group.
   */
  static List<Item> summary(SourceFile f, String folder) {
    return summary(f, folder, false);
  }

  /**
   * The same; {@code numbered}: each item of the lists titled with its number before its words
   * ({@code 1.2. Installing}), as mdBook labels its numbered chapters (those before and after the
   * lists have none; the numbers run on over parts).
   */
  static List<Item> summary(SourceFile f, String folder, boolean numbered) {
    List<Integer> numbers = new ArrayList<>();
    String[] lines = uncommented(f.text()).split("\r?\n", -1);
    List<Item> top = new ArrayList<>();
    List<Item> into = top;
    String groupTitle = null;
    Span groupAt = null;
    List<Open> open = new ArrayList<>();
    boolean code = false;
    for (int i = 0; i <= lines.length; i++) {
      String line = i < lines.length ? lines[i] : "# end";
      if (line.strip().startsWith("```")) {
        code = !code;
        continue;
      }
      if (code && i < lines.length) {
        continue;
      }
      Matcher h = HEADING.matcher(line);
      if (h.matches()) {
        while (!open.isEmpty()) {
          close(open, into);
        }
        if (groupTitle != null) {
          top.add(new Item(groupTitle, null, false, List.copyOf(into), groupAt));
        }
        boolean title = h.group(1).length() == 1 && groupTitle == null && top.isEmpty();
        groupTitle = title || i == lines.length ? null : h.group(2).strip();
        groupAt = Span.at(f.displayPath(), i + 1, 1);
        into = groupTitle == null ? top : new ArrayList<>();
        continue;
      }
      Matcher m = LIST_ITEM.matcher(line);
      if (m.matches()) {
        String number = null;
        if (numbered) {
          // its depth: the items open at a smaller indentation
          int indent = m.group(1).length();
          int depth = (int) open.stream().filter(o -> o.indent() < indent).count();
          while (numbers.size() > depth + 1) {
            numbers.remove(numbers.size() - 1);
          }
          while (numbers.size() < depth + 1) {
            numbers.add(0);
          }
          numbers.set(depth, numbers.get(depth) + 1);
          number = numbers.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(".")) + ". ";
        }
        listItem(m, Span.at(f.displayPath(), i + 1, m.group(1).length() + 1), folder, open, into, false, number);
      } else if (line.startsWith("[") && LINK_LINE.matcher(line).matches()) {
        while (!open.isEmpty()) {
          close(open, into);
        }
        // (mdBook's suffix chapters are in no part)
        if (groupTitle != null) {
          top.add(new Item(groupTitle, null, false, List.copyOf(into), groupAt));
          groupTitle = null;
          into = top;
        }
        Matcher alone = LIST_ITEM.matcher("- " + line.strip());
        if (alone.matches()) {
          listItem(alone, Span.at(f.displayPath(), i + 1, 1), folder, open, into, false, null);
        }
      }
    }
    return top;
  }

  /**
   * A list item of a nav file ({@code m}, at {@code at}): the items open at its indentation or
   * deeper closed (into {@code top}), then it opened, a link to a page or folder from
   * {@code folder}, or ({@code titles}) a section's title with no link.
   */
  private static void listItem(Matcher m, Span at, String folder, List<Open> open, List<Item> top, boolean titles, String number) {
    int indent = m.group(1).length();
    while (!open.isEmpty() && indent <= open.get(open.size() - 1).indent()) {
      close(open, top);
    }
    String text = m.group(2).strip();
    Matcher link = LINK.matcher(text);
    if (link.matches()) {
      // (a link to nothing: mdBook's draft chapter, which has no page)
      String title = (number == null ? "" : number) + link.group(1).strip();
      Item head = link.group(2).isBlank() ? Item.unread(at) : entry(title, link.group(2), folder, at);
      open.add(new Open(indent, title, head, at, new ArrayList<>()));
    } else if (titles && !text.isEmpty() && !text.contains("](") && !text.contains("*")) {
      open.add(new Open(indent, text, null, at, new ArrayList<>()));
    } else {
      (open.isEmpty() ? top : open.get(open.size() - 1).children()).add(Item.unread(at));
    }
  }

  /** An item of a nav file whose items under it are still being read. */
  private record Open(int indent, String title, Item head, Span at, List<Item> children) {}

  private static void close(List<Open> open, List<Item> top) {
    Open o = open.remove(open.size() - 1);
    List<Item> into = open.isEmpty() ? top : open.get(open.size() - 1).children();
    if (o.children().isEmpty()) {
      into.add(o.head() != null ? o.head() : Item.unread(o.at()));
    } else if (o.head() != null) {
      into.add(Item.headed(o.title(), o.head(), o.children(), o.at()));
    } else {
      into.add(new Item(o.title(), null, false, List.copyOf(o.children()), o.at()));
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
      return Item.unread(at);
    }
    boolean isFolder = path.endsWith("/") || !path.substring(path.lastIndexOf('/') + 1).contains(".");
    return new Item(title == null || title.isEmpty() ? null : title, isFolder && !path.endsWith("/") ? path + "/" : path, false, null, at);
  }

  /**
   * Places the entries of a list of the nav: those of {@code folder} in its menu where the list is
   * there ({@code in}, the folder or a group's id), the others moved to where the list is.
   */
  private void walk(List<Item> items, String folder, String in) {
    for (Item item : items) {
      if (item.children() != null) {
        section(item, folder, in);
      } else if (item.external() && item.target().startsWith(SITE)) {
        // a page of another kind: its address from the site's root, made relative where it is shown
        link(item, in, "/" + item.target().substring(SITE.length()));
      } else if (item.external() && item.target().startsWith("/") && !item.target().startsWith("//")) {
        link(item, in, item.target()); // a path of the site (Docusaurus' /blog)
      } else if (item.external() && !SAFE_LINK.matcher(item.target()).lookingAt()) {
        links.add(item.at()); // (javascript:, data: and the like are no addresses to go to)
      } else if (item.external()) {
        link(item, in, item.target()); // a link elsewhere: an entry of the menu where it is
      } else if (REST.equals(item.target())) {
        place(folder, REST, null);
      } else if (item.target() != null && item.target().endsWith("/" + REST)) {
        String pagesOf = item.target().substring(0, item.target().length() - REST.length());
        if (pagesOf.equals(folder)) {
          place(folder, REST, null);
        } else {
          // a folder's pages elsewhere than in their folder: the folder is listed, as a section
          page(new Item(null, pagesOf, false, null, item.at()), folder, in);
        }
      } else if (item.target() != null) {
        page(item, folder, in);
      } else {
        unread.add(item.at());
      }
    }
  }

  /** A page or folder entry: placed in its folder's menu where the list is there, else moved to where it is. */
  private void page(Item item, String folder, String in) {
    String path = item.target();
    refs.add(new Ref(path, item.at()));
    // the folder that holds the entry, and its name there; a folder's own page stands for the folder
    String holder;
    String name;
    String key = path;
    if (path.endsWith("/")) {
      holder = DocsKind.parentFolder(path);
      name = folderName(path);
    } else if (DocsKind.rank(path) >= 0 && !path.equals(DocsKind.ROOT + DocsKind.FOLDER_PAGE_NAMES.get(0)) && !Urls.sourceFolder(path).equals(folder)) {
      key = Urls.sourceFolder(path);
      holder = DocsKind.parentFolder(key);
      name = folderName(key);
    } else {
      holder = Urls.sourceFolder(path);
      name = path.substring(path.lastIndexOf('/') + 1);
    }
    if (!placed.add(key)) {
      return; // its first place counts
    }
    if (holder.equals(folder) && in.equals(folder)) {
      place(holder, name, item.title());
    } else {
      move(key, in, item.title(), holder, name);
    }
  }

  /**
   * A section: the folder that holds all its pages, named by the section's title, where that
   * folder is in {@code folder} and no other section stands for it; else a group of its entries.
   */
  private void section(Item section, String folder, String in) {
    if (section.target() != null) {
      // a page with its entries under it
      Item head = new Item(section.title(), section.target(), false, null, section.at());
      page(head, folder, in);
      walk(section.children(), folder, section.target());
      return;
    }
    String common = common(section.children(), null);
    if (common != null && !common.equals(folder) && DocsKind.parentFolder(common).equals(folder) && !standsFor(section.children(), common) && placed.add(common)) {
      if (in.equals(folder)) {
        place(folder, folderName(common), section.title());
      } else {
        move(common, in, section.title(), folder, folderName(common));
      }
      walk(section.children(), common, common);
      return;
    }
    if (section.title() == null || section.title().isBlank()) {
      walk(section.children(), folder, in); // a group without a title: its entries in its place
      return;
    }
    // a section whose first entry is a folder's page (its index.md): that folder's section, titled
    // by it, the section's other entries under it (as Material's navigation.indexes shows it)
    Item first = section.children().isEmpty() ? null : section.children().get(0);
    String index = first == null || first.children() != null || first.external() || first.target() == null || DocsKind.rank(first.target()) < 0 ? null : Urls.sourceFolder(first.target());
    if (index != null && !index.equals(folder) && index.startsWith(DocsKind.ROOT) && !placed.contains(first.target()) && placed.add(index)) {
      refs.add(new Ref(first.target(), first.at()));
      placed.add(first.target());
      if (in.equals(folder) && DocsKind.parentFolder(index).equals(folder)) {
        place(folder, folderName(index), section.title());
      } else {
        move(index, in, section.title(), DocsKind.parentFolder(index), folderName(index));
      }
      walk(section.children().subList(1, section.children().size()), index, index);
      return;
    }
    String id = id(section.at());
    Group g = new Group(id, section.title().strip(), in, slot(in, id), null, section.at());
    groups.add(g);
    groupsById.put(id, g);
    walk(section.children(), folder, id);
  }

  /** A link of the menu to {@code href}, in the entry {@code in}, titled by the nav or by where it leads. */
  private void link(Item item, String in, String href) {
    String id = id(item.at());
    Group link = new Group(id, item.title() == null || item.title().isBlank() ? href : item.title().strip(), in, slot(in, id), href, item.at());
    groups.add(link);
    groupsById.put(id, link);
  }

  /** The links elsewhere the menu shows: to a web address or a mail address. */
  private static final Pattern SAFE_LINK = Pattern.compile("(?i)(?:https?:|mailto:|//)");

  /** An id for an entry of the menu that is no page, by where the nav has it: {@code #file:line:column}. */
  private String id(Span at) {
    String id = "#" + at.file() + ":" + at.line() + ":" + at.column();
    while (groupsById.containsKey(id)) {
      id += "+";
    }
    return id;
  }

  /** Whether one of the sections in a list has the folder's page among its own entries: that section stands for the folder (mdBook's part over its chapter). */
  private static boolean standsFor(List<Item> items, String folder) {
    for (Item item : items) {
      if (item.children() != null && item.target() == null) {
        for (Item c : item.children()) {
          String t = c.target();
          if (t != null && !c.external() && (t.equals(folder) || DocsKind.rank(t) >= 0 && Urls.sourceFolder(t).equals(folder))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Puts a page or folder ({@code key}, named {@code name} in its folder {@code holder}) in the
   * entry {@code in}: moved there, unless a folder would then be in itself (kept in its folder).
   */
  private void move(String key, String in, String title, String holder, String name) {
    if (key.endsWith("/")) {
      int guard = 0;
      for (String at = in; at != null && guard++ < 10_000; at = up(at)) {
        if (at.equals(key)) {
          place(holder, name, title);
          return;
        }
      }
    }
    moves.put(key, new Move(in, slot(in, key), title == null || title.isBlank() ? null : title.strip()));
  }

  /** The entry a folder or group is in, as placed so far; null above the docs folder. */
  private String up(String at) {
    Move m = moves.get(at);
    if (m != null) {
      return m.in();
    }
    Group g = groupsById.get(at);
    if (g != null) {
      return g.in();
    }
    if (!at.endsWith("/")) {
      return Urls.sourceFolder(at); // a page, in its folder
    }
    return at.equals(DocsKind.ROOT) || !at.startsWith(DocsKind.ROOT) ? null : DocsKind.parentFolder(at);
  }

  /** The next place in an entry of the menu: a group's or a page's next, or the next in a folder's order (the folder placed in its own). */
  private int slot(String in, String key) {
    if (!in.endsWith("/")) {
      return filled.merge(in, 1, Integer::sum);
    }
    place(in, "\u0000" + key, null);
    return order.getOrDefault(in, List.of()).size();
  }

  /** The deepest folder that holds every page and folder of a list of the nav (with {@code soFar}), or null when it names none. */
  static String common(List<Item> items, String soFar) {
    for (Item item : items) {
      if (item.children() != null) {
        soFar = common(item.children(), soFar);
      }
      if (item.target() != null && !item.external() && !REST.equals(item.target())) {
        String target = item.target().endsWith("/" + REST) ? item.target().substring(0, item.target().length() - REST.length()) : item.target();
        String folder = target.endsWith("/") ? target : Urls.sourceFolder(target);
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
