import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes a synthetic Handbook content folder for benchmarks.
 *
 * <pre>
 *   java bench/GenerateCorpus.java N OUTDIR [--seed S] [--changed-fraction F] [--revision R]
 * </pre>
 *
 * <p>OUTDIR gets {@code site.yaml} and N Markdown pages under {@code docs/}: a home page and about
 * sqrt(N) folders of about sqrt(N) pages each, a quarter of the folders nested one level deeper,
 * two thirds of the folders with an {@code index.md}. Every page has front matter (title,
 * description, weight, tags), 4-8 headings (## and ###), paragraphs with bold, emphasis and inline
 * code, a list, a fenced code block (python, bash or yaml), a GFM table and 3-6 relative links to
 * other pages, about half of them with an {@code #anchor} that is the slug of a heading that
 * exists on the target. Pages are about 3-5 KB.
 *
 * <p>The output depends only on N, the seed, the changed fraction and the revision. With
 * {@code --changed-fraction F} (default 0) a fraction F of the pages, picked from the seed, get
 * an edited paragraph whose text depends on {@code --revision R} (default 1): titles, headings and
 * links stay the same, so the corpus still builds, which is what an incremental-build benchmark
 * needs. Files whose bytes would not change are not rewritten (their modification times stay).
 *
 * <p>OUTDIR must be empty, missing, or a folder this program wrote before (it has a
 * {@code .bench-corpus} marker); Markdown files under OUTDIR/docs that are no longer part of the
 * corpus are deleted.
 *
 * <p>Java 17 source launcher, no dependencies.
 */
public class GenerateCorpus {

  static final String MARKER = ".bench-corpus";

  public static void main(String[] args) throws IOException {
    long seed = 42;
    double changed = 0;
    int revision = 1;
    List<String> pos = new ArrayList<>();
    try {
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "--seed" -> seed = Long.parseLong(args[++i]);
          case "--changed-fraction" -> changed = Double.parseDouble(args[++i]);
          case "--revision" -> revision = Integer.parseInt(args[++i]);
          case "-h", "--help" -> {
            usage(null);
            return;
          }
          default -> {
            if (a.startsWith("--")) {
              usage("unknown option " + a);
              System.exit(2);
            }
            pos.add(a);
          }
        }
      }
    } catch (ArrayIndexOutOfBoundsException | NumberFormatException e) {
      usage("bad or missing option value (" + e.getMessage() + ")");
      System.exit(2);
    }
    if (pos.size() != 2) {
      usage("expected N and OUTDIR");
      System.exit(2);
    }
    int n;
    try {
      n = Integer.parseInt(pos.get(0));
    } catch (NumberFormatException e) {
      n = -1;
    }
    if (n < 1) {
      usage("N must be a positive whole number, got " + pos.get(0));
      System.exit(2);
    }
    if (changed < 0 || changed > 1) {
      usage("--changed-fraction must be between 0 and 1");
      System.exit(2);
    }
    Path out = Path.of(pos.get(1));
    long t0 = System.nanoTime();
    Corpus c = new Corpus(n, seed, changed, revision);
    Stats s = c.write(out);
    System.out.printf(
        Locale.ROOT,
        "wrote %d pages (%d folders, %d changed) to %s: %.1f MB of Markdown, avg %.1f KB/page, %d links (%d with anchors); %d files rewritten, %d unchanged, %d removed, in %.1f s%n",
        n, c.folders.size(), c.changedCount, out, s.bytes / 1e6, s.bytes / 1024.0 / n, s.links, s.anchorLinks,
        s.written, s.unchanged, s.removed, (System.nanoTime() - t0) / 1e9);
  }

  static void usage(String problem) {
    if (problem != null) {
      System.err.println("error: " + problem);
    }
    System.err.println("usage: java bench/GenerateCorpus.java N OUTDIR [--seed S] [--changed-fraction F] [--revision R]");
  }

  // ---------------------------------------------------------------------------------------------
  // Model

  static final class Folder {
    final int id;
    final String path; // content-relative, e.g. "docs/storage-tier-03/" ; ends with '/'
    final String topic;
    final boolean hasIndex;
    final List<PageSpec> pages = new ArrayList<>();

    Folder(int id, String path, String topic, boolean hasIndex) {
      this.id = id;
      this.path = path;
      this.topic = topic;
      this.hasIndex = hasIndex;
    }
  }

  static final class PageSpec {
    final int id;
    final Folder folder; // null for the home page
    String path; // content-relative, e.g. "docs/storage-tier-03/tuning-the-cache.md"
    String title;
    String component;
    int weight;
    final List<String> headings = new ArrayList<>();
    final List<Integer> levels = new ArrayList<>();
    final List<String> slugs = new ArrayList<>();

    PageSpec(int id, Folder folder) {
      this.id = id;
      this.folder = folder;
    }
  }

  static final class Stats {
    long bytes;
    int links;
    int anchorLinks;
    int written;
    int unchanged;
    int removed;
  }

  // ---------------------------------------------------------------------------------------------
  // Word lists

  static final String[] COMPONENTS = {
    "ingest queue", "scheduler", "cache layer", "auth gateway", "metrics exporter", "search index",
    "job runner", "config service", "billing worker", "notification hub", "storage tier", "audit log",
    "rate limiter", "feature flag service", "backup agent", "deploy pipeline", "session store",
    "event bus", "report builder", "image resizer", "webhook relay", "tenant registry", "mail sender",
    "export service", "plugin host", "API router", "load balancer", "secrets vault", "log shipper",
    "usage meter"
  };

  static final String[] AREAS = {
    "architecture", "operations", "development", "security", "observability", "data", "networking",
    "releases", "integrations", "onboarding", "reliability", "performance", "storage", "billing",
    "support", "compliance", "testing", "tooling", "platform", "frontend"
  };

  static final String[] TITLE_PATTERNS = {
    "Configuring the %s", "Troubleshooting the %s", "Scaling the %s", "Understanding the %s",
    "Monitoring the %s", "Upgrading the %s", "Securing the %s", "Testing the %s locally",
    "How the %s handles failures", "Deploying the %s", "Tuning the %s for throughput",
    "Migrating to the new %s", "Backing up the %s", "Debugging slow requests in the %s",
    "Capacity planning for the %s", "Writing plugins for the %s", "The %s in production",
    "Rolling back the %s", "Runbook: %s alerts", "FAQ: the %s"
  };

  static final String[] HEADINGS = {
    "Overview", "Prerequisites", "How it works", "Configuration options", "Default settings",
    "Step 1: prepare the host", "Step 2: apply the change", "Step 3: verify the result",
    "Limits & quotas", "Troubleshooting (common errors)", "What's new in v%d.%d?", "Metrics to watch",
    "Alerts and thresholds", "Failure modes", "Rolling out safely", "Rolling back", "Security notes",
    "Performance tips", "Known issues", "Example: a minimal setup", "Example: a production setup",
    "Internals of the %s", "Why the %s retries", "Sizing the %s", "Logs, traces and dashboards",
    "Local development", "Testing with fixtures", "Data model", "API endpoints", "Permissions",
    "Migration checklist", "Frequently asked questions", "Glossary", "Related reading",
    "Timeouts and back-off", "Health checks", "Caching strategy", "Ownership and on-call",
    "Design decisions", "Open questions", "Version %d.%d changes", "Capacity in %d"
  };

  static final String[] TAGS = {
    "ops", "dev", "security", "runbook", "howto", "reference", "concepts", "api", "config", "python",
    "kubernetes", "postgres", "redis", "monitoring", "ci", "performance", "networking", "storage",
    "testing", "release"
  };

  static final String[] KEYS = {
    "max_connections", "retry_budget", "batch_size", "flush_interval", "queue_depth", "timeout_ms",
    "worker_count", "cache_ttl", "shard_count", "max_payload_kb", "log_level", "read_replicas",
    "circuit_threshold", "backoff_base_ms", "prefetch", "pool_size", "grace_period_s", "sample_rate"
  };

  static final String[] METRICS = {
    "requests_total", "request_duration_seconds", "queue_lag_seconds", "errors_total",
    "cache_hit_ratio", "active_connections", "retries_total", "jobs_in_flight", "bytes_written_total",
    "gc_pause_seconds"
  };

  static final String[] ERRORS = {
    "ConnectionResetError", "TimeoutError", "503 Service Unavailable", "429 Too Many Requests",
    "ECONNREFUSED", "deadlock detected", "OOMKilled", "certificate has expired",
    "permission denied", "no space left on device"
  };

  static final String[] BOLD = {
    "at-least-once", "idempotent", "read-only", "single writer", "best effort", "fail closed",
    "fail open", "eventually consistent", "hot path", "blast radius", "back-pressure", "safe default",
    "zero-downtime", "the source of truth"
  };

  static final String[] SENTENCES = {
    "The {c} reads its settings from `{file}` at start-up and reloads them when the file changes.",
    "When the {c} falls behind, work queues up in the {c2} until `{key}` is reached.",
    "Set `{key}` to `{val}` if you run more than {n} replicas.",
    "This is the **{b}** path: a message is acknowledged only after the {c2} has stored it.",
    "In most clusters the defaults are fine; change them only after you have looked at the dashboards.",
    "Check the `{metric}` metric before and after every change to the {c}.",
    "The {c} exposes a health endpoint at `/healthz` on port {port}.",
    "If a call fails with `{err}`, the client retries it with exponential back-off and jitter.",
    "Each replica of the {c} keeps a small in-memory buffer, flushed every {n} seconds.",
    "Treat the {c} as **{b}**; nothing else should write to its tables directly.",
    "We chose this design because it keeps the {c2} simple and makes failures *visible* early.",
    "A restart is safe at any time, because every operation of the {c} is **idempotent**.",
    "The limit is per tenant, not per node, so adding replicas does not raise it.",
    "Run `mfctl status {slug}` to see the current state of every replica.",
    "Older releases used `{key}` for this; it is still read, but a warning is logged.",
    "On a busy day the {c} handles about {big} requests per minute with a p99 latency under {n} ms.",
    "Do not lower `{key}` below `{val}` unless the on-call engineer agrees.",
    "Errors are logged with the request id, so you can follow one request through the {c2} as well.",
    "The *staging* environment mirrors production, but with a tenth of the capacity.",
    "Changes to the {c} go through the normal review, and they are rolled out to one zone first.",
    "The {c2} and the {c} share a connection pool of `{val}` connections.",
    "You can override any setting with an environment variable such as `MF_{KEY}`.",
    "Most incidents we have seen started with a slow dependency, not with the {c} itself.",
    "Keep an eye on **{b}** behaviour when you add a new consumer.",
    "The numbers below were measured on a 4-core node with {n} GB of memory.",
    "A dry run with `--dry-run` prints the plan without touching any data.",
    "Retries are capped by `{key}`, so a failing dependency cannot multiply the load.",
    "The {c} writes one structured log line per request, in JSON, to standard output."
  };

  static final String[] LINK_SENTENCES = {
    "For the details, see [{t}]({h}).",
    "[{t}]({h}) explains the background.",
    "Compare this with [{t}]({h}), which covers the {c2}.",
    "The steps are the same as in [{t}]({h}).",
    "If that does not help, read [{t}]({h}) next.",
    "This builds on [{t}]({h})."
  };

  static final String[] LIST_ITEMS = {
    "Check that `{key}` is set in `{file}`.",
    "Confirm that the {c} is healthy with `mfctl status {slug}`.",
    "Watch `{metric}` for at least {n} minutes.",
    "Drain one replica before you touch the next.",
    "Tell the on-call engineer in **#ops** before you start.",
    "Make sure a recent backup of the {c2} exists.",
    "Raise `{key}` in small steps, never more than doubling it.",
    "Roll back at once if you see `{err}` in the logs.",
    "Write down what you changed in the incident log.",
    "Read the release notes of the {c2} for breaking changes."
  };

  // ---------------------------------------------------------------------------------------------
  // Generation

  static final class Corpus {
    final int n;
    final long seed;
    final double changedFraction;
    final int revision;
    final List<Folder> folders = new ArrayList<>();
    final List<PageSpec> pages = new ArrayList<>();
    final boolean[] changed;
    int changedCount;

    Corpus(int n, long seed, double changedFraction, int revision) {
      this.n = n;
      this.seed = seed;
      this.changedFraction = changedFraction;
      this.revision = revision;
      this.changed = new boolean[n];
      plan();
      pickChanged();
    }

    Random rng(long salt, long id) {
      long x = seed * 0x9E3779B97F4A7C15L + salt * 0xC2B2AE3D27D4EB4FL + id * 0x165667B19E3779F9L;
      return new Random(x ^ (x >>> 31));
    }

    /** Folders, page paths, titles and headings: everything that links need. */
    void plan() {
      Random r = rng(1, 0);
      PageSpec home = new PageSpec(0, null);
      home.path = "docs/index.md";
      home.title = "Bench Handbook";
      home.component = pick(r, COMPONENTS);
      pages.add(home);
      int rest = n - 1;
      int fcount = rest == 0 ? 0 : Math.max(1, (int) Math.round(Math.sqrt(rest)));
      Set<String> names = new HashSet<>();
      for (int i = 0; i < fcount; i++) {
        String topic = AREAS[(i + r.nextInt(3)) % AREAS.length];
        String name = topic + "-" + String.format(Locale.ROOT, "%02d", i + 1);
        while (!names.add(name)) {
          name = name + "x";
        }
        String parent = "docs/";
        if (i % 4 == 3) {
          parent = folders.get(i - 3).path; // a quarter of the folders are two levels deep
        }
        folders.add(new Folder(i, parent + name + "/", topic, i % 3 != 2));
      }
      // Pages round-robin over the folders, so every folder gets about sqrt(N) of them.
      for (int id = 1; id < n; id++) {
        Folder f = folders.get((id - 1) % fcount);
        PageSpec p = new PageSpec(id, f);
        f.pages.add(p);
        pages.add(p);
      }
      for (Folder f : folders) {
        Set<String> fileNames = new HashSet<>();
        for (int k = 0; k < f.pages.size(); k++) {
          PageSpec p = f.pages.get(k);
          Random pr = rng(2, p.id);
          p.component = pick(pr, COMPONENTS);
          p.weight = 10 * (k + 1);
          if (k == 0 && f.hasIndex) {
            p.title = capitalize(f.topic) + " " + f.path.replaceAll(".*-(\\d+)/$", "$1") + ": the " + p.component;
            p.path = f.path + "index.md";
            fileNames.add("index");
          } else {
            p.title = String.format(Locale.ROOT, pick(pr, TITLE_PATTERNS), p.component);
            String file = slugify(p.title).replace('_', '-').replaceAll("-+", "-");
            String base = file;
            for (int d = 2; !fileNames.add(file); d++) {
              file = base + "-" + d;
            }
            p.path = f.path + file + ".md";
          }
        }
      }
      for (PageSpec p : pages) {
        planHeadings(p, rng(3, p.id));
      }
    }

    void planHeadings(PageSpec p, Random r) {
      int count = 4 + r.nextInt(5);
      Set<String> seen = new HashSet<>();
      boolean lastWasH2 = false;
      while (p.headings.size() < count) {
        String h = pick(r, HEADINGS);
        if (h.contains("%s")) {
          h = String.format(Locale.ROOT, h, p.component);
        } else if (h.contains("%d.%d")) {
          h = String.format(Locale.ROOT, h, 1 + r.nextInt(4), r.nextInt(10));
        } else if (h.contains("%d")) {
          h = String.format(Locale.ROOT, h, 2020 + r.nextInt(7));
        }
        String slug = slugify(h);
        if (slug.isEmpty() || !seen.add(slug)) {
          continue; // unique slugs, so no "-1" suffixes to predict
        }
        int level = (lastWasH2 || p.levels.size() > 0 && p.levels.get(p.levels.size() - 1) == 3) && r.nextInt(100) < 35 ? 3 : 2;
        if (p.headings.isEmpty()) {
          level = 2;
        }
        lastWasH2 = level == 2;
        p.headings.add(h);
        p.levels.add(level);
        p.slugs.add(slug);
      }
    }

    void pickChanged() {
      if (changedFraction <= 0) {
        return;
      }
      int want = (int) Math.round(changedFraction * n);
      Integer[] ids = new Integer[n];
      for (int i = 0; i < n; i++) {
        ids[i] = i;
      }
      List<Integer> order = new ArrayList<>(Arrays.asList(ids));
      java.util.Collections.shuffle(order, rng(7, 0));
      for (int i = 0; i < Math.min(want, n); i++) {
        changed[order.get(i)] = true;
      }
      changedCount = Math.min(want, n);
    }

    Stats write(Path out) throws IOException {
      if (Files.exists(out) && !Files.isDirectory(out)) {
        throw new IOException(out + " is not a folder");
      }
      if (Files.isDirectory(out) && !Files.exists(out.resolve(MARKER))) {
        try (Stream<Path> s = Files.list(out)) {
          if (s.findAny().isPresent()) {
            System.err.println("error: " + out + " is not empty and was not written by GenerateCorpus (no " + MARKER + "); refusing to touch it");
            System.exit(2);
          }
        }
      }
      Files.createDirectories(out);
      Stats st = new Stats();
      writeIfChanged(out.resolve(MARKER), "n=" + n + "\nseed=" + seed + "\nchanged_fraction=" + changedFraction + "\nrevision=" + revision + "\n", st, false);
      writeIfChanged(out.resolve("site.yaml"), siteYaml(), st, false);
      Set<Path> keep = new HashSet<>();
      for (PageSpec p : pages) {
        String md = render(p, st);
        Path file = out.resolve(p.path);
        keep.add(file.toAbsolutePath().normalize());
        Files.createDirectories(file.getParent());
        writeIfChanged(file, md, st, true);
      }
      Path docs = out.resolve("docs");
      try (Stream<Path> s = Files.walk(docs)) {
        List<Path> stale = s.filter(f -> f.toString().endsWith(".md") && Files.isRegularFile(f))
            .filter(f -> !keep.contains(f.toAbsolutePath().normalize())).toList();
        for (Path f : stale) {
          Files.delete(f);
          st.removed++;
        }
      }
      // Remove folders left empty by a smaller corpus.
      try (Stream<Path> s = Files.walk(docs)) {
        for (Path d : s.filter(Files::isDirectory).sorted(Comparator.reverseOrder()).toList()) {
          try (Stream<Path> in = Files.list(d)) {
            if (in.findAny().isEmpty() && !d.equals(docs)) {
              Files.delete(d);
            }
          }
        }
      }
      return st;
    }

    void writeIfChanged(Path file, String text, Stats st, boolean page) throws IOException {
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      if (page) {
        st.bytes += bytes.length;
      }
      if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), bytes)) {
        st.unchanged++;
        return;
      }
      Files.write(file, bytes);
      st.written++;
    }

    String siteYaml() {
      return "title: \"Bench Handbook (" + n + " pages)\"\n"
          + "description: \"Synthetic content for benchmarking Handbook builds (seed " + seed + ").\"\n"
          + "language: en\n"
          + "base_url: https://bench.example.org/\n"
          + "version: \"1.0\"\n"
          + "nav: [docs]\n"
          + "links:\n"
          + "  root: docs\n"
          // the same pages as Hugo's bench site, whose hugo.toml disables taxonomy and term pages
          + "tag_pages: false\n";
    }

    // -------------------------------------------------------------------------------------------
    // One page

    String render(PageSpec p, Stats st) {
      Random r = rng(4, p.id);
      StringBuilder b = new StringBuilder(5000);
      // Front matter
      b.append("---\n");
      b.append("title: ").append(yamlQuote(p.title)).append('\n');
      b.append("description: ").append(yamlQuote(description(p, r))).append('\n');
      if (p.folder != null) {
        b.append("weight: ").append(p.weight).append('\n');
      }
      List<String> tags = new ArrayList<>(new LinkedHashSet<>(List.of(pick(r, TAGS), pick(r, TAGS), pick(r, TAGS))));
      if (p.folder != null) {
        tags.add(0, p.folder.topic);
      }
      b.append("tags: [").append(String.join(", ", tags)).append("]\n");
      b.append("---\n\n");

      // Links: 3-6 to other pages, some with anchors, spread over the paragraphs.
      List<String> links = new ArrayList<>();
      int linkCount = n == 1 ? 0 : 3 + r.nextInt(4);
      for (int i = 0; i < linkCount; i++) {
        links.add(linkSentence(p, r, st));
      }
      if (p.id == 0) {
        // The home page links to the first page of the first folders.
        for (int i = 0; i < Math.min(6, folders.size()); i++) {
          PageSpec t = folders.get(i).pages.get(0);
          links.add("Start with [" + t.title + "](" + relative(p.path, t.path) + ").");
          st.links++;
        }
      }

      int h = p.headings.size();
      // Which section gets the list, the code block and the table.
      int listAt = r.nextInt(h);
      int codeAt = r.nextInt(h);
      int tableAt = r.nextInt(h);
      String lang = new String[] {"python", "bash", "yaml"}[r.nextInt(3)];

      // Intro
      b.append(paragraph(p, r, 3 + r.nextInt(2), takeLink(links, r, 0.5))).append("\n\n");
      if (changed[p.id]) {
        b.append(changedParagraph(p)).append("\n\n");
      }
      if (h > 2 && r.nextInt(2) == 0) {
        int target = 1 + r.nextInt(h - 1);
        b.append("Skip to [").append(p.headings.get(target)).append("](#").append(p.slugs.get(target)).append(") if you only need the reference.\n\n");
        st.links++;
        st.anchorLinks++;
      }
      for (int i = 0; i < h; i++) {
        b.append(p.levels.get(i) == 2 ? "## " : "### ").append(p.headings.get(i)).append("\n\n");
        int paras = 1 + r.nextInt(2);
        for (int k = 0; k < paras; k++) {
          double chance = links.isEmpty() ? 0 : Math.min(1.0, links.size() / (double) Math.max(1, (h - i) * paras - k));
          b.append(paragraph(p, r, 2 + r.nextInt(3), takeLink(links, r, chance))).append("\n\n");
        }
        if (i == listAt) {
          b.append(list(p, r)).append('\n');
        }
        if (i == codeAt) {
          b.append(code(p, r, lang)).append('\n');
        }
        if (i == tableAt) {
          b.append(table(p, r)).append('\n');
        }
      }
      // Any link not placed yet goes into a closing paragraph.
      if (!links.isEmpty()) {
        b.append(String.join(" ", links)).append("\n");
      }
      while (b.charAt(b.length() - 1) == '\n') {
        b.setLength(b.length() - 1);
      }
      b.append('\n');
      return b.toString();
    }

    String takeLink(List<String> links, Random r, double chance) {
      if (!links.isEmpty() && r.nextDouble() < chance) {
        return links.remove(0);
      }
      return null;
    }

    String description(PageSpec p, Random r) {
      String[] forms = {
        "How to run, configure and troubleshoot the %s.",
        "Reference and how-to notes for the %s, for operators and developers.",
        "What the %s does, how it fails and what to do about it.",
        "Settings, metrics and runbooks for the %s."
      };
      return String.format(Locale.ROOT, pick(r, forms), p.component);
    }

    String changedParagraph(PageSpec p) {
      Random r = rng(8L * 1000 + revision, p.id);
      return "> **Update (revision " + revision + "):** " + sentence(p, r) + " " + sentence(p, r);
    }

    String linkSentence(PageSpec from, Random r, Stats st) {
      PageSpec t = target(from, r);
      String href = from.path.equals(t.path) ? "" : relative(from.path, t.path);
      String text = t.title;
      boolean rootLink = r.nextInt(10) == 0;
      if (rootLink) {
        href = "/" + t.path.substring("docs/".length());
      }
      if (r.nextInt(2) == 0 && !t.slugs.isEmpty()) {
        int k = r.nextInt(t.slugs.size());
        href = href + "#" + t.slugs.get(k);
        text = t.headings.get(k) + " in " + t.title;
        st.anchorLinks++;
      }
      st.links++;
      String s = pick(r, LINK_SENTENCES);
      return fill(s.replace("{t}", text.replace("[", "").replace("]", "")).replace("{h}", href), from, r);
    }

    /** A page other than {@code from}: a sibling, a page in the parent folder, or any page. */
    PageSpec target(PageSpec from, Random r) {
      for (int attempt = 0; attempt < 20; attempt++) {
        PageSpec t;
        int kind = r.nextInt(10);
        if (kind < 4 && from.folder != null && from.folder.pages.size() > 1) {
          t = pick(r, from.folder.pages);
        } else if (kind < 5) {
          t = pages.get(0);
        } else {
          t = pages.get(r.nextInt(pages.size()));
        }
        if (t != from) {
          return t;
        }
      }
      return pages.get(from.id == 0 ? 1 : 0);
    }

    String paragraph(PageSpec p, Random r, int sentences, String link) {
      StringBuilder b = new StringBuilder();
      int linkAt = link == null ? -1 : r.nextInt(sentences + 1);
      Set<Integer> used = new HashSet<>();
      for (int i = 0; i < sentences; i++) {
        if (i == linkAt) {
          b.append(link).append(' ');
        }
        int k;
        do {
          k = r.nextInt(SENTENCES.length);
        } while (!used.add(k)); // no sentence twice in one paragraph
        b.append(fill(SENTENCES[k], p, r)).append(' ');
      }
      if (linkAt == sentences) {
        b.append(link);
      }
      return b.toString().strip();
    }

    String sentence(PageSpec p, Random r) {
      return fill(pick(r, SENTENCES), p, r);
    }

    String fill(String s, PageSpec p, Random r) {
      String key = pick(r, KEYS);
      String c2 = pick(r, COMPONENTS);
      if (c2.equals(p.component)) {
        c2 = COMPONENTS[(Arrays.asList(COMPONENTS).indexOf(c2) + 1) % COMPONENTS.length];
      }
      return s.replace("{c}", p.component)
          .replace("{c2}", c2)
          .replace("{key}", key)
          .replace("{KEY}", key.toUpperCase(Locale.ROOT))
          .replace("{val}", String.valueOf(1 << (2 + r.nextInt(8))))
          .replace("{n}", String.valueOf(2 + r.nextInt(60)))
          .replace("{big}", (5 + r.nextInt(400)) + ",000")
          .replace("{port}", String.valueOf(8000 + r.nextInt(100)))
          .replace("{metric}", "mf_" + pick(r, METRICS))
          .replace("{err}", pick(r, ERRORS))
          .replace("{b}", pick(r, BOLD))
          .replace("{file}", "/etc/mindframe/" + slugify(p.component).replace('-', '_') + ".yaml")
          .replace("{slug}", slugify(p.component));
    }

    String list(PageSpec p, Random r) {
      boolean numbered = r.nextBoolean();
      int items = 3 + r.nextInt(3);
      List<String> pool = new ArrayList<>(Arrays.asList(LIST_ITEMS));
      java.util.Collections.shuffle(pool, r);
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < items; i++) {
        b.append(numbered ? (i + 1) + ". " : "- ").append(fill(pool.get(i), p, r)).append('\n');
      }
      return b.toString();
    }

    String code(PageSpec p, Random r, String lang) {
      String svc = slugify(p.component);
      String ident = svc.replace('-', '_');
      String k1 = pick(r, KEYS);
      String k2 = pick(r, KEYS);
      int v1 = 1 << (2 + r.nextInt(8));
      int v2 = 5 + r.nextInt(120);
      StringBuilder b = new StringBuilder("```").append(lang).append('\n');
      switch (lang) {
        case "python" -> b.append("import asyncio\n")
            .append("from mindframe.client import Client\n\n")
            .append("async def check_").append(ident).append("(client: Client) -> bool:\n")
            .append("    \"\"\"Returns True when every replica of the ").append(p.component).append(" is healthy.\"\"\"\n")
            .append("    status = await client.get(\"/api/v1/").append(svc).append("/status\", timeout=").append(v2).append(")\n")
            .append("    if status[\"").append(k1).append("\"] > ").append(v1).append(":\n")
            .append("        return False\n")
            .append("    return all(r[\"healthy\"] for r in status[\"replicas\"])\n\n")
            .append("if __name__ == \"__main__\":\n")
            .append("    print(asyncio.run(check_").append(ident).append("(Client.from_env())))\n");
        case "bash" -> b.append("# Check, change and verify the ").append(p.component).append("\n")
            .append("mfctl status ").append(svc).append(" --all-zones\n")
            .append("mfctl config set ").append(svc).append(' ').append(k1).append('=').append(v1).append(" --dry-run\n")
            .append("mfctl config set ").append(svc).append(' ').append(k1).append('=').append(v1).append('\n')
            .append("kubectl -n mindframe rollout status deploy/").append(svc).append(" --timeout=").append(v2).append("s\n")
            .append("curl -fsS http://localhost:").append(8000 + r.nextInt(100)).append("/healthz | jq .\n");
        default -> b.append("# /etc/mindframe/").append(ident).append(".yaml\n")
            .append(ident).append(":\n")
            .append("  enabled: true\n")
            .append("  ").append(k1).append(": ").append(v1).append('\n')
            .append("  ").append(k2).append(": ").append(v2).append('\n')
            .append("  replicas:\n")
            .append("    min: 2\n")
            .append("    max: ").append(4 + r.nextInt(12)).append('\n')
            .append("  alerts:\n")
            .append("    - metric: mf_").append(pick(r, METRICS)).append('\n')
            .append("      above: ").append(v2).append('\n');
      }
      return b.append("```\n").toString();
    }

    String table(PageSpec p, Random r) {
      int rows = 3 + r.nextInt(4);
      List<String> keys = new ArrayList<>(Arrays.asList(KEYS));
      java.util.Collections.shuffle(keys, r);
      StringBuilder b = new StringBuilder("| Setting | Default | Description |\n|---------|--------:|-------------|\n");
      String[] what = {
        "Upper bound; raise it only together with the pool size.",
        "Lower it when the {c2} is slow.",
        "Read at start-up; a restart is needed.",
        "Per tenant, **not** per node.",
        "Set to `0` to turn the feature off.",
        "Reloaded without a restart."
      };
      for (int i = 0; i < rows; i++) {
        b.append("| `").append(keys.get(i)).append("` | ").append(1 << (1 + r.nextInt(10))).append(" | ")
            .append(fill(pick(r, what), p, r)).append(" |\n");
      }
      return b.toString();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers

  /**
   * GitHub-style heading slug as Handbook computes it: lower-case; letters, digits, {@code -} and
   * {@code _} kept; spaces become {@code -}; everything else dropped.
   */
  static String slugify(String text) {
    StringBuilder b = new StringBuilder(text.length());
    String lower = text.strip().toLowerCase(Locale.ROOT);
    for (int i = 0; i < lower.length(); ) {
      int cp = lower.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp) || cp == '_' || cp == '-') {
        b.appendCodePoint(cp);
      } else if (cp == ' ') {
        b.append('-');
      }
    }
    return b.toString();
  }

  /** The link from one content file to another, relative to the first one's folder. */
  static String relative(String from, String to) {
    Path base = Path.of(from).getParent();
    return base.relativize(Path.of(to)).toString().replace('\\', '/');
  }

  static String yamlQuote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  static <T> T pick(Random r, T[] a) {
    return a[r.nextInt(a.length)];
  }

  static <T> T pick(Random r, List<T> a) {
    return a.get(r.nextInt(a.size()));
  }
}
