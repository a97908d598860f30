package handbook.jbake;

import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.commons.configuration.ConfigurationException;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

/**
 * Reads a JBake project and writes Handbook content: every Markdown or HTML content file becomes
 * a page under {@code content/docs/} at the same relative path, with its header block as YAML
 * front matter; assets and other files are copied beside the pages; links are rewritten from
 * JBake's output URLs to the imported files. What cannot be carried over is reported.
 */
public final class Importer {
  /** Header keys the import turns into Handbook front matter. */
  private static final Set<String> MAPPED = Set.of("title", "status", "type", "tags", "date");
  /** Header keys Handbook's docs pages know under the same name. */
  private static final Set<String> HANDBOOK_KEYS = Set.of("description", "weight", "aliases");
  /** Document types of JBake itself: pages and posts, and the types its generated pages use. */
  private static final Set<String> BUILT_IN_TYPES = Set.of("page", "post", "masterindex", "archive", "feed", "tag", "tagsindex", "sitemap");
  private static final Set<String> MARKDOWN = Set.of("md");
  private static final Set<String> HTML = Set.of("html");
  private static final Set<String> ASCIIDOC = Set.of("ad", "adoc", "asciidoc");
  /** Prefixes of JBake's own settings (the rest of default.properties is read from the jar). */
  private static final List<String> ENGINE_PREFIXES = List.of("template.", "render.", "asciidoctor.", "markdown.", "db.", "server.", "example.project.", "index.", "uri.", "img.", "thymeleaf.");

  /** What the import did. */
  public record Result(int pages, int files, List<Finding> findings) {}

  /** A problem with the arguments: the exit code 2 kind. */
  public static final class UsageException extends Exception {
    UsageException(String message) {
      super(message);
    }
  }

  private final Path src;
  private final Path dest;
  private final List<Finding> findings = new ArrayList<>();
  /** Imported path under content/ → bytes. */
  private final Map<String, byte[]> out = new TreeMap<>();

  public Importer(Path src, Path dest) {
    this.src = src;
    this.dest = dest;
  }

  public Result run() throws UsageException, IOException {
    if (!Files.isDirectory(src)) {
      throw new UsageException("JBake project `" + src + "` does not exist");
    }
    Path contentOut = dest.resolve("content");
    if (Files.isDirectory(contentOut) && !empty(contentOut)) {
      throw new UsageException("`" + contentOut + "` is not empty; import writes only into a new or empty folder");
    }
    JBakeConfiguration config;
    try {
      config = new JBakeConfigurationFactory().createDefaultJbakeConfiguration(src.toFile(), dest.resolve("jbake-output").toFile(), false);
    } catch (ConfigurationException | RuntimeException e) {
      throw new UsageException("cannot read the JBake configuration of `" + src + "`: " + e.getMessage());
    }
    File contentFolder = config.getContentFolder();
    if (!Files.exists(src.resolve("jbake.properties")) && (contentFolder == null || !contentFolder.isDirectory())) {
      throw new UsageException("`" + src + "` is not a JBake project: it has neither jbake.properties nor a content folder");
    }
    Properties props = Properties.read(src.resolve("jbake.properties"));
    Path content = contentFolder.toPath();
    Path assets = config.getAssetFolder() == null ? null : config.getAssetFolder().toPath();

    List<Path> contentFiles = walk(content);
    Map<String, String> targets = new LinkedHashMap<>();
    Map<Path, String> pagePaths = new TreeMap<>();
    for (Path f : contentFiles) {
      String rel = rel(content, f);
      String ext = ext(rel);
      if (MARKDOWN.contains(ext) || HTML.contains(ext)) {
        String imported = "docs/" + rel.substring(0, rel.length() - ext.length()) + "md";
        pagePaths.put(f, imported);
        String outPath = rel.substring(0, rel.length() - ext.length() - 1) + config.getOutputExtension();
        targets.putIfAbsent(outPath, imported);
        targets.putIfAbsent(rel, imported);
        if (config.getUriWithoutExtension() && !rel.endsWith("index." + ext)) {
          targets.putIfAbsent(rel.substring(0, rel.length() - ext.length() - 1) + "/", imported);
        }
      } else if (!ASCIIDOC.contains(ext)) {
        targets.putIfAbsent(rel, "docs/" + rel);
      }
    }
    List<Path> assetFiles = assets != null && Files.isDirectory(assets) ? walk(assets) : List.of();
    for (Path f : assetFiles) {
      targets.putIfAbsent(rel(assets, f), "docs/" + rel(assets, f));
    }
    Links.Site site = new Links.Site(targets, siteHost(config));

    int pages = 0;
    int files = 0;
    for (Path f : contentFiles) {
      String rel = rel(content, f);
      String ext = ext(rel);
      String shown = display(f);
      if (ASCIIDOC.contains(ext)) {
        findings.add(Finding.warning(shown, 0, 0, "import.asciidoc", "AsciiDoc is not a Handbook format; not imported (convert it to Markdown, e.g. with pandoc)"));
      } else if (pagePaths.containsKey(f)) {
        if (page(f, rel, pagePaths.get(f), config, site)) {
          pages++;
        }
      } else if (put("docs/" + rel, Files.readAllBytes(f), shown)) {
        files++;
      }
    }
    for (Path f : assetFiles) {
      if (put("docs/" + rel(assets, f), Files.readAllBytes(f), display(f))) {
        files++;
      }
    }
    Path templates = config.getTemplateFolder() == null ? null : config.getTemplateFolder().toPath();
    if (templates != null && Files.isDirectory(templates)) {
      findings.add(
          Finding.note(display(templates), 0, "import.templates",
              "JBake templates are not imported: Handbook pages use its built-in theme, which files in templates/ beside content/ override one by one"));
    }
    if (config.getRenderIndex() || config.getRenderFeed() || config.getRenderArchive() || config.getRenderTags()) {
      findings.add(
          Finding.note(display(src.resolve("jbake.properties")), 0, "import.generated-pages",
              "JBake's generated pages (index, feed, archive, tags) come from its templates; Handbook makes its own home, section, sitemap and search pages"));
    }
    properties(props, config);
    out.put("site.yaml", siteYaml(props, config).getBytes(StandardCharsets.UTF_8));
    for (Map.Entry<String, byte[]> e : out.entrySet()) {
      Path target = contentOut.resolve(e.getKey());
      Files.createDirectories(target.getParent());
      Files.write(target, e.getValue());
    }
    findings.sort(Comparator.comparing(Finding::path).thenComparingInt(Finding::line).thenComparingInt(Finding::column).thenComparing(Finding::code));
    return new Result(pages, files, List.copyOf(findings));
  }

  /** Imports one content file; false when it is left out. */
  private boolean page(Path file, String rel, String imported, JBakeConfiguration config, Links.Site site) throws IOException {
    String shown = display(file);
    Map<String, Object> model = new HeaderEngine().parse(config, file.toFile());
    if (model == null) {
      findings.add(
          Finding.warning(shown, 1, 1, "import.skipped",
              "JBake leaves this file out (an empty file, or no `type` or `status` in its header and no default in jbake.properties); not imported"));
      return false;
    }
    List<String> lines = List.of(new String(Files.readAllBytes(file), Charset.forName(config.getRenderEncoding())).split("\r?\n", -1));
    Header header = Header.of(lines, config.getHeaderSeparator());

    StringBuilder fm = new StringBuilder("---\n");
    Object title = model.get("title");
    if (title != null && !title.toString().isBlank()) {
      fm.append("title: ").append(Yaml.scalar(title.toString().strip())).append('\n');
    }
    for (String key : header.keys()) {
      if (HANDBOOK_KEYS.contains(key)) {
        String v = String.valueOf(model.get(key)).strip();
        if (key.equals("weight") && !v.matches("-?\\d+")) {
          findings.add(Finding.warning(shown, header.line(key), 1, "import.property", "`weight` must be a whole number in Handbook, not `" + v + "`; left out"));
        } else if (key.equals("aliases")) {
          fm.append("aliases: ").append(Yaml.list(splitList(v))).append('\n');
        } else {
          fm.append(key).append(": ").append(key.equals("weight") ? v : Yaml.scalar(v)).append('\n');
        }
      }
    }
    if (model.get("tags") instanceof String[] tags) {
      List<String> list = new ArrayList<>();
      for (String t : tags) {
        if (!t.isBlank()) {
          list.add(t.strip());
        }
      }
      if (!list.isEmpty()) {
        fm.append("tags: ").append(Yaml.list(list)).append('\n');
      }
    }
    String status = String.valueOf(model.get("status"));
    switch (status) {
      case "published" -> {}
      case "draft" -> fm.append("draft: true\n");
      case "published-date" ->
          findings.add(Finding.note(shown, header.line("status"), "import.status", "`status=published-date` (published from its date on) is imported as published: Handbook publishes every page that is not a draft"));
      default -> {
        fm.append("draft: true\n");
        findings.add(Finding.warning(shown, header.line("status"), 1, "import.status", "status `" + status + "` is neither published nor draft: JBake does not publish it, so it is imported as a draft"));
      }
    }
    String type = String.valueOf(model.get("type"));
    if (!type.equals("page") && !type.equals("post")) {
      boolean custom = config.getDocumentTypes().contains(type) && !BUILT_IN_TYPES.contains(type);
      findings.add(
          Finding.warning(shown, header.line("type"), 1, "import.type",
              (custom ? "custom type `" + type + "` (its own template in jbake.properties)" : "type `" + type + "`")
                  + " has no Handbook equivalent; imported as a docs page"));
    }
    if (header.keys().contains("date")) {
      String raw = header.value("date");
      Date date = parseDate(raw, config.getDateFormat());
      if (date == null) {
        findings.add(Finding.warning(shown, header.line("date"), 1, "import.date", "date `" + raw + "` does not match date.format `" + config.getDateFormat() + "`; left out"));
      } else {
        fm.append("date: ").append(new SimpleDateFormat("yyyy-MM-dd", Locale.ROOT).format(date)).append('\n');
      }
    }
    for (String key : header.keys()) {
      if (MAPPED.contains(key) || HANDBOOK_KEYS.contains(key)) {
        continue;
      }
      Object v = model.get(key);
      String text = v == null ? header.value(key) : v.toString();
      fm.append(Yaml.scalar(key)).append(": ").append(header.value(key).startsWith("{") && header.value(key).endsWith("}") ? header.value(key) : Yaml.scalar(text)).append('\n');
      findings.add(
          Finding.warning(shown, header.line(key), 1, "import.property",
              "header property `" + key + "` is for JBake's templates: kept in the front matter (templates see it as page.extra), but the built-in theme does not show it"));
    }
    fm.append("---\n");

    String body = String.valueOf(model.get("body"));
    boolean html = HTML.contains(ext(rel));
    if (html) {
      body = FlexmarkHtmlConverter.builder(new com.vladsch.flexmark.util.data.MutableDataSet().set(FlexmarkHtmlConverter.SETEXT_HEADINGS, false)).build().convert(body);
      findings.add(Finding.note(shown, header.bodyLine(), "import.html", "HTML body converted to Markdown; compare the page with the JBake output"));
    }
    String base = rel.contains("/") ? rel.substring(0, rel.lastIndexOf('/') + 1) : "";
    if (config.getUriWithoutExtension() && !rel.endsWith("index." + ext(rel))) {
      base = rel.substring(0, rel.length() - ext(rel).length() - 1) + "/";
    }
    String importedDir = imported.substring(0, imported.lastIndexOf('/'));
    Links.Result links = Links.rewrite(body, base, importedDir, site);
    for (Links.Dangling d : links.dangling()) {
      int[] pos = html ? new int[] {header.bodyLine(), 1} : header.position(body, d.offset());
      findings.add(
          Finding.warning(shown, pos[0], pos[1], "import.link", "link `" + d.url() + "` leads to no imported page or file; left as it is (the Handbook build reports it)"));
    }
    return put(imported, (fm + links.body()).getBytes(StandardCharsets.UTF_8), shown);
  }

  private static List<String> splitList(String v) {
    List<String> out = new ArrayList<>();
    for (String s : v.replaceAll("^\\[|]$", "").split(",")) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }

  /** Reports what of jbake.properties has no place in Handbook. */
  private void properties(Properties props, JBakeConfiguration config) {
    String shown = display(src.resolve("jbake.properties"));
    Set<String> engine = new TreeSet<>();
    for (Map.Entry<String, Integer> e : props.lines().entrySet()) {
      String key = e.getKey();
      if (key.equals("site.host") || key.equals("site.title")) {
        continue;
      }
      java.util.regex.Matcher template = java.util.regex.Pattern.compile("template\\.(.+)\\.file").matcher(key);
      if (template.matches() && !BUILT_IN_TYPES.contains(template.group(1))) {
        findings.add(
            Finding.warning(shown, e.getValue(), 1, "import.type",
                "custom type `" + template.group(1) + "` and its template `" + props.value(key) + "` have no Handbook equivalent; its documents are imported as docs pages"));
      } else if (key.equals("markdown.extensions") && props.value(key).contains("HARDWRAPS")) {
        findings.add(
            Finding.note(shown, e.getValue(), "import.markdown",
                "JBake renders a line break inside a paragraph as <br> (HARDWRAPS); Handbook follows CommonMark and joins the lines (end a line with a backslash to keep the break)"));
      } else if (config.get(key) != null && (ENGINE_PREFIXES.stream().anyMatch(key::startsWith) || isDefault(key))) {
        engine.add(key);
      } else {
        findings.add(
            Finding.warning(shown, e.getValue(), 1, "import.property", "property `" + key + "` is for JBake's templates; Handbook has no place for it"));
      }
    }
    if (!engine.isEmpty()) {
      findings.add(Finding.note(shown, 0, "import.settings", "JBake settings with no Handbook counterpart: " + String.join(", ", engine)));
    }
  }

  private static boolean isDefault(String key) {
    return Set.of("destination.folder", "content.folder", "asset.folder", "asset.ignore", "index.file", "feed.file", "archive.file", "sitemap.file",
            "tag.path", "tag.sanitize", "output.extension", "draft.suffix", "date.format", "default.status", "default.type", "header.separator")
        .contains(key);
  }

  private String siteYaml(Properties props, JBakeConfiguration config) {
    String title = props.value("site.title");
    if (title == null || title.isBlank()) {
      Path name = src.toAbsolutePath().normalize().getFileName();
      title = name == null ? "Handbook" : name.toString();
    }
    StringBuilder b = new StringBuilder();
    b.append("# Imported from the JBake project ").append(src.toAbsolutePath().normalize().getFileName()).append('\n');
    b.append("title: ").append(Yaml.scalar(title.strip())).append('\n');
    b.append("language: en                # JBake names no language; nb (Norwegian bokmål) is the other choice\n");
    String host = siteHost(config);
    if (props.value("site.host") != null && host.matches("https?://\\S+")) {
      b.append("base_url: ").append(Yaml.scalar(host)).append('\n');
    }
    b.append("nav: [docs]\n");
    return b.toString();
  }

  private static String siteHost(JBakeConfiguration config) {
    String h = config.getSiteHost();
    return h == null ? "" : h.strip().replaceAll("/+$", "");
  }

  private boolean put(String imported, byte[] bytes, String from) {
    if (out.containsKey(imported)) {
      findings.add(Finding.warning(from, 0, 0, "import.duplicate", "another file was already imported as `content/" + imported + "`; this one is left out"));
      return false;
    }
    out.put(imported, bytes);
    return true;
  }

  private static Date parseDate(String raw, String format) {
    SimpleDateFormat f = new SimpleDateFormat(format);
    java.text.ParsePosition pos = new java.text.ParsePosition(0);
    Date d = f.parse(raw.strip(), pos);
    return d == null || pos.getIndex() == 0 ? null : d;
  }

  private String display(Path p) {
    return src.resolve(src.relativize(p)).toString().replace('\\', '/');
  }

  private static String rel(Path root, Path f) {
    return root.relativize(f).toString().replace('\\', '/');
  }

  private static String ext(String rel) {
    String name = rel.substring(rel.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** Files under root as JBake sees them: hidden files and folders with a .jbakeignore left out. */
  private static List<Path> walk(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.list(root)) {
      for (Path p : s.sorted().toList()) {
        String name = p.getFileName().toString();
        if (name.startsWith(".")) {
          continue;
        }
        if (Files.isDirectory(p)) {
          if (!Files.exists(p.resolve(".jbakeignore"))) {
            files.addAll(walk(p));
          }
        } else {
          files.add(p);
        }
      }
    }
    return files;
  }

  private static boolean empty(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.findAny().isEmpty();
    }
  }
}
