package handbook.jbake.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes the benchmark corpus ({@code bench/GenerateCorpus.java}: {@code site.yaml} and
 * {@code docs/**.md} with YAML front matter) as a JBake project: the same Markdown bodies with a
 * JBake header block, links to {@code .md} files pointing at the {@code .html} pages JBake
 * writes, and FreeMarker templates for pages and the sitemap.
 *
 * <pre>java -cp handbook-jbake.jar handbook.jbake.bench.CorpusToJBake CORPUS PROJECT</pre>
 */
public final class CorpusToJBake {
  private static final Pattern MD_LINK = Pattern.compile("\\]\\(([^)\\s#]*?)\\.md(#[^)\\s]*)?\\)");

  private CorpusToJBake() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: CorpusToJBake CORPUS PROJECT");
      System.exit(2);
    }
    int pages = convert(Path.of(args[0]), Path.of(args[1]));
    System.out.println("wrote a JBake project of " + pages + " pages to " + args[1]);
  }

  /** Returns the number of pages written. */
  static int convert(Path corpus, Path project) throws IOException {
    Path docs = corpus.resolve("docs");
    if (!Files.isDirectory(docs)) {
      throw new IOException("no docs/ folder in " + corpus);
    }
    Files.createDirectories(project.resolve("templates"));
    for (String t : List.of("jbake.properties", "templates/page.ftl", "templates/sitemap.ftl")) {
      try (InputStream in = CorpusToJBake.class.getResourceAsStream("/handbook/jbake/bench/" + t.replace("templates/", ""))) {
        Files.write(project.resolve(t), in.readAllBytes());
      }
    }
    List<Path> files;
    try (Stream<Path> s = Files.walk(docs)) {
      files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    for (Path f : files) {
      String rel = docs.relativize(f).toString().replace('\\', '/');
      Path target = project.resolve("content").resolve(rel);
      Files.createDirectories(target.getParent());
      Files.writeString(target, page(Files.readString(f, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }
    return files.size();
  }

  /** One page: front matter as a JBake header, links to the .html output. */
  static String page(String text) {
    String title = "";
    String description = "";
    List<String> tags = new ArrayList<>();
    String body = text;
    if (text.startsWith("---\n")) {
      int end = text.indexOf("\n---\n", 4);
      for (String line : text.substring(4, end).split("\n")) {
        int colon = line.indexOf(':');
        if (colon < 0) {
          continue;
        }
        String key = line.substring(0, colon).strip();
        String value = line.substring(colon + 1).strip();
        switch (key) {
          case "title" -> title = unquote(value);
          case "description" -> description = unquote(value);
          case "tags" -> {
            for (String t : value.replaceAll("^\\[|]$", "").split(",")) {
              if (!t.isBlank()) {
                tags.add(unquote(t.strip()));
              }
            }
          }
          default -> {}
        }
      }
      body = text.substring(end + 5);
    }
    Matcher m = MD_LINK.matcher(body);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String target = m.group(1);
      String fragment = m.group(2) == null ? "" : m.group(2);
      m.appendReplacement(b, Matcher.quoteReplacement("](" + target + ".html" + fragment + ")"));
    }
    m.appendTail(b);
    return "title=" + title + "\ndescription=" + description + "\ntags=" + String.join(",", tags)
        + "\ntype=page\nstatus=published\n~~~~~~\n\n" + b;
  }

  private static String unquote(String v) {
    if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
      return v.substring(1, v.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
    }
    return v;
  }
}
