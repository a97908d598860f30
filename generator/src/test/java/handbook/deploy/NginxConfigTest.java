package handbook.deploy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.build.Build;
import handbook.build.BuildOptions;
import handbook.build.BuildResult;
import handbook.build.Progress;
import handbook.testing.NginxServer;
import handbook.testing.SiteFixture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built site served by nginx with {@code deploy/nginx.conf}: every response carries the
 * security headers, hashed assets are kept a year and the rest briefly, the gzip copies are sent,
 * a missing page gets its version's 404 page.
 */
class NginxConfigTest {
  static final Map<String, String> HEADERS =
      Map.of(
          "content-security-policy", "default-src 'self'",
          "strict-transport-security", "max-age=31536000; includeSubDomains",
          "x-content-type-options", "nosniff",
          "referrer-policy", "strict-origin-when-cross-origin");
  static final String LONG = "public, max-age=31536000, immutable";
  static final String SHORT = "public, max-age=300, must-revalidate";

  @TempDir Path tmp;
  final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  HttpResponse<byte[]> get(String url, boolean gzip) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
    if (gzip) {
      b.header("Accept-Encoding", "gzip");
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** What is wrong with the headers of a response. */
  static List<String> headerProblems(String what, HttpResponse<?> r) {
    List<String> out = new ArrayList<>();
    HEADERS.forEach((name, value) -> {
      String got = r.headers().firstValue(name).orElse(null);
      if (!value.equals(got)) {
        out.add(what + " (" + r.statusCode() + "): " + name + " is " + got);
      }
    });
    return out;
  }

  @Test
  void everyFileOfTheHandbookIsServedWithTheHeadersItsCacheTimeAndItsGzipCopy() throws Exception {
    Path site = tmp.resolve("site");
    SiteFixture.buildHandbook(site, "gzip: true");
    List<String> problems = new ArrayList<>();
    int files = 0;
    int zipped = 0;
    try (NginxServer nginx = NginxServer.start(site); Stream<Path> walk = Files.walk(site.toRealPath())) {
      for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
        String path = site.toRealPath().relativize(f).toString().replace('\\', '/');
        if (path.endsWith(".gz")) {
          continue;
        }
        files++;
        String url = nginx.url(path.replaceFirst("(^|/)index\\.html$", "$1"));
        HttpResponse<byte[]> r = get(url, true);
        problems.addAll(headerProblems(path, r));
        if (path.startsWith(".") || path.contains("/.")) {
          if (r.statusCode() != 404) {
            problems.add(path + ": the build's own file is served");
          }
          continue;
        }
        if (r.statusCode() != 200) {
          problems.add(path + ": status " + r.statusCode());
          continue;
        }
        boolean hashed = path.matches("assets/.+\\.[0-9a-f]{10}\\.[a-z0-9]+");
        String cache = r.headers().firstValue("cache-control").orElse("");
        if (!cache.equals(hashed ? LONG : SHORT)) {
          problems.add(path + ": cache-control " + cache);
        }
        Path gz = f.resolveSibling(f.getFileName() + ".gz");
        if (Files.exists(gz)) {
          zipped++;
          if (!"gzip".equals(r.headers().firstValue("content-encoding").orElse(null)) || !java.util.Arrays.equals(Files.readAllBytes(gz), r.body())) {
            problems.add(path + ": not its gzip copy");
          }
        }
      }
      HttpResponse<byte[]> missing = get(nginx.url("docs/finnes-ikke/"), false);
      assertEquals(404, missing.statusCode());
      assertArrayEquals(Files.readAllBytes(site.resolve("404.html")), missing.body(), "the 404 page");
      problems.addAll(headerProblems("a missing page", missing));
      HttpResponse<byte[]> folder = get(nginx.url("docs"), false);
      assertEquals(301, folder.statusCode(), "a folder without its slash");
      problems.addAll(headerProblems("a redirect", folder));
      assertEquals(List.of(), problems, nginx.log());
    }
    assertTrue(files > 50 && zipped > files / 2, files + " files, " + zipped + " with gzip copies");
  }

  @Test
  void aMissingPageInAVersionGetsThatVersionsNotFoundPage() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/site.yaml --
            title: T
            versions: {tags: "v*", current: next}
            -- content/docs/a.md --
            ---
            title: Alfa
            ---
            Tekst.
            """);
    try (Git git = Git.init().setDirectory(tmp.toFile()).setInitialBranch("main").call()) {
      git.add().addFilepattern(".").call();
      git.commit().setMessage("v1.0").setSign(false).call();
      git.tag().setName("v1.0").setAnnotated(false).call();
    }
    BuildResult r = new Build(Build::standardKinds, Progress.NONE).run(new BuildOptions(site.content(), site.site(), SiteFixture.TEMPLATES, true, null));
    assertTrue(r.ok(), r.diagnostics().toString());
    try (NginxServer nginx = NginxServer.start(site.site())) {
      HttpResponse<byte[]> v1 = get(nginx.url("v1.0/docs/borte/"), false);
      assertEquals(404, v1.statusCode());
      assertArrayEquals(Files.readAllBytes(site.site().resolve("v1.0/404.html")), v1.body(), "v1.0's own 404 page");
      HttpResponse<byte[]> root = get(nginx.url("borte/"), false);
      assertEquals(404, root.statusCode());
      assertArrayEquals(Files.readAllBytes(site.site().resolve("404.html")), root.body());
      HttpResponse<byte[]> latest = get(nginx.url("latest/docs/a/"), false);
      assertEquals(200, latest.statusCode());
      assertTrue(new String(latest.body(), StandardCharsets.UTF_8).contains("Tekst."));
      assertEquals(SHORT, latest.headers().firstValue("cache-control").orElse(""));
      assertEquals(List.of(), headerProblems("latest/", latest));
    }
  }
}
