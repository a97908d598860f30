package handbook.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import handbook.testing.SiteFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real specs nobody here wrote (see src/test/resources/corpus/openapi/README.md): each builds
 * alone as content/api/, renders as many operations as the spec has, and gives every schema a
 * page. The spec that declares OpenAPI 3.2.0 fails with one clear error.
 */
class OpenApiCorpusTest {
  static final Path CORPUS = Path.of("src/test/resources/corpus/openapi");
  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
  private static final Pattern SCHEMA_LINK = Pattern.compile("<li><a href=\"([^\"]+)\"><code>([^<]+)</code></a></li>");
  private static final Pattern OPERATION = Pattern.compile("<section class=\"api-op[\" ]");

  @TempDir Path tmp;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "oai-examples/v2.0/json/uber.json",
        "oai-examples/v2.0/yaml/petstore-separate/spec/swagger.yaml",
        "oai-examples/v3.0/api-with-examples.yaml",
        "oai-examples/v3.0/callback-example.yaml",
        "oai-examples/v3.0/link-example.yaml",
        "oai-examples/v3.0/petstore-expanded.yaml",
        "oai-examples/v3.0/petstore.yaml",
        "oai-examples/v3.0/uspto.yaml",
        "oai-examples/v3.1/webhook-example.yaml",
        "redoc-demo/openapi.yaml",
        "redoc-demo/openapi-3-1.yaml",
        "redoc-demo/swagger.yaml",
        "redoc-demo/big-openapi.json",
        "docker-engine/swagger.yaml"
      })
  void everyOperationAndEverySchemaIsRendered(String spec) throws IOException {
    SiteFixture site = SiteFixture.of(tmp, "-- content/site.yaml --\ntitle: Corpus\nlanguage: en\n");
    String apiPath = place(spec, site.content().resolve("api"));
    long start = System.nanoTime();
    SiteFixture.Run r = site.run("build", "--quiet");
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertEquals(0, r.exit(), r.err());
    System.out.println("[corpus] " + spec + " built in " + millis + " ms");

    JsonNode root = read(CORPUS.resolve(spec));
    String name = OpenApiKind.name(apiPath);
    Path api = site.site().resolve("api").resolve(name);
    assertEquals(operations(root), rendered(api), "operations rendered for " + spec);
    try (Stream<Path> s = Files.walk(api)) {
      for (Path p : s.filter(f -> f.getFileName().toString().equals("index.html")).toList()) {
        assertTrue(Files.size(p) < 1_000_000, "page size budget: " + api.relativize(p) + " of " + spec + " is " + Files.size(p) + " bytes");
      }
    }
    String overview = Files.readString(api.resolve("index.html"));
    java.util.Map<String, String> listed = new java.util.HashMap<>();
    Matcher m = SCHEMA_LINK.matcher(overview);
    while (m.find()) {
      listed.put(m.group(2).replace("&amp;", "&"), m.group(1));
    }
    for (String schema : schemas(root)) {
      String href = listed.get(schema);
      assertTrue(href != null, "overview lists schema " + schema + " of " + spec);
      assertTrue(Files.exists(api.resolve(href).resolve("index.html")), "page for schema " + schema + " of " + spec);
    }
  }

  @Test
  void aSpecThatDeclaresOpenApi32FailsWithOneClearError() throws IOException {
    SiteFixture site = SiteFixture.of(tmp, "-- content/site.yaml --\ntitle: Corpus\nlanguage: en\n");
    place("redoc-demo/cafe.yaml", site.content().resolve("api"));
    SiteFixture.Run r = site.run("check");
    assertEquals(1, r.exit());
    assertEquals(
        """
        content/api/cafe.yaml:1:1: error[api.version]: `openapi: 3.2.0` is not a version Handbook reads
         1 | openapi: 3.2.0
           | ^
           = hint: Handbook reads OpenAPI 3.0 and 3.1, and Swagger 2.0
        failed: 1 error, 0 warnings in N s
        """,
        SiteFixture.untimed(r.err()));
  }

  /** Copies a spec (with the folder it refers into, for the split petstore) under content/api/; returns its content path. */
  private static String place(String spec, Path apiDir) throws IOException {
    if (spec.contains("petstore-separate/")) {
      Path from = CORPUS.resolve("oai-examples/v2.0/yaml/petstore-separate");
      copy(from, apiDir.resolve("petstore-separate"));
      return "api/petstore-separate/spec/swagger.yaml";
    }
    Path src = CORPUS.resolve(spec);
    Files.createDirectories(apiDir);
    Files.copy(src, apiDir.resolve(src.getFileName().toString()));
    return "api/" + src.getFileName();
  }

  private static JsonNode read(Path p) throws IOException {
    ObjectMapper m = p.toString().endsWith(".json") ? new ObjectMapper() : new ObjectMapper(new YAMLFactory());
    return m.readTree(p.toFile());
  }

  /** Operations in the spec's {@code paths}, counted on the raw text. */
  static int operations(JsonNode root) {
    int n = 0;
    JsonNode paths = root.path("paths");
    for (Iterator<JsonNode> it = paths.elements(); it.hasNext(); ) {
      JsonNode item = it.next();
      for (Iterator<String> keys = item.fieldNames(); keys.hasNext(); ) {
        if (METHODS.contains(keys.next())) {
          n++;
        }
      }
    }
    return n;
  }

  static List<String> schemas(JsonNode root) {
    List<String> out = new ArrayList<>();
    root.path("components").path("schemas").fieldNames().forEachRemaining(out::add);
    root.path("definitions").fieldNames().forEachRemaining(out::add);
    return out;
  }

  /** Operation sections on the API's tag pages (webhooks and embeds are not counted). */
  static int rendered(Path api) throws IOException {
    int n = 0;
    try (Stream<Path> s = Files.walk(api)) {
      for (Path p : s.filter(f -> f.getFileName().toString().equals("index.html")).toList()) {
        String rel = api.relativize(p).toString();
        if (rel.startsWith("schemas/") || rel.startsWith("webhooks/") || rel.equals("index.html")) {
          continue;
        }
        Matcher m = OPERATION.matcher(Files.readString(p));
        while (m.find()) {
          n++;
        }
      }
    }
    return n;
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t);
        }
      }
    }
  }
}
