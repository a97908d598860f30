package handbook.openapi;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import handbook.diag.Diagnostic;
import handbook.source.SourceFile;
import io.swagger.v3.oas.models.OpenAPI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The spec loader on any spec text, YAML or JSON, as {@code OpenApiKind} runs it: the scan, the
 * {@code $ref} check and swagger-parser. It never throws, never reads a file, and a spec it cannot
 * read comes with an error at a line of the text.
 */
class SpecLoaderFuzzTest {
  @FuzzTest(maxDuration = "2m")
  void readsOrReportsAtALine(byte[] data) {
    String text = new String(data, java.nio.charset.StandardCharsets.UTF_8);
    boolean json = text.stripLeading().startsWith("{");
    SourceFile spec = SourceFile.of("api/spec." + (json ? "json" : "yaml"), text);
    List<Diagnostic> out = new ArrayList<>();
    SpecScan scan = SpecScan.of(text, json);
    OpenAPI api = null;
    if (scan.tooLarge() == null && scan.syntaxError() == null && scan.versionKey() != null) {
      RefCheck.Result refs = RefCheck.check(spec, Map.of(spec.path(), spec), f -> scan, out);
      if (refs.ok()) {
        api = new SpecLoader(null, "content").load(spec, scan, false, out);
        if (api != null) {
          new ApiModel("spec", spec.path(), spec.displayPath(), api, scan, "Andre", out);
        }
      }
    }
    long lines = text.chars().filter(c -> c == '\n' || c == '\r').count() + 1;
    for (Diagnostic d : out) {
      assertTrue(d.span().line() <= lines, d.headline());
    }
  }
}
