package handbook.render;

import freemarker.core.TemplateMarkupOutputModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code containsEach(html, "class=\"a\"", "class=\"b\"")}: for each string after the text,
 * whether the text holds it, as a sequence of booleans, in one pass over the text where the
 * strings share a start (the layout asks four such questions of every page's HTML; four
 * {@code ?contains} read it four times).
 */
final class ContainsEach implements TemplateMethodModelEx {
  @Override
  public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
    if (arguments.size() < 2) {
      throw new TemplateModelException("containsEach takes a text and the strings to look for: containsEach(html, \"a\", \"b\")");
    }
    String text = string(arguments.get(0));
    List<String> wanted = new ArrayList<>();
    for (int i = 1; i < arguments.size(); i++) {
      wanted.add(string(arguments.get(i)));
    }
    return found(text, wanted);
  }

  private static String string(Object argument) throws TemplateModelException {
    if (argument instanceof TemplateMarkupOutputModel<?> markup) {
      return markupString(markup);
    }
    if (argument instanceof TemplateScalarModel s) {
      return s.getAsString();
    }
    throw new TemplateModelException("containsEach takes strings, not " + (argument == null ? "null" : argument.getClass().getSimpleName()));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static String markupString(TemplateMarkupOutputModel m) throws TemplateModelException {
    return m.getOutputFormat().getMarkupString(m);
  }

  /** Whether {@code text} holds each of {@code wanted}, in order. */
  static List<Boolean> found(String text, List<String> wanted) {
    String shared = wanted.get(0);
    for (String w : wanted) {
      int k = 0;
      while (k < shared.length() && k < w.length() && shared.charAt(k) == w.charAt(k)) {
        k++;
      }
      shared = shared.substring(0, k);
    }
    Boolean[] out = new Boolean[wanted.size()];
    if (shared.isEmpty()) {
      for (int i = 0; i < out.length; i++) {
        out[i] = text.contains(wanted.get(i));
      }
      return List.of(out);
    }
    java.util.Arrays.fill(out, Boolean.FALSE);
    int left = out.length;
    for (int at = text.indexOf(shared); at >= 0 && left > 0; at = text.indexOf(shared, at + 1)) {
      for (int i = 0; i < out.length; i++) {
        if (!out[i] && text.startsWith(wanted.get(i), at)) {
          out[i] = Boolean.TRUE;
          left--;
        }
      }
    }
    return List.of(out);
  }
}
