package handbook.markdown;

import handbook.diag.Diagnostic;
import handbook.diag.Span;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The includes of pymdownx.snippets (MkDocs), put in before the Markdown is parsed, as MkDocs
 * does: {@code --8<-- "file.md"} on a line of its own (also inside code blocks, to show a file's
 * code), a block of paths between two {@code --8<--} lines, a part of a file by its lines
 * ({@code "file.md:3:8"}) or by its section ({@code "file.md:name"} between
 * {@code --8<-- [start:name]} and {@code --8<-- [end:name]}), included files' includes, and
 * {@code ;--8<--}, which is the marker as text. An included line keeps the marker's indentation.
 *
 * <p>A path is read from the content folder (where MkDocs reads it from the folder of
 * {@code mkdocs.yml}), else from the folder of the file that names it. A file that is not there,
 * a section that is not in it, an include of a file that is being included, and a URL (nothing
 * is fetched) give a warning at the marker and include nothing.
 *
 * <p>In a VitePress project's page, VitePress' includes are put in the same way:
 * {@code <!--@include: ./part.md-->} on a line of its own (with {@code {3,8}} for its lines, or
 * {@code #name} for its region between {@code #region name} and {@code #endregion name}), and
 * {@code <<< @/snippets/x.js} (also with a region, {@code {2-3 js}} for the lines to mark and the
 * language, and {@code [label]}), a file's code as a fenced code block; {@code @/} is the
 * {@code docs/} folder.
 *
 * <p>In a page MDX reads, MDX's partials are put in the same way (Docusaurus, Astro): {@code import Name from
 * './_part.mdx';} at a line's start names a Markdown file, and {@code <Name />} on a line of its
 * own, outside code blocks, is that file (the import line becomes blank). Docusaurus'
 * {@code <CodeBlock language="js" title="x.js">} from a line's start to its {@code </CodeBlock>}
 * is a fenced code block of what it holds: a template literal's text ({@code {`...`}}), or a
 * file's, imported with webpack's raw-loader ({@code import Source from '!!raw-loader!./x.js';}
 * and {@code {Source}}).
 */
public final class Snippets {
  private Snippets() {}

  /** A file as the reader gives it: its path in the content folder, its name in diagnostics, its text. */
  public record Source(String path, String display, String text) {}

  /** A page with its includes put in, and where each of its lines came from. */
  public static final class Expanded {
    private final String text;
    private final String page;
    private final String[] files;
    private final int[] lines;
    private final int[] shifts;
    private final List<Diagnostic> problems;
    private final java.util.Set<String> read;

    /** The same lines with another text of as many lines (its lines' places as they were). */
    Expanded withText(String other) {
      return new Expanded(other, page, files, lines, shifts, problems, read);
    }

    private Expanded(String text, String page, String[] files, int[] lines, int[] shifts, List<Diagnostic> problems, java.util.Set<String> read) {
      this.text = text;
      this.page = page;
      this.files = files;
      this.lines = lines;
      this.shifts = shifts;
      this.problems = List.copyOf(problems);
      this.read = java.util.Set.copyOf(read);
    }

    /** The files put in (their paths in the content folder). */
    public java.util.Set<String> read() {
      return read;
    }

    public String text() {
      return text;
    }

    /** The includes' own problems (files not found, loops), at their markers. */
    public List<Diagnostic> problems() {
      return problems;
    }

    /** A place in the expanded page, as the place in the file its line came from. */
    public Span at(Span s) {
      if (!s.file().equals(page) || s.line() < 1 || s.line() > lines.length) {
        return s;
      }
      int i = s.line() - 1;
      int column = s.column() == 0 ? 0 : Math.max(1, s.column() - shifts[i]);
      return Span.at(files[i], lines[i], column);
    }

    /** Which lines came from where, as text: two pages of the same text and the same origins have the same signature. */
    public String signature() {
      StringBuilder b = new StringBuilder();
      int i = 0;
      while (i < lines.length) {
        int j = i + 1;
        while (j < lines.length && files[j].equals(files[i]) && lines[j] == lines[j - 1] + 1 && shifts[j] == shifts[i]) {
          j++;
        }
        b.append(files[i]).append(':').append(lines[i]).append('+').append(j - i).append('>').append(shifts[i]).append(';');
        i = j;
      }
      return b.toString();
    }
  }

  /** At most this many characters in a page with its includes (files that include each other many times over). */
  static final int MAX_CHARS = 16 << 20;

  /** At most this many includes inside one another. */
  static final int MAX_DEPTH = 32;

  private static final Pattern MARKER = Pattern.compile("^([ \\t]*)(;*)-+8<-+(?:[ \\t]+(\"(?:\\\\\"|[^\"])+?\"|'(?:\\\\'|[^'])+?'))?[ \\t]*$");
  private static final Pattern SECTION =
      Pattern.compile("(?i)^.*?(;*)-+8<-+[ \\t]+\\[[ \\t]*(start|end)[ \\t]*:[ \\t]*([a-z][-_0-9a-z]*)[ \\t]*\\].*$");
  private static final Pattern RANGE = Pattern.compile("^(.*?):(\\d*)(?::(\\d*))?$");
  private static final Pattern NAMED = Pattern.compile("(?i)^(.*?):([a-z][-_0-9a-z]*)$");

  /** An MDX import of a Markdown file: its name and its path. */
  private static final Pattern MDX_IMPORT = Pattern.compile("^import[ \\t]+([A-Z][\\w$]*)[ \\t]+from[ \\t]+(['\"])([^'\"]+\\.mdx?)\\2[ \\t]*;?[ \\t]*$");

  /** An MDX import of a file's text by webpack's raw-loader: its name and its path. */
  private static final Pattern RAW_IMPORT = Pattern.compile("^import[ \\t]+([A-Za-z_$][\\w$]*)[ \\t]+from[ \\t]+(['\"])!!raw-loader!([^'\"]+)\\2[ \\t]*;?[ \\t]*$");

  /** Docusaurus' CodeBlock, from its opening tag to its closing one: its indentation, its properties, what its braces hold. */
  private static final Pattern CODE_BLOCK = Pattern.compile("^([ \\t]*)<CodeBlock((?:\\s[^>]*)?)>\\s*\\{(.*)\\}\\s*</CodeBlock>[ \\t]*$", Pattern.DOTALL);

  /** A property of a component: a name, with a value in quotes or braces (a string or {@code true} in them), or alone. */
  private static final Pattern PROPERTY = Pattern.compile("([A-Za-z][\\w-]*)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|\\{\\s*(?:\"([^\"]*)\"|'([^']*)'|`([^`]*)`|(true|false))\\s*\\}))?");

  /** At most this many lines from a CodeBlock's opening tag to its closing one. */
  private static final int CODE_BLOCK_LINES = 5000;

  /** A component used on a line of its own without properties: {@code <Name />}. */
  private static final Pattern MDX_USE = Pattern.compile("^([ \\t]*)<([A-Z][\\w$]*)[ \\t]*/>[ \\t]*$");

  /** Jekyll's include of a Markdown file on a line of its own: its indentation, the tag, the path. */
  private static final Pattern LIQUID_INCLUDE = Pattern.compile("^([ \\t]*)\\{%-?[ \\t]*(include_relative|include)[ \\t]+['\"]?([^\\s'\"%]+\\.(?:md|markdown))['\"]?[ \\t]*-?%\\}[ \\t]*$");

  /** The includes of other tools a page's tool reads, besides pymdownx.snippets' (which every page's does). */
  public enum Form {
    /** MDX partials (a page MDX reads: a {@code .mdx} file, or any page of a Docusaurus project). */
    MDX,
    /** Jekyll's include of a Markdown file (a Jekyll project's page). */
    LIQUID,
    /** VitePress' includes (a VitePress project's page). */
    VITEPRESS,
    /** mdBook's {@code {{#include}}}, {@code {{#rustdoc_include}}} and {@code {{#playground}}} (an mdBook project's page). */
    MDBOOK,
    /** GitBook's include of a Markdown file ({@code {% include "../.gitbook/includes/x.md" %}}, from the page's folder: a GitBook project's page). */
    GITBOOK,
    /** Docsify's helpers: a paragraph that starts with {@code !>} (important) or {@code ?>} (a note), written as GitHub's alerts (a Docsify site's page). */
    DOCSIFY,
    /** Mintlify's components, read as the Markdown they stand for ({@link MintlifyBlocks}; a Mintlify project's page). */
    MINTLIFY,
    /**
     * A Mintlify page's operation ({@code openapi: GET /plants} in its front matter) shown after
     * its text, as an {@code openapi} block on the front matter's line (where the project's specs
     * are shown as the site's API reference).
     */
    MINTLIFY_OPERATION
  }

  /** Mintlify's operation of a page: its spec's file (left out), its method and path. */
  private static final Pattern MINTLIFY_OPERATION = Pattern.compile("(?i)^(?:\\S{1,500}\\.(?:json|ya?ml)[ \\t]+)?(get|post|put|patch|delete|head|options|trace)[ \\t]+(/\\S{0,2000})$");

  /** The operation a Mintlify page's {@code openapi} value names ({@code POST /plants}), or null where it names none (a webhook, a spec at another address). */
  public static String mintlifyOperation(String value) {
    java.util.regex.Matcher m = value == null ? null : MINTLIFY_OPERATION.matcher(value.strip());
    return m != null && m.matches() ? m.group(1).toUpperCase(java.util.Locale.ROOT) + " " + m.group(2) : null;
  }

  /** The line (from 0) of a page's front matter, before {@code fromLine}, that names an operation Mintlify makes the page of; -1 where none does. */
  private static int operationLine(String[] lines, int fromLine) {
    for (int i = 1; i < Math.min(lines.length, fromLine - 1); i++) {
      String line = lines[i];
      if (line.startsWith("openapi:") && mintlifyOperation(unquoted(line.substring(8))) != null) {
        return i;
      }
    }
    return -1;
  }

  private static String unquoted(String value) {
    String v = value.strip();
    return v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'")) ? v.substring(1, v.length() - 1) : v;
  }

  /** Whether a text may hold an include marker (a cheap test before {@link #includes}). */
  public static boolean mentions(String text) {
    return mentions(text, java.util.Set.of());
  }

  /** The same, with the includes of the {@code forms} too. */
  public static boolean mentions(String text, java.util.Set<Form> forms) {
    return text.contains("8<-") || forms.contains(Form.MDX) && (text.contains("/>") && text.contains("import ") || text.contains("<CodeBlock"))
        || (forms.contains(Form.LIQUID) || forms.contains(Form.GITBOOK)) && text.contains("{%") && text.contains("include") || forms.contains(Form.VITEPRESS) && (text.contains("<<<") || text.contains("@include:"))
        || forms.contains(Form.MDBOOK) && (text.contains("{{#") || text.contains("```") || text.contains("~~~"))
        || forms.contains(Form.DOCSIFY) && (text.contains("!>") || text.contains("?>") || text.contains("':") || text.contains("\":"))
        || forms.contains(Form.MINTLIFY) && MintlifyBlocks.mayHold(text) || forms.contains(Form.MINTLIFY_OPERATION) && text.contains("openapi:");
  }

  /** mdBook's include on a line of its own: its indentation, its escape, its kind, its path with its lines or anchor, and its words after (a playground's attributes). */
  private static final Pattern MDBOOK_INCLUDE = Pattern.compile("^([ \\t]*)(\\\\?)\\{\\{#(include|rustdoc_include|playground)[ \\t]+([^\\s}]+)((?:[ \\t]+[\\w-]+){0,40})[ \\t]*\\}\\}[ \\t]*$");

  /** An mdBook marker anywhere in a line, escaped or not: its escape and its name. */
  private static final Pattern MDBOOK_MARKER = Pattern.compile("(\\\\?)\\{\\{#([\\w-]+)");

  /** The markers mdBook's links preprocessor reads ({@code {{#include x}}}); others it shows as written. */
  private static final java.util.Set<String> MDBOOK_KINDS = java.util.Set.of("include", "rustdoc_include", "playground", "title");

  /** Docsify's helper: its indentation, its mark ({@code !} important, {@code ?} a note), its text. */
  private static final Pattern DOCSIFY_HELPER = Pattern.compile("^([ ]{0,3})([!?])>[ \\t]*(.*)$");

  /** Docsify's embed on a line of its own: its indentation, its words, its path, its configuration ({@code ':include :type=code'}). */
  private static final Pattern DOCSIFY_EMBED = Pattern.compile("^([ ]{0,3})(!?\\[[^\\]\\n]*\\])\\(([^)\\s]+)[ \\t]+(['\"])(:[^'\"\\n]*)\\4\\)[ \\t]*$");

  /** Docsify's configuration of a link or an image ({@code [x](y ':target=_blank')}): the title Docsify reads. */
  private static final Pattern DOCSIFY_LINK_CONFIG = Pattern.compile("[ \\t]+(['\"])(?::[\\w-]+(?:=[^'\"\\s:]*)?[ \\t]*){1,20}\\1\\)");

  /** Mintlify's snippet as it had them before imports, on a line of its own: {@code <Snippet file="a.mdx" />}. */
  private static final Pattern MINTLIFY_SNIPPET = Pattern.compile("^([ \\t]*)<Snippet\\s+file=(['\"])([^'\"\\n]+)\\2\\s*/>[ \\t]*$");

  /** mdBook's one line of a file ({@code x.rs:2}). */
  private static final Pattern MDBOOK_LINE = Pattern.compile("^(.*?):(\\d+)$");

  /** mdBook's lines of a file from one to another ({@code x.rs:2:9}, {@code x.rs::9}, {@code x.rs:2:}). */
  private static final Pattern MDBOOK_LINES = Pattern.compile(":\\d*:\\d*$");

  /** An anchor's start or end in a file mdBook includes ({@code // ANCHOR: name}, {@code // ANCHOR_END: name}). */
  private static final Pattern ANCHOR = Pattern.compile("\\b(ANCHOR|ANCHOR_END):[ \\t]*([\\w-]+)");

  /** VitePress' include of a Markdown file: its indentation, its path, its region, its first and last lines. */
  private static final Pattern VP_INCLUDE = Pattern.compile("^([ \\t]*)<!--[ \\t]*@include:[ \\t]*([^#{\\s]+)(?:#([\\w-]+))?(?:\\{(\\d*),(\\d*)\\})?[ \\t]*-->[ \\t]*$");

  /** VitePress' import of a file's code: its indentation, path, region, braces (lines to mark, language), label. */
  private static final Pattern VP_CODE = Pattern.compile("^([ \\t]*)<<<[ \\t]+([^#{\\s\\[]+)(?:#([\\w-]+))?(?:\\{([^}\\n]*)\\})?(?:[ \\t]+\\[([^\\]\\n]*)\\])?[ \\t]*$");

  /** A region's start or end in a file's comment ({@code // #region name}, {@code <!-- #endregion name -->}). */
  private static final Pattern REGION = Pattern.compile("^.*?#(region|endregion)\\b[ \\t]*([\\w-]*).*$");

  /**
   * Whether a page has include markers (escaped ones too) from line {@code fromLine} on: decided
   * by its own text alone, so a cache can keep the answer with the page.
   */
  public static boolean includes(String text, int fromLine) {
    return includes(text, fromLine, java.util.Set.of());
  }

  /** The same, with the includes of the {@code forms} too. */
  public static boolean includes(String text, int fromLine, java.util.Set<Form> forms) {
    if (!mentions(text, forms)) {
      return false;
    }
    boolean mdx = forms.contains(Form.MDX);
    boolean liquid = forms.contains(Form.LIQUID) || forms.contains(Form.GITBOOK);
    boolean vitepress = forms.contains(Form.VITEPRESS);
    boolean mdbook = forms.contains(Form.MDBOOK);
    if (forms.contains(Form.MINTLIFY) && MintlifyBlocks.mayHold(text)) {
      return true;
    }
    String[] lines = text.split("\n", -1);
    if (forms.contains(Form.MINTLIFY_OPERATION) && operationLine(lines, fromLine) >= 0) {
      return true;
    }
    for (int i = Math.max(0, fromLine - 1); i < lines.length; i++) {
      String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
      if (line.contains("8<-") && MARKER.matcher(line).matches() || mdx && line.startsWith("import ") && MDX_IMPORT.matcher(line).matches() || mdx && line.stripLeading().startsWith("<CodeBlock")
          || liquid && line.contains("{%") && LIQUID_INCLUDE.matcher(line).matches()
          || vitepress && (line.contains("<<<") && VP_CODE.matcher(line).matches() || line.contains("@include:") && VP_INCLUDE.matcher(line).matches())
          || mdbook && (line.contains("{{#") && MDBOOK_MARKER.matcher(line).find() || Expansion.MdBookCode.opens(line) != null)
          || forms.contains(Form.DOCSIFY) && (DOCSIFY_HELPER.matcher(line).matches() || (line.contains("':") || line.contains("\":")) && DOCSIFY_LINK_CONFIG.matcher(line).find())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The page with its includes put in, from line {@code fromLine} on (the lines before, its front
   * matter, are kept as they are).
   *
   * @param read a file by its path in the content folder, or null when there is none
   */
  public static Expanded expand(Source page, int fromLine, Function<String, Source> read) {
    return expand(page, fromLine, read, java.util.Set.of());
  }

  /** The same, with the includes of the {@code forms} put in too. */
  public static Expanded expand(Source page, int fromLine, Function<String, Source> read, java.util.Set<Form> forms) {
    Out out = new Out(page.display());
    String[] lines = page.text().split("\n", -1);
    boolean newline = lines.length > 1 && lines[lines.length - 1].isEmpty();
    int count = newline ? lines.length - 1 : lines.length;
    Deque<String> stack = new ArrayDeque<>();
    stack.push(page.path());
    boolean mintlify = forms.contains(Form.MINTLIFY);
    new Expansion(read, out, stack, forms.contains(Form.MDX), forms.contains(Form.LIQUID), forms.contains(Form.VITEPRESS), forms.contains(Form.MDBOOK), forms.contains(Form.GITBOOK), forms.contains(Form.DOCSIFY), mintlify)
        .lines(page, lines, 0, count, "", fromLine, false);
    int operation = forms.contains(Form.MINTLIFY_OPERATION) ? operationLine(lines, fromLine) : -1;
    if (operation >= 0) {
      // Mintlify's page of an operation: the operation after its text, from its front matter's line
      String line = lines[operation].endsWith("\r") ? lines[operation].substring(0, lines[operation].length() - 1) : lines[operation];
      for (String l : List.of("", "```openapi", "operation: " + mintlifyOperation(unquoted(line.substring(8))), "```")) {
        out.line(l, page.display(), operation + 1, 0);
      }
    }
    Expanded done = out.done(newline);
    // Mintlify's components: their lines as Markdown, where they were
    return mintlify && MintlifyBlocks.mayHold(done.text) ? done.withText(MintlifyBlocks.apply(done.text)) : done;
  }

  /** The expanded lines and where each came from. */
  private static final class Out {
    final String page;
    final StringBuilder text = new StringBuilder();
    final List<String> files = new ArrayList<>();
    final List<Integer> lines = new ArrayList<>();
    final List<Integer> shifts = new ArrayList<>();
    final List<Diagnostic> problems = new ArrayList<>();
    final java.util.Set<String> read = new java.util.TreeSet<>();
    boolean full;

    Out(String page) {
      this.page = page;
    }

    void line(String text, String file, int line, int shift) {
      if (!files.isEmpty()) {
        this.text.append('\n');
      }
      this.text.append(text);
      files.add(file);
      lines.add(line);
      shifts.add(shift);
    }

    Expanded done(boolean newline) {
      if (newline) {
        text.append('\n');
      }
      int n = files.size();
      int[] l = new int[n];
      int[] s = new int[n];
      for (int i = 0; i < n; i++) {
        l[i] = lines.get(i);
        s[i] = shifts.get(i);
      }
      return new Expanded(text.toString(), page, files.toArray(String[]::new), l, s, problems, read);
    }
  }

  /**
   * A template literal's (or a string's) text as JavaScript makes it: its escapes read ({@code \`}, {@code \$},
   * {@code \n}, {@code \u0041}, ...); null where its {@code quote} ends it early.
   */
  static String cooked(String literal, char quote) {
    StringBuilder b = new StringBuilder(literal.length());
    for (int i = 0; i < literal.length(); i++) {
      char c = literal.charAt(i);
      if (c == quote) {
        return null;
      }
      if (c != '\\' || i + 1 == literal.length()) {
        b.append(c);
        continue;
      }
      char e = literal.charAt(++i);
      switch (e) {
        case 'n' -> b.append('\n');
        case 't' -> b.append('\t');
        case 'r' -> b.append('\r');
        case 'b' -> b.append('\b');
        case 'f' -> b.append('\f');
        case 'v' -> b.append('\u000B');
        case '0' -> b.append('\0');
        case '\n' -> {} // a line continued
        case 'x' -> {
          if (i + 2 < literal.length() && literal.substring(i + 1, i + 3).matches("[0-9A-Fa-f]{2}")) {
            b.append((char) Integer.parseInt(literal.substring(i + 1, i + 3), 16));
            i += 2;
          } else {
            b.append(e);
          }
        }
        case 'u' -> {
          Matcher u = UNICODE.matcher(literal).region(i + 1, literal.length());
          if (u.lookingAt()) {
            int cp = Integer.parseInt(u.group(1) != null ? u.group(1) : u.group(2), 16);
            if (Character.isValidCodePoint(cp)) {
              b.appendCodePoint(cp);
            }
            i = u.end() - 1;
          } else {
            b.append(e);
          }
        }
        // (\`, \$, \\ and any other character: itself)
        default -> b.append(e);
      }
    }
    return b.toString();
  }

  /** Whether a template literal holds an expression ({@code ${...}}, not {@code \${}). */
  static boolean expression(String literal) {
    for (int i = 0; i + 1 < literal.length(); i++) {
      char c = literal.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '$' && literal.charAt(i + 1) == '{') {
        return true;
      }
    }
    return false;
  }

  private static final Pattern UNICODE = Pattern.compile("([0-9A-Fa-f]{4})|\\{([0-9A-Fa-f]{1,6})\\}");

  private record Expansion(Function<String, Source> read, Out out, Deque<String> stack, boolean mdx, boolean liquid, boolean vitepress, boolean mdbook, boolean gitbook, boolean docsify, boolean mintlify) {
    /**
     * Lines {@code [from, to)} of a file, with {@code indent} before each: its own, or those of the
     * files it includes from line {@code firstLine} (1-based) on. {@code included}: section markers are dropped.
     */
    void lines(Source file, String[] lines, int from, int to, String indent, int firstLine, boolean included) {
      List<Named> block = null;
      // MDX partials this file imports, by name; files it imports as text, by name; the code block
      // the line is in (its fence), or null
      java.util.Map<String, String> partials = null;
      java.util.Map<String, String> texts = null;
      String fence = null;
      int closing = -1;
      MdBookCode code = mdbook ? new MdBookCode() : null;
      for (int i = from; i < to; i++) {
        String line = lines[i];
        int number = i + 1;
        if (number < firstLine) {
          out.line(line, file.display(), number, 0);
          continue;
        }
        String bare = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        boolean scissors = bare.contains("8<-");
        Matcher s = scissors && included ? SECTION.matcher(bare) : null;
        if (s != null && s.matches()) {
          if (!s.group(1).isEmpty()) {
            out.line(indent + line.replaceFirst(";", ""), file.display(), number, indent.length());
          }
          continue;
        }
        if (vitepress && included && bare.contains("#") && REGION.matcher(bare).matches()) {
          // a region's marker of an included file (its region, or the whole file)
          continue;
        }
        if (mdbook && included && bare.contains("ANCHOR") && ANCHOR.matcher(bare).find()) {
          // an anchor's marker of a file mdBook includes (its anchor, or the whole file)
          continue;
        }
        if (mdbook && code.line(bare, indent, file.display(), number, out)) {
          // a code block's info and hidden lines as mdBook reads them
          continue;
        }
        Matcher book = mdbook && bare.contains("{{#") ? MDBOOK_INCLUDE.matcher(bare) : null;
        if (book != null && book.matches()) {
          if (!book.group(2).isEmpty()) {
            // an escaped include (\{{#include x}}): its text without the backslash
            out.line(indent + bare.substring(0, book.start(2)) + bare.substring(book.end(2)), file.display(), number, indent.length());
          } else if (book.group(3).equals("playground")) {
            playground(file, book, indent, number);
          } else {
            include(file, mdBookPart(book.group(4)), indent + book.group(1), number, indent.length() + book.group(1).length() + 1);
          }
          continue;
        }
        if (book != null && mdBookMarkers(file, bare, indent, number, code.inFence())) {
          continue;
        }
        Matcher m = scissors ? MARKER.matcher(bare) : null;
        boolean marker = m != null && m.matches();
        if (marker && !m.group(2).isEmpty()) {
          out.line(indent + line.replaceFirst(";", ""), file.display(), number, indent.length());
          continue;
        }
        if (block != null && !(marker && m.group(3) == null)) {
          // in a block every line but its closing marker names a path; `;` starts a comment
          if (!bare.isBlank() && !bare.strip().startsWith(";")) {
            block.add(named(bare, number, indent));
          }
          continue;
        }
        if (!marker) {
          String lead = bare.stripLeading();
          if (lead.startsWith("```") || lead.startsWith("~~~")) {
            String run = lead.substring(0, lead.length() - lead.replaceFirst("^(`+|~+)", "").length());
            fence = fence == null ? run : run.charAt(0) == fence.charAt(0) && run.length() >= fence.length() && lead.strip().equals(run) ? null : fence;
          }
          Matcher legacy = mintlify && fence == null && bare.contains("<Snippet") ? MINTLIFY_SNIPPET.matcher(bare) : null;
          if (legacy != null && legacy.matches()) {
            // Mintlify's snippet as it had them before imports: a file of snippets/
            include(file, "/snippets/" + legacy.group(3).replaceFirst("^/+", "").replaceFirst("^snippets/", ""), indent + legacy.group(1), number, indent.length() + legacy.group(1).length() + 1);
            continue;
          }
          if (mintlify && fence == null && bare.indexOf('<') >= 0) {
            // an opening tag over several lines: on the first (at most 40 lines of attributes)
            if (MintlifyBlocks.unended(bare)) {
              StringBuilder joined = new StringBuilder(bare);
              int last = i;
              while (last + 1 < to && last - i < 40 && !lines[last + 1].contains("<")) {
                last++;
                joined.append(' ').append(lines[last].strip());
                if (lines[last].contains(">")) {
                  break;
                }
              }
              if (joined.indexOf(">") >= 0 && last > i) {
                for (String part : MintlifyBlocks.split(joined.toString())) {
                  out.line(indent + part, file.display(), number, indent.length());
                }
                // (the lines it took stay empty, each where it was)
                for (int k = i + 1; k <= last; k++) {
                  out.line("", file.display(), k + 1, indent.length());
                }
                i = last;
                continue;
              }
            }
            // a Mintlify component written on one line with what it holds: its tags on lines of their own
            List<String> parts = MintlifyBlocks.split(bare);
            if (parts.size() > 1) {
              parts.forEach(part -> out.line(indent + part, file.display(), number, indent.length()));
              continue;
            }
          }
          Matcher helper = docsify && fence == null && (lead.startsWith("!>") || lead.startsWith("?>")) ? DOCSIFY_HELPER.matcher(bare) : null;
          if (helper != null && helper.matches()) {
            // Docsify's helper: its paragraph an alert (its next lines go on in the quote)
            String space = indent + helper.group(1);
            out.line(space + "> [!" + (helper.group(2).equals("!") ? "IMPORTANT" : "NOTE") + "]", file.display(), number, space.length());
            out.line(space + "> " + helper.group(3), file.display(), number, space.length());
            continue;
          }
          if (docsify && fence == null && (bare.contains("':") || bare.contains("\":"))) {
            Matcher embed = DOCSIFY_EMBED.matcher(bare);
            if (embed.matches() && embed.group(5).contains(":include")) {
              embed(file, embed, indent, number);
              continue;
            }
            // a link's configuration (':target=_blank', ':disabled', ':size=50'): not read, left out
            String plain = DOCSIFY_LINK_CONFIG.matcher(bare).replaceAll(")");
            if (!plain.equals(bare)) {
              out.line(indent + plain, file.display(), number, indent.length());
              continue;
            }
          }
          Matcher use = fence == null && partials != null && bare.endsWith("/>") ? MDX_USE.matcher(bare) : null;
          Matcher jekyll = (liquid || gitbook) && fence == null && bare.contains("{%") ? LIQUID_INCLUDE.matcher(bare) : null;
          Matcher vpInclude = vitepress && fence == null && bare.contains("@include:") ? VP_INCLUDE.matcher(bare) : null;
          if (vpInclude != null && vpInclude.matches()) {
            String path = vitePressPath(file, vpInclude.group(2));
            String first = vpInclude.group(4);
            String last = vpInclude.group(5);
            String part = vpInclude.group(3) != null ? ":" + vpInclude.group(3) : first != null && (!first.isEmpty() || !last.isEmpty()) ? ":" + first + ":" + last : "";
            include(file, path + part, indent + vpInclude.group(1), number, indent.length() + vpInclude.group(1).length() + 1);
            continue;
          }
          Matcher vpCode = vitepress && fence == null && bare.contains("<<<") ? VP_CODE.matcher(bare) : null;
          if (vpCode != null && vpCode.matches()) {
            code(file, vpCode, indent, number);
            continue;
          }
          if (jekyll != null && jekyll.matches()) {
            // Jekyll's include: a file of _includes/; include_relative (and GitBook's include): one from the file's folder
            String path = jekyll.group(2).equals("include") && !gitbook ? "_includes/" + jekyll.group(3) : relative(file.path(), jekyll.group(3));
            include(file, path, indent + jekyll.group(1), number, indent.length() + jekyll.group(1).length() + 1);
            continue;
          }
          if (mdx && fence == null && bare.startsWith("<CodeBlock", bare.length() - bare.stripLeading().length())) {
            // the next closing tag, found once for the tags before it
            if (closing < i) {
              closing = i;
              while (closing < to && !lines[closing].contains("</CodeBlock>")) {
                closing++;
              }
            }
            int close = closing;
            if (close < to && close - i < CODE_BLOCK_LINES && codeBlock(file, lines, i, close, texts, indent)) {
              i = close;
              continue;
            }
          }
          if (mdx && fence == null && bare.startsWith("import ") && bare.contains("!!raw-loader!") && RAW_IMPORT.matcher(bare).matches()) {
            Matcher im = RAW_IMPORT.matcher(bare);
            im.matches();
            (texts == null ? texts = new java.util.HashMap<>() : texts).put(im.group(1), im.group(3));
            out.line("", file.display(), number, indent.length());
          } else if (mdx && fence == null && bare.startsWith("import ") && MDX_IMPORT.matcher(bare).matches()) {
            Matcher im = MDX_IMPORT.matcher(bare);
            im.matches();
            (partials == null ? partials = new java.util.HashMap<>() : partials).put(im.group(1), im.group(3));
            out.line("", file.display(), number, indent.length());
          } else if (use != null && use.matches() && partials.containsKey(use.group(2))) {
            include(file, partials.get(use.group(2)), indent + use.group(1), number, indent.length() + use.group(1).length() + 1);
          } else {
            out.line(indent + line, file.display(), number, indent.length());
          }
          continue;
        }
        String space = indent + m.group(1);
        if (m.group(3) != null) {
          String quoted = m.group(3);
          include(file, quoted.substring(1, quoted.length() - 1).strip(), space, number, space.length() + 1);
        } else if (block == null) {
          block = new ArrayList<>();
        } else {
          for (Named n : block) {
            include(file, n.path(), space, n.line(), n.column());
          }
          block = null;
        }
      }
      if (block != null) {
        // a block that is not closed: MkDocs includes its paths all the same
        for (Named n : block) {
          include(file, n.path(), indent, n.line(), n.column());
        }
      }
    }

    /**
     * Docusaurus' CodeBlock on lines {@code [first, last]} of {@code file}, as a fenced code block of
     * its text (a template literal's, or a file's it imports as text, by name in {@code texts});
     * false, with nothing written, where it holds something else (then it is shown as written,
     * and named as a component).
     */
    private boolean codeBlock(Source file, String[] lines, int first, int last, java.util.Map<String, String> texts, String indent) {
      StringBuilder joined = new StringBuilder();
      for (int k = first; k <= last; k++) {
        joined.append(k > first ? "\n" : "").append(lines[k].endsWith("\r") ? lines[k].substring(0, lines[k].length() - 1) : lines[k]);
      }
      Matcher m = CODE_BLOCK.matcher(joined);
      if (!m.matches()) {
        return false;
      }
      String held = m.group(3).strip();
      String space = indent + m.group(1);
      Span at = Span.at(file.display(), first + 1, space.length() + 1);
      String[] code;
      Source from = null;
      // the line each of the code's lines is on, in its file
      int firstLine;
      if (held.length() >= 2 && held.startsWith("`") && held.endsWith("`")) {
        String literal = held.substring(1, held.length() - 1);
        String text = cooked(literal, '`');
        if (text == null) {
          return false;
        }
        if (expression(literal)) {
          out.problems.add(Diagnostic.warning("markdown.marker", at, "a CodeBlock's text holds `${...}`, JavaScript that MDX runs, which is not run here: it is shown as written")
              .withHint("write `\\${` for the characters themselves"));
        }
        code = text.split("\n", -1);
        firstLine = first + 1 + (int) joined.substring(0, m.start(3) + m.group(3).indexOf('`')).chars().filter(c -> c == '\n').count();
      } else if (held.matches("[A-Za-z_$][\\w$]*") && texts != null && texts.containsKey(held)) {
        String written = texts.get(held);
        String path = written.startsWith("@site/") ? written.substring("@site/".length()) : relative(file.path(), written);
        from = read(normal(path));
        if (from == null) {
          out.problems.add(Diagnostic.warning("markdown.include", at, "no file `" + written + "` for the CodeBlock to show: nothing is shown")
              .withHint("a path is read from the folder of the page that imports it (`@site/` is the content folder)"));
          return true;
        }
        out.read.add(from.path());
        String text = from.text().endsWith("\n") ? from.text().substring(0, from.text().length() - 1) : from.text();
        code = text.split("\n", -1);
        firstLine = 1;
      } else {
        return false;
      }
      String language = "";
      StringBuilder info = new StringBuilder();
      Matcher p = PROPERTY.matcher(m.group(2));
      while (p.find()) {
        String value = p.group(2) != null ? p.group(2) : p.group(3) != null ? p.group(3) : p.group(4) != null ? p.group(4) : p.group(5) != null ? p.group(5) : p.group(6) != null ? p.group(6) : p.group(7);
        switch (p.group(1)) {
          case "language" -> language = value == null ? "" : value.strip();
          case "title" -> info.append(" title=\"").append(value == null ? "" : value.replace("\"", "'")).append('"');
          case "showLineNumbers" -> info.append(value == null || value.equals("true") ? " showLineNumbers" : value.matches("\\d+") ? " showLineNumbers=" + value : "");
          case "metastring" -> info.append(value == null ? "" : " " + value.strip());
          default -> {}
        }
      }
      int longest = 2;
      for (String line : code) {
        Matcher ticks = TICK_RUN.matcher(line);
        while (ticks.find()) {
          longest = Math.max(longest, ticks.group().length());
        }
      }
      String fence = "`".repeat(longest + 1);
      out.line(space + fence + language + info, file.display(), first + 1, space.length());
      for (int k = 0; k < code.length; k++) {
        String line = code[k].endsWith("\r") ? code[k].substring(0, code[k].length() - 1) : code[k];
        out.line(space + line, from != null ? from.display() : file.display(), from != null ? k + 1 : Math.min(firstLine + k, last + 1), space.length());
      }
      out.line(space + fence, file.display(), last + 1, space.length());
      return true;
    }


    /** A path VitePress reads: from {@code docs/} after {@code @/}, else from the folder of the file. */
    private static String vitePressPath(Source file, String written) {
      return written.startsWith("@/") ? "docs/" + written.substring(2) : relative(file.path(), written);
    }

    /** VitePress' import of a file's code ({@code <<< @/x.js#region{2 js} [label]}): a fenced code block of its lines. */
    private void code(Source from, Matcher m, String indent, int number) {
      String space = indent + m.group(1);
      Span at = Span.at(from.display(), number, space.length() + 1);
      String path = vitePressPath(from, m.group(2));
      Source file = find(from, path);
      if (file == null && m.group(2).startsWith("@/")) {
        // VuePress 1 reads @/ from the project's folder (where it runs: @/docs/x.js)
        file = find(from, m.group(2).substring(2));
      }
      if (file == null) {
        out.problems.add(
            Diagnostic.warning("markdown.include", at, "no file `" + m.group(2) + "` to show: nothing is shown")
                .withHint("`@/` is the `docs/` folder (or, as VuePress 1 reads it, the project's); another path is read from the folder of the file that names it"));
        return;
      }
      String[] lines = file.text().split("\n", -1);
      int count = lines.length > 1 && lines[lines.length - 1].isEmpty() ? lines.length - 1 : lines.length;
      int first = 0;
      if (m.group(3) != null) {
        int[] bounds = region(lines, count, m.group(3));
        if (bounds == null) {
          out.problems.add(Diagnostic.warning("markdown.include", at, "no region `" + m.group(3) + "` in `" + file.path() + "` (between `#region " + m.group(3) + "` and `#endregion " + m.group(3) + "`): nothing is shown"));
          return;
        }
        first = bounds[0];
        count = bounds[1];
      }
      // the braces' lines to mark and language (a word of letters), else the file's extension
      String braces = m.group(4) == null ? "" : m.group(4).strip();
      String marks = braces.replaceFirst("^([\\d\\s,-]*).*$", "$1").strip();
      String language = braces.substring(braces.replaceFirst("^([\\d\\s,-]*).*$", "$1").length()).strip();
      String name = file.path().substring(file.path().lastIndexOf('/') + 1);
      if (language.isEmpty()) {
        language = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
      }
      int longest = 2;
      for (int i = first; i < count; i++) {
        Matcher ticks = TICK_RUN.matcher(lines[i]);
        while (ticks.find()) {
          longest = Math.max(longest, ticks.group().length());
        }
      }
      String fence = "`".repeat(longest + 1);
      out.read.add(file.path());
      out.line(space + fence + language + (marks.isEmpty() ? "" : "{" + marks + "}") + (m.group(5) == null ? "" : " [" + m.group(5) + "]"), from.display(), number, space.length());
      for (int i = first; i < count; i++) {
        if (!lines[i].contains("#") || !REGION.matcher(lines[i]).matches()) {
          out.line(space + (lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i]), file.display(), i + 1, space.length());
        }
      }
      out.line(space + fence, from.display(), number, space.length());
    }

    private static final Pattern TICK_RUN = Pattern.compile("`{3,}");

    /**
     * The code blocks of an mdBook page, as mdBook reads them: the language the first word of the
     * info before a comma ({@code rust,ignore} is Rust), and a Rust block's hidden lines
     * ({@code # fn main() {}}, shown behind a button there) left out, {@code ##} written as
     * {@code #}; {@code hidelines=!!} makes lines starting with {@code !!} hidden in any language.
     */
    private static final class MdBookCode {
      private String fence;
      private String hidden;

      /** Whether the last line read was in a code block. */
      boolean inFence() {
        return fence != null;
      }

      /** A line's info where it opens a code block whose info or lines mdBook reads otherwise than CommonMark, else null. */
      static String opens(String line) {
        String lead = line.stripLeading();
        if (!lead.startsWith("```") && !lead.startsWith("~~~")) {
          return null;
        }
        String info = lead.substring(lead.length() - lead.replaceFirst("^(`+|~+)", "").length()).strip();
        return info.contains(",") || info.startsWith("rust") || info.contains("hidelines=") ? info : null;
      }

      /** Whether the line is taken (written to {@code out}, or left out); false where it is left to the others. */
      boolean line(String bare, String indent, String display, int number, Out out) {
        String lead = bare.stripLeading();
        boolean fenceLine = lead.startsWith("```") || lead.startsWith("~~~");
        if (fence != null) {
          String run = fenceLine ? lead.substring(0, lead.length() - lead.replaceFirst("^(`+|~+)", "").length()) : "";
          if (fenceLine && run.charAt(0) == fence.charAt(0) && run.length() >= fence.length() && lead.strip().equals(run)) {
            fence = null;
            hidden = null;
            return false;
          }
          if (hidden == null) {
            return false;
          }
          String body = bare.stripLeading();
          if (hidden.equals("#") && body.startsWith("##")) {
            // an escaped #: one is shown
            out.line(indent + bare.substring(0, bare.length() - body.length()) + body.substring(1), display, number, indent.length());
            return true;
          }
          // (a hidden line is left out)
          return hidden.equals("#") ? body.startsWith("#") && !body.startsWith("#!") && !body.startsWith("#[") : body.startsWith(hidden);
        }
        if (!fenceLine) {
          return false;
        }
        String run = lead.substring(0, lead.length() - lead.replaceFirst("^(`+|~+)", "").length());
        String info = lead.substring(run.length()).strip();
        if (run.charAt(0) == '`' && info.contains("`")) {
          return false;
        }
        fence = run;
        String[] words = info.split("[,\\s]+");
        String language = words.length == 0 ? "" : words[0];
        hidden = null;
        for (String w : words) {
          if (w.startsWith("hidelines=") && w.length() > "hidelines=".length()) {
            hidden = w.substring("hidelines=".length());
          }
        }
        if (hidden == null && language.equals("rust")) {
          hidden = "#";
        }
        if (opens(bare) == null || info.equals(language)) {
          return false;
        }
        out.line(indent + bare.substring(0, bare.length() - lead.length()) + run + language, display, number, indent.length());
        return true;
      }
    }

    /**
     * mdBook's markers in a line that is not an include of its own, each shown as written (in text
     * with its braces escaped: {@code {#x}} would be read as an anchor): an escaped one without its
     * backslash, as mdBook shows it; {@code {{#title x}}} left out, and an include here, named (mdBook
     * reads them anywhere, here they are read on a line of their own); others are no mdBook's (a
     * template's, {@code {{#each}}}) and shown as mdBook shows them. False where there is none and
     * the line is left to the others.
     */
    private boolean mdBookMarkers(Source file, String bare, String indent, int number, boolean inCode) {
      Matcher m = MDBOOK_MARKER.matcher(bare);
      StringBuilder text = new StringBuilder();
      int last = 0;
      // the code spans' backticks before the marker, counted as the line is read
      int ticks = 0;
      boolean any = false;
      while (m.find()) {
        any = true;
        for (int k = last; k < m.start(); k++) {
          ticks += bare.charAt(k) == '`' ? 1 : 0;
        }
        boolean code = inCode || ticks % 2 == 1;
        text.append(bare, last, m.start());
        last = m.end();
        int close = bare.indexOf("}}", m.end());
        boolean read = m.group(1).isEmpty() && close > m.end() && Character.isWhitespace(bare.charAt(m.end())) && MDBOOK_KINDS.contains(m.group(2));
        Span at = Span.at(file.display(), number, indent.length() + m.start() + 1);
        if (read && m.group(2).equals("title")) {
          out.problems.add(Diagnostic.warning("markdown.marker", at, "mdBook's `{{#title}}` is not read: the page's title is its first heading's, and the marker is left out")
              .withHint("give the page's title in its first heading"));
          last = close + 2;
          continue;
        }
        if (read) {
          out.problems.add(Diagnostic.warning("markdown.marker", at, "mdBook's `{{#" + m.group(2) + "}}` is not read here: it is shown as written")
              .withHint("`{{#include path}}`, `{{#rustdoc_include path}}` and `{{#playground path}}` are read on a line of their own"));
        }
        text.append(code ? "{{#" : "\\{\\{#").append(m.group(2));
      }
      if (!any) {
        return false;
      }
      out.line(indent + text + bare.substring(last), file.display(), number, indent.length());
      return true;
    }

    /** mdBook's path with its lines ({@code x.rs:2} is line 2 alone, {@code x.rs:2:}, {@code x.rs::9}, {@code x.rs:2:9}) or anchor, as snippets' path with its lines or section. */
    private static String mdBookPart(String written) {
      Matcher one = MDBOOK_LINE.matcher(written);
      return one.matches() && !MDBOOK_LINES.matcher(written).find() ? written + ":" + one.group(2) : written;
    }

    /**
     * Docsify's embed ({@code [x](_media/part.md ':include')}): a Markdown file put in, another's
     * text (or one with {@code :type=code}) a code block of it in the language of its extension; a
     * path read from the pages' folder (Docsify's), else from the page's. Other types (an iframe,
     * a video) are named and shown as the link.
     */
    private void embed(Source from, Matcher m, String indent, int number) {
      String space = indent + m.group(1);
      String path = m.group(3).replaceFirst("^(\\./)+", "");
      String type = m.group(5).replaceFirst("(?s)^.*:type=([\\w-]+).*$", "$1");
      String fromPages = normal(handbook.config.Project.DOCS + path.replaceFirst("^/+", ""));
      String written = fromPages != null && read(fromPages) != null ? fromPages : path.replaceFirst("^/+", "");
      String name = path.substring(path.lastIndexOf('/') + 1);
      String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT) : "";
      boolean markdown = type.equals(m.group(5)) ? extension.equals("md") || extension.equals("markdown") : type.equals("markdown");
      boolean code = type.equals("code") || type.equals(m.group(5)) && !markdown && !extension.equals("html") && !handbook.content.Urls.remote(path);
      if (!markdown && !code) {
        out.problems.add(Diagnostic.warning("markdown.include", Span.at(from.display(), number, space.length() + 1), "Docsify's embed of `" + path + "` (" + (type.equals(m.group(5)) ? extension : type) + ") is not put in: it is shown as a link")
            .withHint("a Markdown file and a file's code are put in"));
        out.line(space + m.group(2) + "(" + m.group(3) + ")", from.display(), number, space.length());
        return;
      }
      if (markdown) {
        include(from, written, space, number, space.length() + 1);
        return;
      }
      out.line(space + "````" + (extension.isEmpty() ? "" : extension), from.display(), number, space.length());
      include(from, written, space, number, space.length() + 1);
      out.line(space + "````", from.display(), number, space.length());
    }

    /** mdBook's playground of a file's code ({@code {{#playground x.rs editable}}}): a fenced code block of it, in Rust. */
    private void playground(Source from, Matcher m, String indent, int number) {
      String space = indent + m.group(1);
      // (its attributes, editable and the like, change mdBook's runnable playground alone)
      out.line(space + "```rust", from.display(), number, space.length());
      include(from, mdBookPart(m.group(4)), space, number, space.length() + 1);
      out.line(space + "```", from.display(), number, space.length());
    }

    /** The lines {@code [first, end)} of mdBook's anchor ({@code ANCHOR: name} to {@code ANCHOR_END: name}), or null when there is none. */
    private static int[] anchor(String[] lines, int count, String name) {
      return between(lines, count, name, ANCHOR, "ANCHOR", "ANCHOR");
    }

    /** The lines {@code [first, end)} of a region ({@code #region name} to {@code #endregion name}), or null when there is none. */
    private static int[] region(String[] lines, int count, String name) {
      return between(lines, count, name, REGION, "#", "region");
    }

    /**
     * The lines {@code [first, end)} between the first start marker of {@code name} and the end
     * marker after it (to the end where there is none), or null where it has no start: a marker is
     * a line holding {@code key} that {@code marker} finds, its kind in group 1 ({@code start}, or
     * the end's), its name in group 2.
     */
    private static int[] between(String[] lines, int count, String name, Pattern marker, String key, String start) {
      int first = -1;
      for (int i = 0; i < count; i++) {
        Matcher m = lines[i].contains(key) ? marker.matcher(lines[i]) : null;
        if (m != null && m.find() && m.group(2).equals(name)) {
          if (m.group(1).equals(start) && first < 0) {
            first = i + 1;
          } else if (!m.group(1).equals(start) && first >= 0) {
            return new int[] {first, i};
          }
        }
      }
      return first < 0 ? null : new int[] {first, count};
    }

    /** A path from the folder of the file at {@code from} (in the content folder), as a path from the content folder. */
    private static String relative(String from, String path) {
      String folder = from.substring(0, from.lastIndexOf('/') + 1);
      String joined = handbook.content.Urls.normalize(folder + path);
      return joined == null ? path : joined;
    }

    /** A path on a line of its own in a block, and where it stands. */
    private record Named(String path, int line, int column) {}

    private static Named named(String bare, int line, String indent) {
      int lead = 0;
      while (lead < bare.length() && (bare.charAt(lead) == ' ' || bare.charAt(lead) == '\t')) {
        lead++;
      }
      return new Named(bare.strip(), line, indent.length() + lead + 1);
    }

    private void include(Source from, String written, String indent, int line, int column) {
      Span at = Span.at(from.display(), line, column);
      if (written.isEmpty()) {
        return;
      }
      if (out.full) {
        return;
      }
      if (written.matches("(?i)^[a-z][a-z0-9+.-]*://.*")) {
        out.problems.add(
            Diagnostic.warning("markdown.include", at, "`" + written + "` is a URL: snippets from other hosts are not fetched, so nothing is included")
                .withHint("copy the file into the content folder and include it by its path"));
        return;
      }
      String path = written;
      int start = 0;
      int end = Integer.MAX_VALUE;
      String section = null;
      Source file = find(from, path);
      if (file == null) {
        Matcher r = RANGE.matcher(written);
        Matcher n = NAMED.matcher(written);
        if (r.matches() && (!r.group(2).isEmpty() || r.group(3) != null && !r.group(3).isEmpty())) {
          path = r.group(1);
          start = r.group(2).isEmpty() ? 0 : Math.max(0, Integer.parseInt(r.group(2)) - 1);
          end = r.group(3) == null || r.group(3).isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(r.group(3));
        } else if (n.matches()) {
          path = n.group(1);
          section = n.group(2);
        }
        file = path.equals(written) ? null : find(from, path);
      }
      if (file == null) {
        out.problems.add(
            Diagnostic.warning("markdown.include", at, "no file `" + path + "` to include: nothing is included")
                .withHint("a path is read from the content folder, else from the folder of the file that names it"));
        return;
      }
      if (stack.contains(file.path())) {
        out.problems.add(Diagnostic.warning("markdown.include", at, "`" + file.path() + "` is included inside itself: it is not included again"));
        return;
      }
      if (stack.size() > MAX_DEPTH) {
        out.problems.add(Diagnostic.error("markdown.include", at, "more than " + MAX_DEPTH + " includes inside one another"));
        out.full = true;
        return;
      }
      String[] lines = file.text().split("\n", -1);
      int count = lines.length > 1 && lines[lines.length - 1].isEmpty() ? lines.length - 1 : lines.length;
      if (section != null) {
        int[] bounds = section(lines, count, section);
        if (bounds == null && vitepress) {
          bounds = region(lines, count, section);
        }
        if (bounds == null && mdbook) {
          bounds = anchor(lines, count, section);
        }
        if (bounds == null) {
          out.problems.add(Diagnostic.warning("markdown.include", at, "no section `" + section + "` in `" + file.path() + "` (between `--8<-- [start:" + section + "]` and `--8<-- [end:" + section + "]`): nothing is included"));
          return;
        }
        start = bounds[0];
        count = bounds[1];
      }
      int to = (int) Math.min(count, (long) end);
      if (out.text.length() + (long) file.text().length() + (long) indent.length() * Math.max(0, to - start) > MAX_CHARS) {
        out.problems.add(Diagnostic.error("markdown.include", at, "with its includes the page would be larger than " + (MAX_CHARS >> 20) + " MB"));
        out.full = true;
        return;
      }
      out.read.add(file.path());
      stack.push(file.path());
      lines(file, lines, Math.min(start, to), to, indent, 1, true);
      stack.pop();
    }

    /** The lines {@code [first, end)} between a section's markers, or null when it has none. */
    private static int[] section(String[] lines, int count, String name) {
      int first = -1;
      for (int i = 0; i < count; i++) {
        Matcher s = SECTION.matcher(lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i]);
        if (s.matches() && s.group(1).isEmpty() && s.group(3).equalsIgnoreCase(name)) {
          if (s.group(2).equalsIgnoreCase("start") && first < 0) {
            first = i + 1;
          } else if (s.group(2).equalsIgnoreCase("end") && first >= 0) {
            return new int[] {first, i};
          }
        }
      }
      return first < 0 ? null : new int[] {first, count};
    }

    /** A file by a written path: from the content folder, else from the folder of the file that names it. */
    private Source find(Source from, String written) {
      String p = written.replace('\\', '/');
      if (p.startsWith("/")) {
        // (Mintlify's import from the project's root, /snippets/x.mdx: the folder its pages are shown in)
        int root = from.path().indexOf('/');
        return mintlify && root > 0 ? read(normal(from.path().substring(0, root + 1) + p.substring(1))) : null;
      }
      Source f = read(normal(p));
      if (f == null) {
        int slash = from.path().lastIndexOf('/');
        if (slash >= 0) {
          f = read(normal(from.path().substring(0, slash + 1) + p));
        }
      }
      return f;
    }

    private Source read(String path) {
      return path == null ? null : read.apply(path);
    }

    /** {@code a/./b/../c} as {@code a/c}; null when it leaves the content folder. */
    private static String normal(String path) {
      Deque<String> parts = new ArrayDeque<>();
      for (String part : path.split("/")) {
        if (part.isEmpty() || part.equals(".")) {
          continue;
        }
        if (part.equals("..")) {
          if (parts.isEmpty()) {
            return null;
          }
          parts.removeLast();
        } else {
          parts.addLast(part);
        }
      }
      return parts.isEmpty() ? null : String.join("/", parts);
    }
  }
}
