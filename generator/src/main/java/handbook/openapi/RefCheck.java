package handbook.openapi;

import handbook.content.Urls;
import handbook.diag.Diagnostic;
import handbook.diag.Span;
import handbook.diag.Suggest;
import handbook.source.SourceFile;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Checks every {@code $ref} of a spec and of the files it reaches, before swagger-parser runs: a
 * URL or a path that leaves {@code content/} is refused at its line, so the build never goes to
 * the network or reads outside the content folder.
 */
final class RefCheck {
  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]+:");

  /** The outcome: the content paths of the files reached (the spec first), and whether all refs are fine. */
  record Result(Set<String> files, boolean ok) {
    boolean external() {
      return files.size() > 1;
    }
  }

  private RefCheck() {}

  /** A key that a map of the spec has twice: the parser would keep one of them in silence. */
  static List<Diagnostic> duplicates(SourceFile f, SpecScan scan) {
    return scan.duplicates().stream()
        .map(d -> Diagnostic.error("api.duplicate-key", Span.at(f.displayPath(), d.pos().line(), d.pos().column()), "key `" + d.key() + "` appears twice in this map")
            .withHint("the first one is on line " + d.first().line()))
        .toList();
  }

  /** The error for a spec file too large to read: the parser is never run on it. */
  static Diagnostic tooLarge(SourceFile f, SpecScan scan) {
    return Diagnostic.error("api.too-large", Span.at(f.displayPath(), scan.tooLargePos().line(), scan.tooLargePos().column()), scan.tooLarge())
        .withHint(scan.tooLargeHint());
  }

  /**
   * @param spec the spec
   * @param sources every text source by content-relative path
   * @param scans the scan of a source (cached by the caller)
   */
  static Result check(SourceFile spec, Map<String, SourceFile> sources, Function<SourceFile, SpecScan> scans, List<Diagnostic> out) {
    return check(spec, sources, p -> false, scans, out);
  }

  /** @param assets whether a content path is a file that is not text (a code sample's {@code source}) */
  static Result check(
      SourceFile spec, Map<String, SourceFile> sources, java.util.function.Predicate<String> assets, Function<SourceFile, SpecScan> scans, List<Diagnostic> out) {
    Set<String> reached = new LinkedHashSet<>();
    Deque<SourceFile> todo = new ArrayDeque<>();
    reached.add(spec.path());
    todo.add(spec);
    boolean ok = true;
    while (!todo.isEmpty()) {
      SourceFile f = todo.poll();
      SpecScan scan = scans.apply(f);
      if (scan.tooLarge() != null) {
        ok = false;
        out.add(tooLarge(f, scan));
        continue;
      }
      if (!scan.duplicates().isEmpty()) {
        ok = false;
        out.addAll(duplicates(f, scan));
      }
      for (SpecScan.Ref ref : scan.refs()) {
        Span span = Span.at(f.displayPath(), ref.pos().line(), ref.pos().column());
        String v = ref.value() == null ? "" : ref.value().strip();
        int hash = v.indexOf('#');
        String file = hash < 0 ? v : v.substring(0, hash);
        if (SCHEME.matcher(v).find()) {
          ok = false;
          out.add(
              Diagnostic.error("api.ref-remote", span, "`$ref` `" + v + "` points at a URL; the build never goes to the network")
                  .withHint("copy the file into content/ and refer to it by a relative path"));
          continue;
        }
        if (file.isEmpty() || (!file.contains("/") && !file.contains("."))) {
          continue; // inside this file (Swagger 2 also allows a bare definition name)
        }
        if (file.startsWith("/") || file.startsWith("\\") || file.matches("^[a-zA-Z]:.*")) {
          ok = false;
          out.add(
              Diagnostic.error("api.ref-outside", span, "`$ref` `" + v + "` is an absolute path")
                  .withHint("refer to files inside content/ by a path relative to this file"));
          continue;
        }
        String target = Urls.normalize(Urls.sourceFolder(f.path()) + file.replace('\\', '/'));
        if (target == null) {
          ok = false;
          out.add(
              Diagnostic.error("api.ref-outside", span, "`$ref` `" + v + "` leaves the content folder")
                  .withHint("keep referenced files inside content/"));
          continue;
        }
        SourceFile t = sources.get(target);
        if (t == null && assets.test(target)) {
          continue; // a file of another kind (x-codeSamples source), read by CodeSamples
        }
        if (t == null) {
          ok = false;
          Diagnostic d = Diagnostic.error("api.ref-missing", span, "`$ref` `" + v + "` names no file (" + f.displayPath().substring(0, f.displayPath().length() - f.path().length()) + target + ")");
          String near = Suggest.closest(target, sources.keySet());
          out.add(near == null ? d : d.withHint("did you mean `" + Urls.relative(Urls.sourceFolder(f.path()), near) + "`?"));
          continue;
        }
        if (reached.add(target)) {
          todo.add(t);
        }
      }
    }
    return new Result(reached, ok);
  }
}
