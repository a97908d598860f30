package handbook.docs;

import handbook.diag.Diagnostic;
import handbook.diag.Diagnostics;
import handbook.diag.Span;
import handbook.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The options of pymdownx.snippets in an MkDocs project's {@code mkdocs.yml} that change what a
 * docs page holds: {@code base_path} (the folders, from the project's, a written path is read
 * from; the content folder first, as the default {@code .}) and {@code auto_append} (files put at
 * the end of every page, such as MkDocs Material's glossary of abbreviations). A file to append
 * that is not there is named once ({@code config.mkdocs}), not on every page.
 *
 * @param bases the folders includes are also read from, each ending in {@code /} (none: only the
 *     content folder and the page's)
 * @param append the content paths of the files put at the end of every page
 */
record MkDocsSnippets(List<String> bases, List<String> append) {
  static final MkDocsSnippets NONE = new MkDocsSnippets(List.of(), List.of());

  /** The options in a config file's settings ({@code map}, of {@code file}). */
  static MkDocsSnippets read(YamlNode.Mapping map, String file, Set<String> files, Diagnostics diags) {
    if (!(options(map.get("markdown_extensions")) instanceof YamlNode.Mapping options)) {
      return NONE;
    }
    List<String> bases = new ArrayList<>();
    for (YamlNode.Scalar base : strings(options.get("base_path"))) {
      String b = normal(base.value());
      if (b != null && !b.isEmpty() && !bases.contains(b + "/")) {
        bases.add(b + "/");
      }
    }
    List<String> appended = new ArrayList<>();
    for (YamlNode.Scalar append : strings(options.get("auto_append"))) {
      String found = null;
      String p = normal(append.value());
      for (String base : bases(bases)) {
        if (p != null && found == null && files.contains(normal(base + p))) {
          found = normal(base + p);
        }
      }
      if (found == null) {
        diags.add(
            Diagnostic.warning("config.mkdocs", append.span(file), "no file `" + append.value() + "` to append to every page: nothing is appended")
                .withHint(bases.isEmpty() ? "the path is read from the content folder" : "the path is read from the content folder and the folders of `base_path`"));
      } else if (!appended.contains(found)) {
        appended.add(found);
      }
    }
    return new MkDocsSnippets(List.copyOf(bases), List.copyOf(appended));
  }

  /** The content folder, then the folders of {@code base_path}. */
  private static List<String> bases(List<String> bases) {
    List<String> all = new ArrayList<>();
    all.add("");
    all.addAll(bases);
    return all;
  }

  /** The options of pymdownx.snippets in a list of extensions, or null. */
  private static YamlNode options(YamlNode extensions) {
    if (extensions instanceof YamlNode.Seq seq) {
      for (YamlNode item : seq.items()) {
        if (item instanceof YamlNode.Mapping m && m.get("pymdownx.snippets") != null) {
          return m.get("pymdownx.snippets");
        }
      }
    } else if (extensions instanceof YamlNode.Mapping m) {
      return m.get("pymdownx.snippets");
    }
    return null;
  }

  /** A string or a list of strings. */
  private static List<YamlNode.Scalar> strings(YamlNode node) {
    List<YamlNode.Scalar> out = new ArrayList<>();
    if (node instanceof YamlNode.Scalar s && s.type() == YamlNode.Scalar.Type.STRING) {
      out.add(s);
    } else if (node instanceof YamlNode.Seq seq) {
      for (YamlNode item : seq.items()) {
        if (item instanceof YamlNode.Scalar s && s.type() == YamlNode.Scalar.Type.STRING) {
          out.add(s);
        }
      }
    }
    return out;
  }

  /** A path from the project's folder, without {@code ./}, {@code ..} or slashes at its ends; null when it leaves the folder. */
  private static String normal(String path) {
    String p = handbook.content.Urls.normalize(path.strip().replace('\\', '/').replaceAll("^/+", ""));
    return p == null ? null : p.replaceAll("/+$", "");
  }

  /** What the options add to a memo key: the same options, the same key. */
  String key() {
    return bases.isEmpty() && append.isEmpty() ? "" : "|snippets " + bases + " " + append;
  }

  /** A file by a path an include writes: from the content folder (tried by the caller first), else from each base folder. */
  List<String> candidates(String path) {
    List<String> out = new ArrayList<>();
    for (String base : bases) {
      String p = normal(base + path);
      if (p != null) {
        out.add(p);
      }
    }
    return out;
  }

  /** The page's text with a marker at its end for each file to append (but itself). */
  String appendedTo(String page, String text) {
    StringBuilder b = new StringBuilder(text);
    for (String file : append) {
      if (!file.equals(page)) {
        if (b.length() > 0 && b.charAt(b.length() - 1) != '\n') {
          b.append('\n');
        }
        b.append("\n--8<-- \"").append(file).append("\"\n");
      }
    }
    return b.toString();
  }
}
