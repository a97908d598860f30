package handbook.config;

import handbook.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * VitePress' {@code rewrites}: pages published at other paths than their files'. Each rule maps a
 * page's path in the pages' folder ({@code packages/pkg-a/src/index.md}) to the path it is
 * published at ({@code pkg-a/index.md}), with the parameters of path-to-regexp 6, as VitePress
 * reads them: {@code :name} (one segment), {@code :name*} and {@code :name+} (segments),
 * {@code :name?}, a pattern of its own ({@code :name(\\d+)}, or {@code (.*)}, named by its
 * number), a key that starts with {@code ^} a regular expression. A page takes the first rule
 * that matches it; links between pages are written from where they are published, as VitePress
 * has them.
 */
public final class VitePressRewrites {
  /** path-to-regexp's pattern of a parameter that has none of its own: one segment. */
  private static final String SEGMENT = "[^/#?]+?";

  /** A parameter: its name, the separator before it that goes with it ({@code /} or {@code .}, else empty), its pattern and modifier ({@code ?*+}, else 0). */
  private record Param(String name, String prefix, String pattern, char modifier) {
    boolean repeats() {
      return modifier == '*' || modifier == '+';
    }
  }

  /**
   * A rule: its key's expression, the parameters of its groups in order, and the destination's
   * parts (texts and parameters); {@code literal} its key in lower case where it has no
   * parameters (a page's path alone matches it), else null.
   */
  private record Rule(Pattern from, boolean regex, List<Param> params, List<Object> to, String literal) {}

  private final List<Rule> rules;
  /** The rules as written, in order: two sets of rules are the same when these are. */
  private final List<String> written;
  /** The first rule of each path that rules without parameters name, by the path in lower case. */
  private final Map<String, Integer> literals = new java.util.HashMap<>();
  /** The rules with parameters, by their place. */
  private final List<Integer> patterns = new ArrayList<>();

  private VitePressRewrites(List<Rule> rules, List<String> written) {
    this.rules = rules;
    this.written = written;
    for (int i = 0; i < rules.size(); i++) {
      if (rules.get(i).literal() != null) {
        literals.putIfAbsent(rules.get(i).literal(), i);
      } else {
        patterns.add(i);
      }
    }
  }

  /** How many characters a rule's expression may read of a page's path: a pattern that backtracks without end stops matching. */
  private static final int READ_BUDGET = 200_000;

  /** A path that stops being read ({@link Exhausted}) after {@code budget} characters. */
  private static final class Budgeted implements CharSequence {
    private final String text;
    private final int[] left;

    Budgeted(String text, int[] left) {
      this.text = text;
      this.left = left;
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public char charAt(int index) {
      if (--left[0] < 0) {
        throw new Exhausted();
      }
      return text.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new Budgeted(text.substring(start, end), left);
    }

    @Override
    public String toString() {
      return text;
    }
  }

  private static final class Exhausted extends RuntimeException {
    Exhausted() {
      super(null, null, false, false);
    }
  }

  /**
   * The rules of a config's text: the entries of its {@code rewrites} written as two strings whose
   * patterns are read here (the others are named by {@link #named}); null where it has none.
   */
  public static VitePressRewrites of(String configText) {
    if (configText == null || !configText.contains("rewrites")) {
      return null;
    }
    if (!(JsLiteral.exported(configText, false) instanceof JsLiteral.Obj config) || !(config.get("rewrites") instanceof JsLiteral.Obj rewrites)) {
      return null;
    }
    List<Rule> rules = new ArrayList<>();
    List<String> written = new ArrayList<>();
    for (Map.Entry<String, JsLiteral.Value> e : rewrites.entries().entrySet()) {
      Rule rule = e.getValue() instanceof JsLiteral.Str to ? rule(e.getKey(), to.value()) : null;
      if (rule != null) {
        rules.add(rule);
        written.add(e.getKey() + "\n" + ((JsLiteral.Str) e.getValue()).value());
      }
    }
    return rules.isEmpty() ? null : new VitePressRewrites(List.copyOf(rules), List.copyOf(written));
  }

  /** Names what of a config's {@code rewrites} is not followed: code, a value that is no string, a pattern not read here. */
  static void named(JsLiteral.Value rewrites, VitePressConfig.Reader r) {
    if (rewrites == null) {
      return;
    }
    if (!(rewrites instanceof JsLiteral.Obj o)) {
      r.diags().add(
          Diagnostic.warning(r.code(), r.at(rewrites), "`rewrites` is made by code (not an object of paths): it is not followed, and pages are published at their own paths")
              .withHint("write the rules out as an object: `rewrites: {'packages/:pkg/src/:page*': ':pkg/:page*'}`"));
      return;
    }
    for (Map.Entry<String, JsLiteral.Value> e : o.entries().entrySet()) {
      if (!(e.getValue() instanceof JsLiteral.Str to)) {
        r.diags().add(Diagnostic.warning(r.code(), r.at(e.getValue()), "the rewrite of `" + e.getKey() + "` is not written as a string: the pages it matches are published at their own paths"));
      } else if (rule(e.getKey(), to.value()) == null) {
        r.diags().add(
            Diagnostic.warning(r.code(), r.at(e.getValue()), "the rewrite `" + e.getKey() + "` → `" + to.value() + "` is not read here: the pages it matches are published at their own paths")
                .withHint("parameters (`:name`, `:name*`, `(.*)`) are read, as is a regular expression that starts with `^`; groups in braces (`{...}`) are not, nor a destination's parameter its key lacks"));
      }
    }
  }

  /**
   * Where a page is published: the destination of the first rule that matches its path in the
   * pages' folder, without a leading slash, as the rule gives it (the reader checks that it is a
   * page's path); null where none matches; where the one that does leaves out a parameter its
   * destination needs, why the page stays ({@link handbook.source.RewrittenTree#unmade}).
   */
  public String rewrite(String page) {
    Integer literal = literals.get(page.toLowerCase(java.util.Locale.ROOT));
    for (int i : patterns) {
      if (literal != null && i > literal) {
        break;
      }
      Matcher m = rule(i, page);
      if (m != null) {
        return filled(i, destination(rules.get(i), m));
      }
    }
    return literal == null ? null : filled(literal, destination(rules.get(literal), rule(literal, page)));
  }

  /** A destination, or why none is made where rule {@code i} leaves a parameter without a value ({@code "\0name"}). */
  private String filled(int i, String destination) {
    if (destination == null || !destination.startsWith("\0")) {
      return destination;
    }
    String[] rule = written.get(i).split("\n", 2);
    String name = destination.substring(1);
    return handbook.source.RewrittenTree.unmade(
        "matches the config's rewrite `" + rule[0] + "` → `" + rule[1] + "` without a value for `:" + name + "`, which its destination needs: it is published at its own path (VitePress fails the build here)",
        "give `:" + name + "` a value in every path the rule matches, or write a rule of its own for the pages without one");
  }

  /** The match of rule {@code i} on a page's path, or null where it does not match (or reads too long). */
  private Matcher rule(int i, String page) {
    Rule rule = rules.get(i);
    Matcher m = rule.from().matcher(new Budgeted(page, new int[] {READ_BUDGET}));
    try {
      return (rule.regex() ? m.find() : m.matches()) ? m : null;
    } catch (Exhausted e) {
      return null;
    }
  }

  /** Where a rule's match puts the page; null without a match, {@code "\0"} and a parameter's name where it has no value and the destination needs one. */
  private static String destination(Rule rule, Matcher m) {
    if (m == null) {
      return null;
    }
    Map<String, List<String>> values = new java.util.HashMap<>();
    for (int i = 0; i < rule.params().size() && i < m.groupCount(); i++) {
      Param p = rule.params().get(i);
      String v = m.group(i + 1);
      if (v != null) {
        values.put(p.name(), p.repeats() ? List.of(v.split(Pattern.quote(p.prefix().isEmpty() ? "/" : p.prefix()), -1)) : List.of(v));
      }
    }
    StringBuilder out = new StringBuilder("/");
    for (Object part : rule.to()) {
      if (part instanceof String text) {
        out.append(text);
        continue;
      }
      Param p = (Param) part;
      List<String> v = values.get(p.name());
      if (v == null || v.isEmpty() || v.size() == 1 && v.get(0).isEmpty() && p.repeats()) {
        if (p.modifier() == '?' || p.modifier() == '*') {
          continue;
        }
        return "\0" + p.name();
      }
      for (String s : v) {
        out.append(p.prefix()).append(s);
      }
    }
    return out.toString().replaceFirst("^/+", "");
  }

  /** A rule from its key and destination, or null where either is not read here (braces, a pattern Java cannot compile, a destination's parameter its key lacks). */
  private static Rule rule(String from, String to) {
    try {
      List<Object> dest = tokens(to);
      if (from.startsWith("^")) {
        Pattern p = Pattern.compile(from);
        List<Param> params = regexGroups(from);
        return knows(params, dest) ? new Rule(p, true, params, dest, null) : null;
      }
      List<Object> key = tokens(from);
      StringBuilder re = new StringBuilder();
      List<Param> params = new ArrayList<>();
      for (Object t : key) {
        if (t instanceof String text) {
          re.append(Pattern.quote(text));
          continue;
        }
        Param p = (Param) t;
        params.add(p);
        String prefix = p.prefix().isEmpty() ? "" : Pattern.quote(p.prefix());
        if (p.repeats()) {
          re.append("(?:").append(prefix).append("((?:").append(p.pattern()).append(")(?:").append(prefix).append("(?:").append(p.pattern()).append("))*))").append(p.modifier() == '*' ? "?" : "");
        } else if (!prefix.isEmpty()) {
          re.append("(?:").append(prefix).append('(').append(p.pattern()).append("))").append(p.modifier() == 0 ? "" : String.valueOf(p.modifier()));
        } else {
          re.append('(').append(p.pattern()).append(')').append(p.modifier() == 0 ? "" : String.valueOf(p.modifier()));
        }
      }
      // (path-to-regexp's defaults: a trailing slash may follow, letter case does not matter)
      re.append("[/#?]?");
      Pattern p = Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
      String literal = params.isEmpty() ? from.toLowerCase(java.util.Locale.ROOT) : null;
      // a pattern of its own may hold groups: the parameters are found by their own groups' numbers
      return knows(params, dest) && p.matcher("").groupCount() == params.size() ? new Rule(p, false, params, dest, literal) : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Whether every parameter of the destination is one of the key's. */
  private static boolean knows(List<Param> params, List<Object> dest) {
    java.util.Set<String> names = new java.util.HashSet<>();
    params.forEach(p -> names.add(p.name()));
    return dest.stream().noneMatch(t -> t instanceof Param p && !names.contains(p.name()));
  }

  /** A regular expression's groups as parameters, as path-to-regexp names them: {@code (?<name>...)} by its name, the others by their number. */
  private static List<Param> regexGroups(String regex) {
    List<Param> params = new ArrayList<>();
    int number = 0;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '(' && regex.startsWith("(?<", i) && i + 3 < regex.length() && regex.charAt(i + 3) != '=' && regex.charAt(i + 3) != '!') {
        int end = regex.indexOf('>', i);
        params.add(new Param(regex.substring(i + 3, end), "", "", (char) 0));
      } else if (c == '(' && !regex.startsWith("(?", i)) {
        params.add(new Param(String.valueOf(number++), "", "", (char) 0));
      }
    }
    return params;
  }

  /**
   * path-to-regexp 6's tokens of a path: its texts and its parameters, each parameter with the
   * {@code /} or {@code .} before it as its prefix. Braces are not read (an exception).
   */
  private static List<Object> tokens(String path) {
    List<Object> tokens = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    int number = 0;
    int i = 0;
    while (i < path.length()) {
      char c = path.charAt(i);
      if (c == '{' || c == '}') {
        throw new IllegalArgumentException("braces");
      }
      if (c == '\\' && i + 1 < path.length()) {
        text.append(path.charAt(i + 1));
        i += 2;
        continue;
      }
      if (c != ':' && c != '(') {
        text.append(c);
        i++;
        continue;
      }
      String name = null;
      if (c == ':') {
        int j = i + 1;
        while (j < path.length() && (Character.isLetterOrDigit(path.charAt(j)) && path.charAt(j) < 128 || path.charAt(j) == '_')) {
          j++;
        }
        if (j == i + 1) {
          throw new IllegalArgumentException("a name is missing at " + i);
        }
        name = path.substring(i + 1, j);
        i = j;
      }
      String pattern = SEGMENT;
      if (i < path.length() && path.charAt(i) == '(') {
        int depth = 0;
        int j = i;
        for (; j < path.length(); j++) {
          char d = path.charAt(j);
          if (d == '\\') {
            j++;
          } else if (d == '(') {
            depth++;
          } else if (d == ')' && --depth == 0) {
            break;
          }
        }
        if (j >= path.length() || path.startsWith("(?", i)) {
          throw new IllegalArgumentException("a pattern is not closed, or opens a group of its own, at " + i);
        }
        pattern = path.substring(i + 1, j);
        i = j + 1;
        if (name == null) {
          name = String.valueOf(number++);
        }
      }
      char modifier = i < path.length() && "?*+".indexOf(path.charAt(i)) >= 0 ? path.charAt(i++) : 0;
      String prefix = "";
      if (!text.isEmpty() && (text.charAt(text.length() - 1) == '/' || text.charAt(text.length() - 1) == '.')) {
        prefix = String.valueOf(text.charAt(text.length() - 1));
        text.setLength(text.length() - 1);
      }
      if (!text.isEmpty()) {
        tokens.add(text.toString());
        text.setLength(0);
      }
      tokens.add(new Param(name, prefix, pattern, modifier));
    }
    if (!text.isEmpty()) {
      tokens.add(text.toString());
    }
    return tokens;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof VitePressRewrites other && written.equals(other.written);
  }

  @Override
  public int hashCode() {
    return written.hashCode();
  }
}
