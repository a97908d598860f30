package handbook.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import handbook.markdown.RenderOptions.Extension;
import handbook.markdown.RenderOptions.Extensions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shorthand of pymdownx.magiclink, in the text of an MkDocs project whose {@code mkdocs.yml}
 * turns it on: with {@code repo_url_shorthand}, {@code @user} (a user of the provider, or
 * {@code @gitlab:user} of another), {@code @user/repo} (a repository), {@code #12} (an issue),
 * {@code !12} (a pull or merge request), {@code ?12} (a GitHub discussion) and a commit's
 * 40-character hash, of the project's {@code user} and {@code repo}, and {@code repo#12},
 * {@code user/repo#12} and {@code user/repo@hash} of others; with {@code social_url_shorthand},
 * {@code @x:user}. Each is a link as magiclink draws it (its classes and title), outside code and
 * links; after a backslash it is text.
 */
final class MagicLink {
  private MagicLink() {}

  /** A host the shorthand links to: its name, its address, its users' names, and its paths. */
  private record Provider(String name, String label, String url, String user, String issue, String pull, String discussion, String commit, String compare, int hashSize) {
    boolean social() {
      return issue == null;
    }
  }

  private static final String GITHUB_USER = "[a-zA-Z\\d](?:[-a-zA-Z\\d_]{0,37}[a-zA-Z\\d])?";
  private static final String GITLAB_USER = "[.a-zA-Z\\d_](?:[-a-zA-Z\\d_.]{0,37}[-a-zA-Z\\d_])?";
  private static final String BITBUCKET_USER = "[-a-zA-Z\\d_]{1,39}";
  private static final String SOCIAL_USER = "\\w{1,15}";
  private static final String REPO = "[-._a-zA-Z\\d]{0,99}[a-zA-Z\\d]";

  private static final Map<String, Provider> PROVIDERS =
      Map.of(
          "github", new Provider("github", "GitHub", "https://github.com", GITHUB_USER, "/issues/", "/pull/", "/discussions/", "/commit/", "/compare/%s...%s", 7),
          "gitlab", new Provider("gitlab", "GitLab", "https://gitlab.com", GITLAB_USER, "/-/issues/", "/-/merge_requests/", null, "/-/commit/", "/-/compare/%s...%s", 8),
          "bitbucket",
          new Provider("bitbucket", "Bitbucket", "https://bitbucket.org", BITBUCKET_USER, "/issues/", "/pull-requests/", null, "/commits/commit/", "/branches/commits/%s..%s#diff", 7),
          "x", new Provider("x", "X", "https://x.com", SOCIAL_USER, null, null, null, null, null, 0),
          "twitter", new Provider("twitter", "Twitter", "https://twitter.com", SOCIAL_USER, null, null, null, null, null, 0));

  private static final String CODE_HOSTS = "github|gitlab|bitbucket";

  /** What a rule finds. */
  private enum Kind {
    REPO_MENTION,
    MENTION,
    REFERENCE,
    MICRO_REFERENCE
  }

  /** One of magiclink's patterns, in its order; its groups: provider, user, repo, issue, commit, compare. */
  private record Rule(Kind kind, Pattern pattern) {}

  /** Whether its project turns any shorthand on, or the shortener. */
  static boolean on(Extensions x) {
    return x.has(Extension.MAGIC_REPO) || x.has(Extension.MAGIC_SOCIAL) || x.has(Extension.MAGIC_SHORTENER);
  }

  /** A link to an issue, pull request, discussion, commit or comparison of a code host, as repo_url_shortener finds it. */
  private static final Pattern REPO_LINK =
      Pattern.compile(
          "https://(?:www\\.)?(github\\.com|gitlab\\.com|bitbucket\\.org)/([^/\\s]+)/([^/\\s]+)/(?:-/)?"
              + "(?:(?:issues/(\\d+)(?:/[^/\\s#?]+)?|(?:pull|merge_requests|pull-requests)/(\\d+)(?:/[^/\\s#?]+(?:/diff)?)?|discussions/(\\d+))/?"
              + "|(?:commit|commits/commit)/([\\da-f]{40})/?|(?:compare|branches/commits)/([\\da-f]{40})(?:\\.{3}|\\.{2})([\\da-f]{40})(?:#diff)?)");

  private static final Map<String, String> HOSTS = Map.of("github.com", "github", "gitlab.com", "gitlab", "bitbucket.org", "bitbucket");

  /** Puts links in place of the shorthand in the text of the document, and shortens the text of links to a code host's issues and commits. */
  static void read(Document doc, Extensions x) {
    if (x.has(Extension.MAGIC_SHORTENER)) {
      shorten(doc, x);
    }
    List<Rule> rules = rules(x);
    if (rules.isEmpty()) {
      return;
    }
    List<Text> texts = new ArrayList<>();
    for (Node n : doc.getDescendants()) {
      if (n instanceof Text t && (t.getChars().indexOf('@') >= 0 || t.getChars().indexOf('#') >= 0 || t.getChars().indexOf('!') >= 0 || t.getChars().indexOf('?') >= 0 || t.getChars().length() >= 40) && !excluded(t)) {
        texts.add(t);
      }
    }
    Provider own = PROVIDERS.get(x.provider());
    for (Text t : texts) {
      replace(t, rules, own, x);
    }
  }

  /**
   * repo_url_shortener: a link whose text is its address, to an issue, pull request, discussion,
   * commit or comparison of GitHub, GitLab or Bitbucket, shows it as the shorthand does
   * ({@code #12} of the project's repository, {@code user/repo#12} of another).
   */
  private static void shorten(Document doc, Extensions x) {
    List<Node> links = new ArrayList<>();
    for (Node n : doc.getDescendants()) {
      if (n instanceof AutoLink a && a.getText().equals(a.getUrl()) || n instanceof Link l && l.getFirstChild() instanceof Text t && t.getNext() == null && t.getChars().equals(l.getUrl())) {
        links.add(n);
      }
    }
    for (Node n : links) {
      String url = n instanceof AutoLink a ? a.getUrl().toString() : ((Link) n).getUrl().toString();
      Matcher m = REPO_LINK.matcher(url);
      if (!m.matches()) {
        continue;
      }
      Provider p = PROVIDERS.get(HOSTS.get(m.group(1).toLowerCase(java.util.Locale.ROOT)));
      String user = m.group(2);
      String repo = m.group(3);
      boolean myUser = p.name().equals(x.provider()) && user.equals(x.user());
      String prefix = myUser && repo.equals(x.repo()) ? "" : myUser ? repo : user + "/" + repo;
      String issue = m.group(4) != null ? "#" + m.group(4) : m.group(5) != null ? "!" + m.group(5) : m.group(6) != null ? "?" + m.group(6) : null;
      // (the link to the address as it was written)
      String[] shown = reference(p, user, repo, prefix, issue, m.group(7) != null ? m.group(7) : m.group(8), m.group(7) != null ? null : m.group(9), x, url);
      if (shown == null) {
        continue;
      }
      n.insertBefore(new MaterialInline.Replaced(n.getChars(), shown[0], shown[1]));
      n.unlink();
    }
  }

  /** The patterns for what its project turns on, in magiclink's order. */
  private static List<Rule> rules(Extensions x) {
    Provider own = PROVIDERS.get(x.provider());
    boolean repo = x.has(Extension.MAGIC_REPO) && own != null;
    boolean social = x.has(Extension.MAGIC_SOCIAL) && own != null;
    List<Rule> rules = new ArrayList<>();
    if (!repo && !social) {
      return rules;
    }
    String other = repo && social ? CODE_HOSTS + "|x|twitter" : repo ? CODE_HOSTS : "x|twitter";
    if (repo && !own.social()) {
      rules.add(new Rule(Kind.REPO_MENTION, Pattern.compile("(?<![a-zA-Z\\\\])@(?:(" + CODE_HOSTS + "):)?(" + users(CODE_HOSTS) + ")\\b/(" + REPO + ")\\b")));
    }
    rules.add(new Rule(Kind.MENTION, Pattern.compile("(?<![a-zA-Z\\\\])@(?:(" + other + "):)?(" + users(other) + ")\\b")));
    if (repo && !own.social()) {
      String issue = "(?:#|!" + (own.discussion() != null ? "|\\?" : "") + ")";
      rules.add(new Rule(Kind.REFERENCE, Pattern.compile(
          "(?<![@/\\\\])(?:(?:\\b(" + CODE_HOSTS + "):)?\\b(" + users(CODE_HOSTS) + ")/)?\\b(" + REPO + ")(?:(" + issue + "[1-9][0-9]*)|@([a-f\\d]{40})(?:\\.{3}([a-f\\d]{40}))?)\\b")));
      rules.add(new Rule(Kind.MICRO_REFERENCE, Pattern.compile(
          "(?:(?<![a-zA-Z\\\\])(" + issue + "[1-9][0-9]*)|(?<![@/\\\\])\\b([a-f\\d]{40})(?:\\.{3}([a-f\\d]{40}))?)\\b")));
    }
    return rules;
  }

  /** A pattern for the user names of any of the hosts ({@code a|b}). */
  private static String users(String hosts) {
    StringBuilder b = new StringBuilder();
    for (String h : hosts.split("\\|")) {
      String p = PROVIDERS.get(h).user();
      if (b.indexOf(p) < 0) {
        b.append(b.length() == 0 ? "" : "|").append(p);
      }
    }
    return b.toString();
  }

  /** Whether a node is in code or in a link, where no shorthand is read. */
  private static boolean excluded(Node n) {
    if (MaterialInline.inCode(n)) {
      return true;
    }
    for (Node p = n.getParent(); p != null; p = p.getParent()) {
      if (p instanceof Link || p instanceof LinkRef || p instanceof Image || p instanceof ImageRef) {
        return true;
      }
    }
    return false;
  }

  /** Splits a text node around the shorthand in it: at each place, the earliest match, the first rule's where two start there. */
  private static void replace(Text t, List<Rule> rules, Provider own, Extensions x) {
    BasedSequence chars = t.getChars();
    String s = chars.toString();
    Matcher[] ms = new Matcher[rules.size()];
    int[] next = new int[rules.size()];
    for (int i = 0; i < ms.length; i++) {
      ms[i] = rules.get(i).pattern().matcher(s);
      next[i] = ms[i].find() ? ms[i].start() : Integer.MAX_VALUE;
    }
    int at = 0;
    boolean changed = false;
    while (true) {
      int best = -1;
      for (int i = 0; i < ms.length; i++) {
        if (next[i] < at) {
          next[i] = ms[i].find(at) ? ms[i].start() : Integer.MAX_VALUE;
        }
        if (next[i] != Integer.MAX_VALUE && (best < 0 || next[i] < next[best])) {
          best = i;
        }
      }
      if (best < 0) {
        break;
      }
      Matcher m = ms[best];
      String[] link = link(rules.get(best).kind(), m, own, x);
      int start = m.start();
      int end = m.end();
      if (link == null) {
        // not a link (no user to refer to): looked at again after its start
        next[best] = ms[best].find(start + 1) ? ms[best].start() : Integer.MAX_VALUE;
        continue;
      }
      if (start > at) {
        t.insertBefore(new Text(chars.subSequence(at, start)));
      }
      t.insertBefore(new MaterialInline.Replaced(chars.subSequence(start, end), link[0], link[1]));
      changed = true;
      at = end;
    }
    if (!changed) {
      return;
    }
    if (at < s.length()) {
      t.insertBefore(new Text(chars.subSequence(at)));
    }
    t.unlink();
  }

  /** The text and HTML of a match's link, or null where it is none. */
  private static String[] link(Kind kind, Matcher m, Provider own, Extensions x) {
    switch (kind) {
      case MENTION -> {
        Provider p = m.group(1) != null ? PROVIDERS.get(m.group(1)) : own;
        return a(p.url() + "/" + m.group(2), p.label() + " User: " + m.group(2), p.name(), "mention", "@" + m.group(2));
      }
      case REPO_MENTION -> {
        Provider p = m.group(1) != null ? PROVIDERS.get(m.group(1)) : own;
        String name = m.group(2) + "/" + m.group(3);
        return a(p.url() + "/" + name, p.label() + " Repository: " + name, p.name(), "repository", name);
      }
      case REFERENCE -> {
        Provider p = m.group(1) != null ? PROVIDERS.get(m.group(1)) : own;
        String user = m.group(2) != null ? m.group(2) : x.user();
        if (user.isEmpty() || p.social()) {
          return null;
        }
        boolean myUser = user.equals(x.user()) && p == own;
        boolean myRepo = myUser && m.group(3).equals(x.repo());
        String prefix = myRepo ? "" : myUser ? m.group(3) : user + "/" + m.group(3);
        return reference(p, user, m.group(3), prefix, m.group(4), m.group(5), m.group(6), x, null);
      }
      default -> {
        if (x.user().isEmpty() || x.repo().isEmpty()) {
          return null;
        }
        return reference(own, x.user(), x.repo(), "", m.group(1), m.group(2), m.group(3), x, null);
      }
    }
  }

  /**
   * An issue, pull request, discussion, commit or comparison of a repository, its text after
   * {@code prefix} (a pull request's and a discussion's mark {@code #} where the project's
   * normalize_issue_symbols says so); linked to {@code href}, or where the host has it when null.
   */
  private static String[] reference(Provider p, String user, String repo, String prefix, String issue, String commit, String compare, Extensions x, String href) {
    String base = p.url() + "/" + user + "/" + repo;
    String full = user + "/" + repo;
    if (issue != null) {
      char mark = issue.charAt(0);
      String number = issue.substring(1);
      if (mark == '?' && p.discussion() == null) {
        return null;
      }
      String path = mark == '#' ? p.issue() : mark == '!' ? p.pull() : p.discussion();
      String label = mark == '#' ? "Issue" : mark == '!' ? "Pull Request" : "Discussion";
      String css = mark == '#' ? "issue" : mark == '!' ? "pull" : "discussion";
      char shown = x.has(Extension.MAGIC_NORMALIZE) ? '#' : mark;
      return a(href != null ? href : base + path + number, p.label() + " " + label + ": " + full + shown + number, p.name(), css, prefix + shown + number);
    }
    String shortHash = commit.substring(0, p.hashSize());
    String at = prefix.isEmpty() ? "" : prefix + "@";
    if (compare == null) {
      return a(href != null ? href : base + p.commit() + commit, p.label() + " Commit: " + full + "@" + shortHash, p.name(), "commit", at + shortHash);
    }
    String range = shortHash + "..." + compare.substring(0, p.hashSize());
    return a(href != null ? href : base + String.format(p.compare(), commit, compare), p.label() + " Compare: " + full + "@" + range, p.name(), "compare", at + range);
  }

  private static String[] a(String href, String title, String provider, String kind, String text) {
    String html =
        "<a href=\"" + handbook.render.Html.escape(href) + "\" title=\"" + handbook.render.Html.escape(title) + "\" class=\"magiclink magiclink-" + provider + " magiclink-" + kind + "\">"
            + handbook.render.Html.escape(text) + "</a>";
    return new String[] {text, html};
  }
}
