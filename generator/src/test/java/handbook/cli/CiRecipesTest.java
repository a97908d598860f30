package handbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The CI recipes in ci/ keep what a versioned build needs: the whole history, the page cache,
 * and a build command the command line accepts, writing where the upload step reads.
 */
class CiRecipesTest {
  static final Path CI = Path.of("../ci").toAbsolutePath().normalize();
  static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** A run line split into words (the recipes use no quotes or variables in it). */
  static String[] words(String command) {
    return command.strip().split("\\s+");
  }

  /** Parses a {@code ./handbook ...} line with the command line's own parser and returns the parse of its subcommand. */
  static CommandLine.ParseResult parse(String command) {
    String[] w = words(command);
    assertEquals("./handbook", w[0], command);
    String[] args = java.util.Arrays.copyOfRange(w, 1, w.length);
    CommandLine.ParseResult r = new CommandLine(new Main()).parseArgs(args);
    assertTrue(r.hasSubcommand(), command);
    return r.subcommand();
  }

  static String option(CommandLine.ParseResult r, String name) {
    return String.valueOf((Object) r.matchedOptionValue(name, null));
  }

  @Test
  void githubWorkflowFetchesEveryTagCachesPagesAndUploadsWhatItBuilt() throws Exception {
    JsonNode wf = YAML.readTree(Files.readString(CI.resolve("github-actions.yml")));
    assertEquals("main", wf.at("/on/push/branches/0").asText());
    JsonNode steps = wf.at("/jobs/site/steps");
    JsonNode checkout = step(steps, "actions/checkout@");
    assertEquals(0, checkout.at("/with/fetch-depth").asInt(-1), "all history and tags");
    assertEquals("17", step(steps, "actions/setup-java@").at("/with/java-version").asText());
    List<String> cachePaths = new ArrayList<>();
    String generatorKey = null;
    for (JsonNode s : steps) {
      if (s.has("uses") && s.get("uses").asText().startsWith("actions/cache@")) {
        String path = s.at("/with/path").asText().strip();
        cachePaths.add(path);
        if (path.contains("generator/target")) {
          generatorKey = s.at("/with/key").asText();
        }
      }
    }
    assertTrue(generatorKey != null && generatorKey.contains("generator/src/main/**") && generatorKey.contains("templates/**"),
        "the built generator is kept, under the hash of its sources: " + generatorKey);
    List<String> runs = new ArrayList<>();
    steps.forEach(s -> {
      if (s.has("run")) {
        runs.add(s.get("run").asText());
      }
    });
    assertEquals(1, runs.size(), runs.toString());
    CommandLine.ParseResult build = parse(runs.get(0));
    assertEquals("build", build.commandSpec().name());
    assertTrue(cachePaths.contains(option(build, "--cache")), "the build uses the folder a cache step keeps: " + cachePaths);
    assertEquals(step(steps, "actions/upload-pages-artifact@").at("/with/path").asText(), option(build, "--out"), "the upload takes what the build wrote");
    assertEquals("site", wf.at("/jobs/deploy/needs").asText());
  }

  @Test
  void gitlabJobFetchesEveryTagCachesPagesAndPublishesWhatItBuilt() throws Exception {
    JsonNode job = YAML.readTree(Files.readString(CI.resolve("gitlab-ci.yml"))).get("pages");
    assertEquals(0, job.at("/variables/GIT_DEPTH").asInt(-1), "all history and tags");
    List<String> script = new ArrayList<>();
    job.get("script").forEach(s -> script.add(s.asText()));
    assertTrue(script.contains("git fetch --tags --force"), script.toString());
    List<String> builds = script.stream().filter(s -> s.startsWith("./handbook ")).toList();
    assertEquals(1, builds.size(), script.toString());
    CommandLine.ParseResult build = parse(builds.get(0));
    assertEquals("build", build.commandSpec().name());
    List<String> cached = new ArrayList<>();
    job.at("/cache/paths").forEach(p -> cached.add(p.asText()));
    assertTrue(cached.contains(option(build, "--cache")), "the build uses a cached folder: " + cached);
    assertTrue(cached.contains("generator/target") && cached.contains("jbake/target"), "the built generator is kept: " + cached);
    String out = option(build, "--out");
    assertTrue(script.contains("cp -rL " + out + " public"), "the site is copied through its link: GitLab's artifacts keep links as links: " + script);
    assertEquals("public", job.at("/artifacts/paths/0").asText(), "GitLab Pages publishes public/");
  }

  @Test
  void aMistypedOptionIsCaughtByTheParser() {
    assertThrowsParameterException("./handbook build --cashe .handbook-cache");
    assertThrowsParameterException("./handbook biuld --out site");
  }

  private static void assertThrowsParameterException(String command) {
    org.junit.jupiter.api.Assertions.assertThrows(CommandLine.ParameterException.class, () -> parse(command));
  }

  private static JsonNode step(JsonNode steps, String uses) {
    for (JsonNode s : steps) {
      if (s.has("uses") && s.get("uses").asText().startsWith(uses)) {
        return s;
      }
    }
    throw new AssertionError("no step uses " + uses);
  }
}
