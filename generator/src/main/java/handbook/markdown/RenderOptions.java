package handbook.markdown;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * How a body is rendered where it is shown.
 *
 * @param headingShift levels every heading moves down (an H2 becomes an H3 with 1); capped at H6
 * @param idPrefix put before every heading id (and its anchor link), for several bodies on one page
 * @param dropLeadingH1 a first {@code # heading} is the page title, not part of the body
 * @param headingIds whether headings get ids and anchor links (not for text shown in lists)
 * @param includesRead the body's includes ({@code --8<--}) were put in before: one left is text
 *     its author escaped, not a marker to report
 * @param liquid the body is a Jekyll project's page: Liquid's {@code {% link x.md %}} is a link
 *     from the site's root, {@code {{ site.baseurl }}} the site's root
 * @param extensions syntax the body's project turns on that is not read everywhere
 */
public record RenderOptions(int headingShift, String idPrefix, boolean dropLeadingH1, boolean headingIds, boolean includesRead, boolean liquid, Extensions extensions) {
  public static final RenderOptions DEFAULT = new RenderOptions(0, "", false, true, false, false);

  /**
   * The syntax a body's project turns on that is not read everywhere.
   *
   * @param on the extensions on
   * @param provider the host pymdownx.magiclink's shorthand links to ({@code github}, {@code gitlab},
   *     {@code bitbucket}; its {@code provider})
   * @param user the user (or group) its {@code #123} and {@code repo#123} are of, or empty
   * @param repo the repository its {@code #123} is of, or empty
   * @param variables the values of the template expressions its tool fills in from its config, by
   *     the path they are written with ({@code site.title} in Jekyll's Liquid, {@code extra.version}
   *     in mkdocs-macros' Jinja), sorted
   */
  public record Extensions(Set<Extension> on, String provider, String user, String repo, java.util.SortedMap<String, String> variables) {
    public static final Extensions NONE = new Extensions(Set.of(), "github", "", "");

    /** Every typographic replacement, as Hugo's and Jekyll's projects have them by default. */
    public static final Extensions TYPOGRAPHY = of(Set.of(Extension.SMART_QUOTES, Extension.SMART_DASHES, Extension.SMART_ELLIPSIS, Extension.SMART_ANGLES));

    public Extensions {
      on = on.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(on));
      Objects.requireNonNull(provider, "provider");
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(repo, "repo");
      variables = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(variables));
    }

    public Extensions(Set<Extension> on, String provider, String user, String repo) {
      this(on, provider, user, repo, new java.util.TreeMap<>());
    }

    /** The same, with the values of its template expressions. */
    public Extensions withVariables(java.util.Map<String, String> values) {
      return new Extensions(on, provider, user, repo, new java.util.TreeMap<>(values));
    }

    /** The same, with one more. */
    public Extensions with(Extension e) {
      Set<Extension> more = EnumSet.of(e);
      more.addAll(on);
      return new Extensions(more, provider, user, repo, new java.util.TreeMap<>(variables));
    }

    /** Those extensions, with magiclink's defaults. */
    public static Extensions of(Set<Extension> on) {
      return new Extensions(on, NONE.provider, NONE.user, NONE.repo);
    }

    public boolean has(Extension e) {
      return on.contains(e);
    }
  }

  /**
   * Markdown syntax an MkDocs project's extensions add that other tools' pages do not mean:
   * pymdownx.inlinehilite's language of a code span ({@code `#!python range(3)`}), and each
   * replacement of pymdownx.smartsymbols ({@code (tm)} ™, {@code -->} →, {@code 1/2} ½,
   * {@code 1st} 1<sup>st</sup>), which its options may turn off one by one; and pymdownx.critic's
   * {@code mode} where it is not {@code view}: CriticMarkup's changes made, or left unmade; and
   * pymdownx.magiclink's shorthand for its provider's users, repositories, issues, pull requests
   * and commits ({@code repo_url_shorthand}: {@code @user}, {@code #123}) and for social
   * accounts ({@code social_url_shorthand}: {@code @x:user}), links to them shown so
   * ({@code repo_url_shortener}), the marks of pull requests and discussions shown as {@code #}
   * ({@code normalize_issue_symbols}); Python-Markdown's nl2br, a
   * line end in a paragraph a line break; and typographic quotes, dashes, ellipses and angle
   * quotes (Python-Markdown's smarty, Hugo's and Jekyll's by default).
   */
  public enum Extension {
    INLINE_HILITE,
    NL2BR,
    SMART_QUOTES,
    SMART_DASHES,
    SMART_ELLIPSIS,
    SMART_ANGLES,
    MAGIC_REPO,
    MAGIC_SOCIAL,
    MAGIC_SHORTENER,
    MAGIC_NORMALIZE,
    CRITIC_ACCEPT,
    CRITIC_REJECT,
    TRADEMARK,
    COPYRIGHT,
    REGISTERED,
    CARE_OF,
    PLUSMINUS,
    ARROWS,
    NOTEQUAL,
    FRACTIONS,
    ORDINAL_NUMBERS,
    /** A GitHub wiki's links by page name: {@code [[Page]]}, {@code [[text|Page]]}, {@code [[image.png]]}. */
    WIKI_LINKS,
    /** Obsidian's links by page name, as MkDocs' roamlinks and ezlinks plugins read them: {@code [[Page|text]]}, {@code ![[image.png]]}. */
    OBSIDIAN_LINKS,
    /**
     * Docsify's {@code relativePath}: a page's links are read from its folder only. Without it a
     * Docsify page's links are read from the pages' folder first, as Docsify reads them.
     */
    RELATIVE_PATH,
    /**
     * The page's tool runs no template over it: {@code {{ name }}} and {@code {% tag %}} are its
     * text, as Hugo, a GitHub wiki and MkDocs without mkdocs-macros show them (named elsewhere:
     * Jekyll runs Liquid, mkdocs-macros Jinja).
     */
    TEMPLATES_AS_TEXT,
    /** A VitePress page, which Vue reads: its {@code <script>} and {@code <style>} blocks are dropped, its {@code <Badge>} drawn. */
    VUE,
    /** MkDocs Material's {@code content.code.annotate}: markers in any code block's comments name the notes after it ({@link Annotations}). */
    CODE_ANNOTATE,
    /**
     * The page's tool has none of pymdownx's inline syntax (marks, insertions, superscripts,
     * subscripts, keys): its text is shown as written ({@link InlineDialect}); every tool's but
     * MkDocs' (and Handbook's own).
     */
    PLAIN_INLINE,
    /** GFM's strikethrough between single tildes, {@code ~x~}, as GitHub, Docusaurus and Hugo read it ({@link InlineDialect}). */
    SINGLE_TILDES,
    /**
     * A table is one only where a paragraph would start (after a blank line), as Python-Markdown
     * (MkDocs) and kramdown (Jekyll) read it; elsewhere a table's header row may follow a
     * paragraph's line, as in GFM ({@link TableStarts}).
     */
    TABLES_START_BLOCKS,
    /** Hugo's Goldmark extras on a page of another tool's ({@link #PLAIN_INLINE}): {@code ==x==} marks ({@link InlineDialect}). */
    EXTRA_MARK,
    /** Hugo's Goldmark extras: {@code ~x~} is a subscript, not GFM's strikethrough. */
    EXTRA_SUBSCRIPT,
    /** Hugo's Goldmark extras: {@code ^x^} is a superscript. */
    EXTRA_SUPERSCRIPT,
    /** A {@code www.} autolink's address is https, as Hugo's Goldmark makes it ({@code linkifyProtocol}); GitHub's is http. */
    WWW_HTTPS,
    /** Addresses in the text are no links ({@link GfmAutolinks}): Hugo's {@code linkify: false}. */
    NO_AUTOLINKS,
    /** {@code ~~x~~} is text: Hugo's {@code strikethrough: false} ({@link InlineDialect}). */
    NO_STRIKETHROUGH,
    /** With {@link #TABLES_START_BLOCKS}: the lines right after a table's rows are rows up to a blank line, as Python-Markdown (MkDocs) reads a table's block. */
    TABLE_ROWS_TO_BLANK,
    /**
     * Heading ids as Python-Markdown's toc extension makes them by default (MkDocs' pages, unless its
     * {@code slugify} is another): ASCII alone, runs of spaces and dashes one dash, repeats
     * {@code _1} ({@link Slugs.Style#PYTHON_MARKDOWN}).
     */
    TOC_SLUGS,
    /** With {@link #TOC_SLUGS}: letters beyond ASCII kept, as the toc extension's {@code slugify_unicode} makes ids ({@link Slugs.Style#PYTHON_UNICODE}). */
    TOC_SLUGS_UNICODE,
    /**
     * A page MDX reads (Docusaurus' {@code .md} and {@code .mdx} pages): a tag whose name starts
     * with a capital letter is a component, its {@code <Admonition>} a callout ({@link ForeignMarkers}).
     */
    MDX,
    /**
     * Raw HTML headings ({@code <h3>Sponsors</h3>}) get ids made of their words, as Markdown's
     * headings do, as GitHub gives them (so a README's links to them work): Handbook's own pages
     * and a GitHub wiki's.
     */
    RAW_HEADING_IDS,
    /** An mkdocs-macros project's pages: Jinja's {@code {% if %}} blocks are read over the config's and the page's values ({@link TemplateIfs}). */
    JINJA,
    /** A GitBook project's pages: its blocks ({@code {% hint %}}, {@code {% tabs %}}, ...) read as the engine's own ({@link HugoBlocks#GITBOOK}). */
    GITBOOK,
    /**
     * A Mintlify project's pages: the components left once its own were read with the page's
     * includes ({@link Snippets.Form#MINTLIFY}, {@link MintlifyBlocks}) are named as Mintlify's.
     */
    MINTLIFY;

    /** The replacements of pymdownx.smartsymbols, each by the name of its option. */
    public static final java.util.Map<String, Extension> SYMBOLS =
        java.util.Map.of(
            "trademark", TRADEMARK, "copyright", COPYRIGHT, "registered", REGISTERED, "care_of", CARE_OF, "plusminus", PLUSMINUS,
            "arrows", ARROWS, "notequal", NOTEQUAL, "fractions", FRACTIONS, "ordinal_numbers", ORDINAL_NUMBERS);
  }

  public RenderOptions {
    Objects.requireNonNull(idPrefix, "idPrefix");
    Objects.requireNonNull(extensions, "extensions");
    if (headingShift < 0 || headingShift > 5) {
      throw new IllegalArgumentException("heading shift " + headingShift);
    }
  }

  public RenderOptions(int headingShift, String idPrefix, boolean dropLeadingH1, boolean headingIds, boolean includesRead, boolean liquid) {
    this(headingShift, idPrefix, dropLeadingH1, headingIds, includesRead, liquid, Extensions.NONE);
  }

  public RenderOptions(int headingShift, String idPrefix, boolean dropLeadingH1, boolean headingIds) {
    this(headingShift, idPrefix, dropLeadingH1, headingIds, false, false);
  }

  public RenderOptions(int headingShift, String idPrefix, boolean dropLeadingH1) {
    this(headingShift, idPrefix, dropLeadingH1, true);
  }

  /** The same, for a body whose includes were put in. */
  public RenderOptions withIncludesRead() {
    return new RenderOptions(headingShift, idPrefix, dropLeadingH1, headingIds, true, liquid, extensions);
  }

  /** The same, for a page of a Jekyll project. */
  public RenderOptions withLiquid() {
    return new RenderOptions(headingShift, idPrefix, dropLeadingH1, headingIds, includesRead, true, extensions);
  }

  /** The same, with the syntax its project turns on. */
  public RenderOptions withExtensions(Extensions on) {
    return new RenderOptions(headingShift, idPrefix, dropLeadingH1, headingIds, includesRead, liquid, on);
  }

  /** The same, with those extensions on (and magiclink's defaults). */
  public RenderOptions withExtensions(Set<Extension> on) {
    return withExtensions(Extensions.of(on));
  }

  /** Whether its project turns {@code e} on. */
  public boolean has(Extension e) {
    return extensions.has(e);
  }

  public static RenderOptions withoutLeadingH1() {
    return new RenderOptions(0, "", true, true);
  }
}
