package handbook.course;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import handbook.diag.Diagnostic;
import handbook.diag.Diagnostics;
import handbook.diag.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a quiz bank written for another tool into a Handbook quiz bank ({@link QuizBank}): YAML
 * text for {@code content/quizzes/}, each quiz with the id a lesson embeds it by. Takes and
 * gives strings; the command line reads and writes the files.
 */
public final class QuizImport {
  private QuizImport() {}

  /** The shapes read. */
  public enum Format {
    /**
     * The quiz apps of Microsoft's "for beginners" curricula and many like them: quizzes of
     * {@code questionText} and {@code answerOptions} ({@code answerText}, {@code isCorrect} as
     * {@code "true"} or {@code true}), in groups of {@code quizzes}, each with an {@code id} and
     * a {@code title}. {@code question}, {@code answers}/{@code options}, {@code text},
     * {@code correct} and {@code explanation} are read as well.
     */
    ANSWER_OPTIONS("answer-options");

    private final String name;

    Format(String name) {
      this.name = name;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** The bank as YAML (null when nothing could be read), and what could not be carried over. */
  public record Result(String yaml, int quizzes, int questions, Diagnostics diagnostics) {}

  /**
   * Converts {@code json} (named {@code file} in messages). Ids are the source's ids with
   * {@code prefix} before them, or the quiz's place (1, 2, ...) where it has none.
   */
  public static Result convert(String json, String file, Format format, String prefix, String source) {
    Diagnostics diags = new Diagnostics();
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(json);
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      diags.add(Diagnostic.error("quiz.json", at == null ? Span.file(file) : Span.at(file, at.getLineNr(), at.getColumnNr()), "not JSON: " + e.getOriginalMessage()));
      return new Result(null, 0, 0, diags);
    }
    List<JsonNode> quizzes = new ArrayList<>();
    collect(root, quizzes);
    if (quizzes.isEmpty()) {
      diags.add(
          Diagnostic.error("quiz.json", Span.file(file), "no quizzes of the `" + format + "` shape: no `quiz` lists of questions with `answerOptions`")
              .withHint("the shape is `[{\"quizzes\": [{\"id\": 1, \"title\": \"...\", \"quiz\": [{\"questionText\": \"...\", \"answerOptions\": [{\"answerText\": \"...\", \"isCorrect\": \"true\"}]}]}]}]`"));
      return new Result(null, 0, 0, diags);
    }
    StringBuilder y = new StringBuilder();
    y.append("# A quiz bank for Handbook, imported by `handbook import quiz` from ").append(source).append(" (format ").append(format).append(").\n");
    y.append("# A lesson embeds a quiz with a block ```quiz that names its id: `id: \"...\"`.\n");
    y.append("quizzes:\n");
    int n = 0;
    int written = 0;
    int questionCount = 0;
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (JsonNode quiz : quizzes) {
      n++;
      String id = prefix + (quiz.hasNonNull("id") ? quiz.get("id").asText().strip() : Integer.toString(n));
      String where = "quiz `" + id + "`";
      if (!ids.add(id)) {
        diags.add(Diagnostic.error("quiz.json", Span.file(file), where + " is there twice").withHint("give each quiz its own `id`"));
        continue;
      }
      List<String> questions = new ArrayList<>();
      int q = 0;
      for (JsonNode question : questions(quiz)) {
        q++;
        String text = text(question, "questionText", "question");
        List<String> choices = new ArrayList<>();
        int correct = 0;
        JsonNode options = first(question, "answerOptions", "answers", "options");
        if (options != null && options.isArray()) {
          for (JsonNode o : options) {
            String t = o.isTextual() ? o.asText() : text(o, "answerText", "text");
            if (t == null || t.isBlank()) {
              continue;
            }
            boolean right = truth(first(o, "isCorrect", "correct"));
            correct += right ? 1 : 0;
            choices.add(right ? "{text: " + quote(t) + ", correct: true}" : quote(t));
          }
        }
        if (text == null || text.isBlank() || choices.size() < 2 || correct == 0) {
          String why = text == null || text.isBlank() ? "has no question text" : choices.size() < 2 ? "has fewer than two answers" : "has no answer marked correct";
          diags.add(Diagnostic.warning("quiz.import", Span.file(file), where + ", question " + q + " " + why + "; it is left out"));
          continue;
        }
        StringBuilder b = new StringBuilder();
        b.append("      - question: ").append(quote(text)).append('\n');
        if (correct > 1) {
          b.append("        multiple: true\n");
        }
        b.append("        choices:\n");
        choices.forEach(c -> b.append("          - ").append(c).append('\n'));
        String explanation = text(question, "explanation");
        if (explanation != null && !explanation.isBlank()) {
          b.append("        explanation: ").append(quote(explanation)).append('\n');
        }
        questions.add(b.toString());
      }
      if (questions.isEmpty()) {
        diags.add(Diagnostic.warning("quiz.import", Span.file(file), where + " has no question that could be read; it is left out"));
        continue;
      }
      y.append("  - id: ").append(quote(id)).append('\n');
      String title = text(quiz, "title");
      if (title != null && !title.isBlank()) {
        y.append("    title: ").append(quote(title.strip())).append('\n');
      }
      y.append("    questions:\n");
      questions.forEach(y::append);
      questionCount += questions.size();
      written++;
    }
    return new Result(written == 0 ? null : y.toString(), written, questionCount, diags);
  }

  /** The quizzes of any shape of the format: a quiz has a {@code quiz} (or {@code questions}) list. */
  private static void collect(JsonNode n, List<JsonNode> out) {
    if (n.isArray()) {
      for (JsonNode c : n) {
        collect(c, out);
      }
    } else if (n.isObject()) {
      JsonNode qs = first(n, "quiz", "questions");
      if (qs != null && qs.isArray() && qs.size() > 0 && qs.get(0).isObject() && first(qs.get(0), "answerOptions", "answers", "options") != null) {
        out.add(n);
      } else if (n.has("quizzes")) {
        collect(n.get("quizzes"), out);
      }
    }
  }

  private static JsonNode questions(JsonNode quiz) {
    return first(quiz, "quiz", "questions");
  }

  private static JsonNode first(JsonNode n, String... keys) {
    for (String k : keys) {
      if (n.has(k)) {
        return n.get(k);
      }
    }
    return null;
  }

  private static String text(JsonNode n, String... keys) {
    JsonNode v = first(n, keys);
    return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
  }

  private static boolean truth(JsonNode v) {
    return v != null && (v.isBoolean() ? v.asBoolean() : v.asText().strip().toLowerCase(Locale.ROOT).equals("true"));
  }

  /** A YAML double-quoted scalar (JSON string syntax is valid YAML). */
  static String quote(String s) {
    try {
      return new ObjectMapper().writeValueAsString(s.strip());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
