package handbook.docs;

import java.util.regex.Pattern;

/**
 * Path globs as Hugo's cascade targets and Jekyll's default scopes write them (Go's glob with
 * {@code /} parting folders, Ruby's {@code Dir.glob}): {@code **} across folders, {@code *} and
 * {@code ?} within one, {@code {a,b}} either.
 */
final class Globs {
  private Globs() {}

  /** The glob as a pattern that matches a whole path. */
  static Pattern of(String glob) {
    StringBuilder re = new StringBuilder();
    int braces = 0;
    for (int i = 0; i < glob.length(); i++) {
      char ch = glob.charAt(i);
      if (ch == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
        re.append(".*");
        i++;
      } else if (ch == '*') {
        re.append("[^/]*");
      } else if (ch == '?') {
        re.append("[^/]");
      } else if (ch == '{') {
        re.append("(?:");
        braces++;
      } else if (ch == '}' && braces > 0) {
        re.append(')');
        braces--;
      } else if (ch == ',' && braces > 0) {
        re.append('|');
      } else {
        re.append(Pattern.quote(String.valueOf(ch)));
      }
    }
    re.append(")".repeat(braces));
    return Pattern.compile(re.toString());
  }
}
