package handbook.build;

import handbook.cache.Keys;
import handbook.content.GeneratedPage;
import handbook.content.Page;
import handbook.content.PageContext;
import handbook.content.PageInfo;
import handbook.content.Urls;
import handbook.diag.Diagnostic;
import handbook.diag.Diagnostics;
import handbook.diag.Span;
import handbook.docs.DocBody;
import handbook.markdown.Slugs;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The pages of the pages' tags (front matter {@code tags}), as MkDocs Material's tags plugin and
 * Docusaurus make them: {@code tags/<tag>/} lists the pages of a tag, {@code tags/} every tag.
 * Out of the navigation and the search, as the pages they list are in both.
 */
final class TagPages {
  private TagPages() {}

  /** Where the tag pages are. */
  static final String ROOT = "tags/";

  /** The most bytes (UTF-8) of a tag's folder name (file systems take 255). */
  static final int MAX_SLUG_BYTES = 120;

  /** The URL of a tag's page: its slug, a long one cut and told apart by a hash of the tag. */
  static String url(String tag) {
    String slug = Slugs.slugify(tag);
    if (slug.isEmpty()) {
      slug = "tag";
    } else if (bytes(slug) > MAX_SLUG_BYTES) {
      int end = slug.length();
      while (bytes(slug.substring(0, end)) > MAX_SLUG_BYTES - 9) {
        end = Character.isLowSurrogate(slug.charAt(end - 1)) ? end - 2 : end - 1;
      }
      slug = slug.substring(0, end) + "-" + Keys.of(tag).substring(0, 8);
    }
    return ROOT + slug + "/";
  }

  private static int bytes(String s) {
    return s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
  }

  /** A page listed on a tag's page: its title, URL and description. */
  record Entry(String title, String url, String description) {}

  /** The pages of one tag (several spellings with one URL are one tag, titled as first met). */
  static final class TagPage extends GeneratedPage {
    private final List<Entry> entries;
    private final String fingerprint;

    /**
     * A tag's page ({@code parent} the page of all tags), or with {@code parent} null the page of
     * all tags; {@code entriesKey} is {@link #key} of its entries.
     */
    TagPage(String url, String title, String description, List<Entry> entries, String entriesKey, String parent) {
      super(new PageInfo(url, title, description, null, parent, null, false, parent == null ? "tags" : "tag", List.of(), Map.of(), List.of()), "section");
      this.entries = List.copyOf(entries);
      this.fingerprint = new Keys.Builder().add(title).add(description).add(entriesKey).build();
    }

    @Override
    public Object body(PageContext ctx) {
      List<PageContext.Child> children = new ArrayList<>();
      for (Entry e : entries) {
        children.add(new PageContext.Child(e.title(), Urls.href(info().url(), e.url(), ""), e.description(), false));
      }
      return new DocBody("", List.of(), children, false);
    }

    @Override
    public String madeFor(String contentName) {
      return info().parentUrl() == null ? "the generated page of every tag" : "the generated page of the tag `" + info().title() + "`";
    }

    @Override
    public String fingerprint() {
      return fingerprint;
    }
  }

  /** A tag: its page's URL, its title (as first met) and its pages, by title. */
  record Tag(String url, String title, List<Entry> entries) {}

  /** The key of the pages a tag's page lists: their titles, addresses and descriptions. */
  static String key(List<Entry> entries) {
    Keys.Builder b = new Keys.Builder();
    entries.forEach(e -> b.add(e.title()).add(e.url()).add(java.util.Objects.toString(e.description(), "")));
    return b.build();
  }

  /**
   * The tags of pages ({@link #tags}), worked out when first asked for (on any thread): a site that
   * lists them nowhere and makes no pages of them never does; those of an earlier run where no listed
   * page's tags, title, address or description changed.
   */
  static final class Lazy implements java.util.function.Supplier<List<Tag>> {
    private final List<Page> pages;
    private final Known earlier;
    private volatile List<Tag> tags;
    /** The keys of the tags' entries ({@link #key}), shared by the runs whose tags are the same. */
    private Map<List<Entry>, String> keys;

    /** @param earlier the tags an earlier run worked out, or null */
    Lazy(List<Page> pages, Known earlier) {
      this.pages = List.copyOf(pages);
      this.earlier = earlier;
    }

    @Override
    public List<Tag> get() {
      List<Tag> t = tags;
      if (t == null) {
        synchronized (this) {
          t = tags;
          if (t == null) {
            boolean same = earlier != null && sameTags(earlier.pages(), pages);
            t = same ? earlier.tags() : tags(pages);
            keys = same ? earlier.keys() : java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());
            tags = t;
          }
        }
      }
      return t;
    }

    /**
     * The key of one of these tags' entries ({@link #key}), made once for the runs that share the
     * tags (in {@code serve}, hashing every tag's pages was a fifth of an edit of 1,000 pages in three languages).
     */
    String key(Tag tag) {
      get();
      return keys.computeIfAbsent(tag.entries(), TagPages::key);
    }

    /** What a later run may reuse: these tags where they were worked out, else the earlier run's. */
    Known known() {
      List<Tag> t = tags;
      return t != null ? new Known(pages, t, keys) : earlier;
    }
  }

  /** Tags worked out, the pages they were made from, and their entries' keys as far as made. */
  record Known(List<Page> pages, List<Tag> tags, Map<List<Entry>, String> keys) {}

  /** Whether two runs' pages give the same tags: their listed pages of tags, in order, the same in what {@link #tags} reads. */
  static boolean sameTags(List<Page> a, List<Page> b) {
    int i = 0;
    int j = 0;
    while (true) {
      while (i < a.size() && !tagged(a.get(i).info())) {
        i++;
      }
      while (j < b.size() && !tagged(b.get(j).info())) {
        j++;
      }
      if (i == a.size() || j == b.size()) {
        return i == a.size() && j == b.size();
      }
      PageInfo x = a.get(i++).info();
      PageInfo y = b.get(j++).info();
      if (x != y
          && !(x.url().equals(y.url()) && java.util.Objects.equals(x.title(), y.title()) && java.util.Objects.equals(x.description(), y.description()) && x.tags().equals(y.tags()))) {
        return false;
      }
    }
  }

  private static boolean tagged(PageInfo info) {
    return info.listed() && !info.tags().isEmpty();
  }

  /** The tags of the listed pages, by title. */
  static List<Tag> tags(List<Page> pages) {
    Map<String, String> titles = new TreeMap<>();
    // each tag's pages by URL: a page with two spellings of one tag is listed once
    Map<String, Map<String, Entry>> byUrl = new TreeMap<>();
    // each spelling's URL made once (thousands of pages share a few tags)
    Map<String, String> urls = new java.util.HashMap<>();
    for (Page p : pages) {
      PageInfo info = p.info();
      if (!info.listed()) {
        continue;
      }
      for (String tag : info.tags()) {
        String url = urls.computeIfAbsent(tag, TagPages::url);
        titles.putIfAbsent(url, tag);
        byUrl.computeIfAbsent(url, u -> new java.util.HashMap<>()).putIfAbsent(info.url(), new Entry(info.title(), info.url(), info.description()));
      }
    }
    List<Tag> tags = new ArrayList<>();
    byUrl.forEach((url, pagesOfTag) -> {
      // by title, each lower-cased once (a tag of thousands of pages sorts in a few milliseconds)
      List<Map.Entry<String, Entry>> keyed = new ArrayList<>(pagesOfTag.size());
      pagesOfTag.values().forEach(e -> keyed.add(Map.entry(e.title().toLowerCase(java.util.Locale.ROOT), e)));
      keyed.sort(Map.Entry.<String, Entry>comparingByKey().thenComparing(k -> k.getValue().url()));
      tags.add(new Tag(url, titles.get(url), keyed.stream().map(Map.Entry::getValue).toList()));
    });
    tags.sort(Comparator.comparing((Tag t) -> t.title().toLowerCase(java.util.Locale.ROOT)).thenComparing(Tag::url));
    return List.copyOf(tags);
  }

  /** Whether the tags' pages were made, given the page at {@code tags/} (theirs, or a page that draws the listing) and every page. */
  static boolean made(Page root, List<Page> pages) {
    return root instanceof TagPage || root != null && holdsListing(root) && pages.stream().anyMatch(p -> p instanceof TagPage);
  }

  /** Whether a page draws MkDocs Material's tags listing ({@code <!-- material/tags -->}). */
  static boolean holdsListing(Page p) {
    // (a loop: a stream a page was a few milliseconds of each edit in serve of 10,000 pages)
    for (handbook.markdown.DirectiveCall c : p.directiveCalls()) {
      if (c.name().equals(handbook.markdown.MarkdownEngine.TAGS_LISTING)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Adds a page for each tag of {@code pages} and one of them all; none when no page has a tag,
   * and none (with a warning) when a page of the content is at {@code tags/} already, but for a
   * page there that draws the tags listing (MkDocs Material's {@code tags.md}): it is then the
   * page of them all.
   */
  static void add(List<Page> pages, Lazy lazy, Map<String, String> strings, String contentName, Diagnostics diags) {
    List<Tag> tags = lazy.get();
    Page taken = null;
    boolean listing = false;
    for (Page p : pages) {
      String url = p.info().url();
      if (url.equals(ROOT) && holdsListing(p)) {
        listing = true;
      } else if (url.startsWith(ROOT) && taken == null) {
        taken = p;
      }
    }
    if (tags.isEmpty()) {
      return;
    }
    if (taken != null) {
      String source = taken.origin();
      diags.add(
          Diagnostic.warning("page.tags", Span.file(contentName + "/" + (source != null ? source : taken.info().url())), "the pages of the tags are not made: `" + taken.info().url() + "` is taken by " + java.util.Objects.requireNonNullElse(taken.madeFor(contentName), "this page"))
              .withHint("the tags' pages are at `tags/`: move this page, and its tags link to their pages (a page at `tags/` that holds `<!-- material/tags -->` is the page of them all)"));
      return;
    }
    List<Entry> index = new ArrayList<>();
    for (Tag tag : tags) {
      List<Entry> entries = tag.entries();
      String count = entries.size() == 1 ? strings.getOrDefault("tags.one", "1 page") : strings.getOrDefault("tags.many", "{n} pages").replace("{n}", String.valueOf(entries.size()));
      pages.add(new TagPage(tag.url(), tag.title(), count, entries, lazy.key(tag), ROOT));
      index.add(new Entry(tag.title(), tag.url(), count));
    }
    if (!listing) {
      pages.add(new TagPage(ROOT, strings.getOrDefault("tags", "Tags"), "", index, key(index), null));
    }
  }
}
