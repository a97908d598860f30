package handbook.openapi;

import handbook.content.Urls;
import handbook.diag.Diagnostic;
import handbook.openapi.ApiViews.SampleView;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The code samples a spec gives with {@code x-codeSamples} (or {@code x-code-samples}): a list
 * of {@code lang}, {@code label} and {@code source}, where the source may be a {@code $ref} to a
 * file in content/ of any kind ({@code .php}, {@code .cs}, {@code .sh}), relative to the spec or
 * to the file of the spec that holds the operation. Read once when the spec is loaded.
 */
final class CodeSamples {
  private static final long MAX_BYTES = 256 * 1024;

  private CodeSamples() {}

  /**
   * Reads the samples of every operation into {@code model.codeSamples}.
   *
   * @param files the content paths of the spec and the files it reaches, the spec first
   * @param exists whether a content path is a file of content/
   */
  static void collect(ApiModel model, Path contentDir, Set<String> files, java.util.function.Predicate<String> exists, List<Diagnostic> out) {
    List<ApiModel.Op> all = new ArrayList<>(model.operations);
    all.addAll(model.webhooks);
    for (ApiModel.Op o : all) {
      Map<String, Object> ext = o.operation().getExtensions();
      if (ext == null) {
        continue;
      }
      String key = ext.containsKey("x-codeSamples") ? "x-codeSamples" : ext.containsKey("x-code-samples") ? "x-code-samples" : null;
      if (key == null) {
        continue;
      }
      if (!(ext.get(key) instanceof List<?> list)) {
        out.add(Diagnostic.warning("api.code-sample", model.span(o.pointer() + "/" + key), "`" + key + "` of `" + o.label() + "` is not a list; it is left out"));
        continue;
      }
      List<SampleView> samples = new ArrayList<>();
      int i = 0;
      for (Object item : list) {
        String at = o.pointer() + "/" + key + "/" + i++;
        if (!(item instanceof Map<?, ?> m)) {
          out.add(Diagnostic.warning("api.code-sample", model.span(at), "a code sample of `" + o.label() + "` is not a mapping with `lang` and `source`; it is left out"));
          continue;
        }
        String lang = m.get("lang") == null ? "" : String.valueOf(m.get("lang")).strip();
        String label = m.get("label") == null ? lang : String.valueOf(m.get("label")).strip();
        Object source = m.get("source");
        String code = null;
        if (source instanceof String s) {
          code = s;
        } else if (source instanceof Map<?, ?> ref && ref.get("$ref") instanceof String r) {
          code = read(r.strip(), model, contentDir, files, exists);
          if (code == null) {
            out.add(
                Diagnostic.warning("api.code-sample", model.span(at + "/source"), "code sample `" + r + "` of `" + o.label() + "` names no readable text file in content/; it is left out")
                    .withHint("the path is relative to the file that holds the operation"));
            continue;
          }
        }
        if (code == null) {
          out.add(Diagnostic.warning("api.code-sample", model.span(at), "a code sample of `" + o.label() + "` has no `source`; it is left out"));
          continue;
        }
        samples.add(new SampleView(label.isEmpty() ? "?" : label, language(lang), code.stripTrailing(), false));
      }
      if (!samples.isEmpty()) {
        model.codeSamples.put(o.operation(), List.copyOf(samples));
      }
    }
  }

  /** The text of a sample file: relative to the spec, or else to the first other file of the spec where it exists. */
  private static String read(String ref, ApiModel model, Path contentDir, Set<String> files, java.util.function.Predicate<String> exists) {
    if (contentDir == null || ref.isEmpty() || ref.matches("^[a-zA-Z][a-zA-Z0-9+.-]+:.*") || ref.startsWith("/")) {
      return null;
    }
    String file = ref.contains("#") ? ref.substring(0, ref.indexOf('#')) : ref;
    for (String from : files) {
      String target = Urls.normalize(Urls.sourceFolder(from) + PathItemRefs.decode(file));
      if (target != null && exists.test(target)) {
        try {
          Path p = contentDir.resolve(target);
          if (Files.size(p) > MAX_BYTES) {
            return null;
          }
          return StandardCharsets.UTF_8.newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(Files.readAllBytes(p)))
              .toString();
        } catch (CharacterCodingException e) {
          return null;
        } catch (IOException e) {
          return null;
        }
      }
    }
    return null;
  }

  /** The highlighter's name of a sample's language ({@code C#} → {@code csharp}). */
  static String language(String lang) {
    String l = lang.toLowerCase(Locale.ROOT).strip();
    return switch (l) {
      case "curl", "shell", "sh", "bash", "zsh", "cli" -> "bash";
      case "c#", "csharp", "cs", ".net" -> "csharp";
      case "javascript", "js", "node", "node.js", "nodejs" -> "javascript";
      case "typescript", "ts" -> "typescript";
      case "python", "py", "python3" -> "python";
      case "http" -> "http";
      case "" -> "text";
      default -> l.replaceAll("[^a-z0-9+-]", "");
    };
  }
}
