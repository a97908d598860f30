package handbook.config;

import java.util.ArrayList;
import java.util.List;

/**
 * A path glob of another tool's config, matched in time linear in the path for each part of the
 * pattern: a regular expression of its stars backtracks without end on a pattern such as
 * {@code **a**a**a**a**a**a**b} (a config is a project's, written by anyone). A glob is parts
 * ({@link Part}) in a row, or several such rows where braces give choices ({@code {a,b}}).
 */
public final class Glob {
  /** The most rows braces may make: beyond it, they are read as their characters. */
  static final int MAX_CHOICES = 256;

  /** One part of a glob. */
  public sealed interface Part {}

  /** A character as it is. */
  public record Char(char c) implements Part {}

  /** One character of a set ({@code [a-z]}), or of none of it ({@code [!a-z]}): never {@code /}. */
  public record OneOf(String set, boolean none) implements Part {
    boolean test(char c) {
      boolean in = false;
      for (int i = 0; i < set.length() && !in; i++) {
        if (i + 2 < set.length() && set.charAt(i + 1) == '-') {
          in = c >= set.charAt(i) && c <= set.charAt(i + 2);
          i += 2;
        } else {
          in = c == set.charAt(i);
        }
      }
      return c != '/' && in != none;
    }
  }

  /** {@code ?}: one character but {@code /}. */
  public static final Part ONE = new Wild(0);

  /** {@code *}: any characters but {@code /}. */
  public static final Part STAR = new Wild(1);

  /** {@code **} where it stands alone: any characters. */
  public static final Part ANY = new Wild(2);

  /** {@code **}{@code /}: nothing, or any characters up to a {@code /} (folders at any depth). */
  public static final Part FOLDERS = new Wild(3);

  /** {@code /} and any characters after it, or nothing: what is in a folder the glob names, or itself. */
  public static final Part INSIDE_OR_NOTHING = new Wild(4);

  /** {@code /} and any characters after it: what is in a folder the glob names. */
  public static final Part INSIDE = new Wild(5);

  private record Wild(int kind) implements Part {}

  private final List<List<Part>> rows;

  /** Each row's leading characters ({@link Char} parts), which a path must start with. */
  private final String[] prefixes;

  private Glob(List<List<Part>> rows) {
    this.rows = rows;
    prefixes = new String[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      StringBuilder b = new StringBuilder();
      for (Part p : rows.get(i)) {
        if (!(p instanceof Char c)) {
          break;
        }
        b.append(c.c());
      }
      prefixes[i] = b.toString();
    }
  }

  /** A glob of one row of parts. */
  public static Glob of(List<Part> parts) {
    return new Glob(List.of(List.copyOf(parts)));
  }

  /** A glob of rows of parts, any of which may match. */
  public static Glob anyOf(List<List<Part>> rows) {
    return new Glob(rows.stream().map(List::copyOf).toList());
  }

  /**
   * A glob as shells and Go write it (Hugo's cascade targets, Jekyll's default scopes): {@code **}
   * across folders, {@code *} and {@code ?} within one, {@code {a,b}} either.
   */
  public static Glob shell(String glob) {
    return anyOf(choices(glob, (text, out) -> {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '*' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
          out.add(ANY);
          i++;
        } else {
          out.add(c == '*' ? STAR : c == '?' ? ONE : new Char(c));
        }
      }
    }));
  }

  /**
   * Reads a glob as {@code .gitignore} and fast-glob write it: {@code **}{@code /} folders at any
   * depth, {@code /**} at the end all that is inside, {@code **} elsewhere any characters,
   * {@code *} and {@code ?} within a folder's name, classes ({@code [a-z]}, {@code [!a-z]}) and
   * {@code \x} for {@code x}.
   */
  public static void wildcards(String p, List<Part> out) {
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if (p.startsWith("**/", i)) {
        out.add(FOLDERS);
        i += 2;
      } else if (p.startsWith("/**", i) && i + 3 == p.length()) {
        out.add(INSIDE_OR_NOTHING);
        i += 2;
      } else if (p.startsWith("**", i)) {
        out.add(ANY);
        i += 1;
      } else if (c == '*') {
        out.add(STAR);
      } else if (c == '?') {
        out.add(ONE);
      } else if (c == '[' && p.indexOf(']', i + 2) > 0) {
        int end = p.indexOf(']', i + 2);
        String set = p.substring(i + 1, end);
        boolean none = set.startsWith("!") || set.startsWith("^");
        out.add(new OneOf(none ? set.substring(1) : set, none));
        i = end;
      } else if (c == '\\' && i + 1 < p.length()) {
        out.add(new Char(p.charAt(++i)));
      } else {
        out.add(new Char(c));
      }
    }
  }

  /** Reads the text of one choice of a glob into its parts. */
  public interface Reader {
    void read(String text, List<Part> out);
  }

  /**
   * The rows a glob's braces make ({@code a{b,c}d}: {@code abd} and {@code acd}), each read into
   * parts by {@code reader}; braces that make more than {@value #MAX_CHOICES} rows, or do not
   * close, are read as characters.
   */
  public static List<List<Part>> choices(String glob, Reader reader) {
    List<String> texts = expand(glob);
    List<List<Part>> rows = new ArrayList<>();
    for (String t : texts) {
      List<Part> parts = new ArrayList<>();
      reader.read(t, parts);
      rows.add(parts);
    }
    return rows;
  }

  /** The texts of a glob's brace choices, or the glob alone. */
  static List<String> expand(String glob) {
    int open = glob.indexOf('{');
    if (open < 0) {
      return List.of(glob);
    }
    // the first brace that closes, choices split at its top-level commas
    int depth = 0;
    List<Integer> commas = new ArrayList<>();
    for (int i = open; i < glob.length(); i++) {
      char c = glob.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        List<String> out = new ArrayList<>();
        List<String> rests = expand(glob.substring(i + 1));
        int from = open + 1;
        commas.add(i);
        for (int at : commas) {
          for (String rest : rests) {
            for (String inner : expand(glob.substring(from, at))) {
              out.add(glob.substring(0, open) + inner + rest);
              if (out.size() > MAX_CHOICES) {
                return List.of(glob);
              }
            }
          }
          from = at + 1;
        }
        return out;
      } else if (c == ',' && depth == 1) {
        commas.add(i);
      }
    }
    return List.of(glob);
  }

  /** Whether the glob matches the whole of {@code path}. */
  public boolean matches(CharSequence path) {
    for (int i = 0; i < prefixes.length; i++) {
      // (a path that does not start with the row's characters is not matched part by part: the
      // docs' files are matched against a project's patterns on every build of serve)
      if (startsWith(path, prefixes[i]) && matches(rows.get(i), path)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWith(CharSequence s, String prefix) {
    if (s.length() < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (s.charAt(i) != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** One row against a path: which prefixes of the path the parts so far match, part by part. */
  private static boolean matches(List<Part> parts, CharSequence s) {
    int n = s.length();
    boolean[] at = new boolean[n + 1];
    boolean[] next = new boolean[n + 1];
    at[0] = true;
    for (Part p : parts) {
      java.util.Arrays.fill(next, false);
      boolean any = false; // whether some prefix before this place matched so far
      boolean slash = false; // whether some matched prefix before this place is followed by a /
      for (int j = 0; j <= n; j++) {
        char before = j > 0 ? s.charAt(j - 1) : 0;
        boolean m;
        if (p instanceof Char c) {
          m = j > 0 && at[j - 1] && before == c.c();
        } else if (p instanceof OneOf o) {
          m = j > 0 && at[j - 1] && o.test(before);
        } else {
          switch (((Wild) p).kind()) {
            case 0 -> m = j > 0 && at[j - 1] && before != '/';
            case 1 -> m = at[j] || j > 0 && next[j - 1] && before != '/';
            case 2 -> m = at[j] || any;
            case 3 -> m = at[j] || any && before == '/';
            case 4 -> m = at[j] || slash;
            default -> m = slash;
          }
        }
        next[j] = m;
        if (j < n) {
          slash |= at[j] && s.charAt(j) == '/';
        }
        any |= at[j];
      }
      boolean[] t = at;
      at = next;
      next = t;
    }
    return at[n];
  }
}
