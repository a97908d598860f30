package handbook.openapi;

import handbook.diag.Diagnostic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The parser's complaints about a spec it could read, made fit to show: those that are wrong for
 * OpenAPI 3.1 are dropped ({@code responses} is optional there; {@code license.identifier} is
 * valid), and many warnings of one kind become one line that counts them.
 */
final class ParserMessages {
  /** From this many warnings of one kind on, they are shown as one. */
  static final int SUMMARY_FROM = 4;

  private static final Pattern ATTRIBUTE = Pattern.compile("^attribute \\S+");
  private static final Pattern WRONG_FOR_31 =
      Pattern.compile("^attribute \\S+\\.responses is missing$|^attribute info\\.license\\.identifier is unexpected$");

  private ParserMessages() {}

  /** Whether a parser message is wrong for a spec of this version ({@code 3.1.0}). */
  static boolean wrongFor(String version, String message) {
    return version != null && version.strip().startsWith("3.1") && WRONG_FOR_31.matcher(message.strip()).find();
  }

  /**
   * Warnings of one kind (same code, same message once its attribute path is left out),
   * {@link #SUMMARY_FROM} or more of them, as one warning at the first, counting the rest; other
   * diagnostics unchanged, in their order.
   */
  static List<Diagnostic> summarise(List<Diagnostic> in) {
    Map<String, List<Diagnostic>> kinds = new LinkedHashMap<>();
    for (Diagnostic d : in) {
      kinds.computeIfAbsent(d.isError() ? "\0" + kinds.size() : d.code() + "\0" + kind(d.message()), k -> new ArrayList<>()).add(d);
    }
    List<Diagnostic> out = new ArrayList<>();
    for (List<Diagnostic> group : kinds.values()) {
      if (group.size() < SUMMARY_FROM) {
        out.addAll(group);
        continue;
      }
      Diagnostic first = group.stream().sorted(handbook.diag.Diagnostics.ORDER).findFirst().orElseThrow();
      out.add(new Diagnostic(first.severity(), first.code(), first.message() + "; and " + (group.size() - 1) + " more like it", first.span(), first.hint()));
    }
    return out;
  }

  /** The message without the attribute it names: {@code attribute X is missing} → {@code attribute … is missing}. */
  static String kind(String message) {
    return ATTRIBUTE.matcher(message.strip()).replaceFirst("attribute …");
  }
}
