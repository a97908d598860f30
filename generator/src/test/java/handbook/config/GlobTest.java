package handbook.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class GlobTest {
  private static Glob wildcards(String glob) {
    return Glob.anyOf(Glob.choices(glob, Glob::wildcards));
  }

  @Test
  void partsMatchAsTheirRegularExpressionsWould() {
    // each part against the regular expression it stands for, on random globs and paths
    String[] pieces = {"a", "b", "/", ".", "*", "**", "**/", "?", "[ab]", "[!a]"};
    Random random = new Random(41);
    for (int round = 0; round < 3000; round++) {
      StringBuilder glob = new StringBuilder();
      int parts = 1 + random.nextInt(6);
      for (int i = 0; i < parts; i++) {
        glob.append(pieces[random.nextInt(pieces.length)]);
      }
      String g = glob.toString();
      StringBuilder path = new StringBuilder();
      int length = random.nextInt(9);
      for (int i = 0; i < length; i++) {
        path.append("ab/.".charAt(random.nextInt(4)));
      }
      String p = path.toString();
      assertEquals(regex(g).matcher(p).matches(), wildcards(g).matches(p), g + " against " + p);
    }
  }

  /** What the globs were read as before: a regular expression. */
  private static Pattern regex(String p) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if (p.startsWith("**/", i)) {
        b.append("(?:.*/)?");
        i += 2;
      } else if (p.startsWith("/**", i) && i + 3 == p.length()) {
        b.append("(?:/.*)?");
        i += 2;
      } else if (p.startsWith("**", i)) {
        b.append(".*");
        i += 1;
      } else if (c == '*') {
        b.append("[^/]*");
      } else if (c == '?') {
        b.append("[^/]");
      } else if (c == '[') {
        int end = p.indexOf(']', i + 2);
        String cls = p.substring(i + 1, end);
        b.append(cls.startsWith("!") ? "(?!/)[^" + cls.substring(1) + "]" : "[" + cls + "]");
        i = end;
      } else {
        b.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(b.toString());
  }

  @Test
  void bracesGiveChoices() {
    Glob g = wildcards("docs/{a,b{c,d}}/*.md");
    for (String p : List.of("docs/a/x.md", "docs/bc/x.md", "docs/bd/y.md")) {
      assertTrue(g.matches(p), p);
    }
    assertFalse(g.matches("docs/b/x.md"));
    assertTrue(wildcards("{unclosed").matches("{unclosed"));
    assertTrue(Glob.shell("content/**/{a,b}.md").matches("content/x/y/b.md"));
    assertFalse(Glob.shell("content/*/{a,b}.md").matches("content/x/y/b.md"));
  }

  @Test
  void hostileGlobsEndInLinearTime() {
    // a regular expression of these backtracks for hours
    String many = "**a".repeat(40) + "b";
    String braces = "{a,b}".repeat(40);
    String path = "a".repeat(4000);
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
      assertFalse(wildcards(many).matches(path));
      assertFalse(Glob.shell("*a".repeat(40) + "b").matches(path));
      assertFalse(wildcards("**/".repeat(40) + "x").matches("a/".repeat(2000)));
      assertFalse(wildcards(braces).matches(path));
      List<String> excludes = new ArrayList<>(List.of(many));
      assertFalse(MkDocsExclude.ofLines(excludes).excludes("docs/" + path));
    });
  }
}
