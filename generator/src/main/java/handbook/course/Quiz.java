package handbook.course;

import handbook.diag.Diagnostic;
import handbook.diag.Diagnostics;
import handbook.markdown.DirectiveCall;
import handbook.yaml.YamlFields;
import handbook.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A self-check quiz, written as a {@code quiz} block:
 *
 * <pre>
 * ```quiz
 * title: Selvtest            # optional
 * questions:
 *   - question: Hvor lagres brukerne?
 *     choices:
 *       - Redis                           # a plain text is a wrong answer
 *       - {text: PostgreSQL, correct: true}
 *     explanation: Alt som må overleve en omstart ligger i PostgreSQL.   # optional
 *   - question: Hvilke to ...?
 *     multiple: true                      # optional: more than one correct choice means multiple
 *     choices: [...]
 *     explanation: ...
 * ```
 * </pre>
 *
 * or, for a quiz of the banks ({@link QuizBank}), a block with only its {@code id}.
 */
public record Quiz(String title, List<Question> questions) {
  static final Set<String> KEYS = Set.of("title", "questions");
  static final Set<String> QUESTION = Set.of("question", "choices", "multiple", "explanation");
  static final Set<String> CHOICE = Set.of("text", "correct");
  static final String EXAMPLE = "write `questions:` with `question`, `choices` (one marked `correct: true`) and, if you like, `explanation`";

  public Quiz {
    questions = List.copyOf(questions);
  }

  /**
   * A question; {@code multiple} is true when the reader may pick several choices. {@code
   * explanation} is null when the question has none: the feedback then says right or wrong only.
   */
  public record Question(Snippet prompt, boolean multiple, List<Choice> choices, Snippet explanation) {
    public Question {
      choices = List.copyOf(choices);
    }
  }

  public record Choice(Snippet text, boolean correct) {}

  /** Reads a quiz block; null when it cannot be used (every problem is reported). */
  public static Quiz parse(DirectiveCall call, Diagnostics diagnostics) {
    return parse(call, QuizBank.EMPTY, diagnostics);
  }

  /** Reads a quiz block, which may name a quiz of the banks by its {@code id}. */
  static Quiz parse(DirectiveCall call, QuizBank bank, Diagnostics diagnostics) {
    Diagnostics diags = new Diagnostics();
    Quiz quiz = read(call, bank, diags);
    diagnostics.addAll(diags.sorted());
    return diags.hasErrors() ? null : quiz;
  }

  private static Quiz read(DirectiveCall call, QuizBank bank, Diagnostics diags) {
    YamlFields f = DirectiveYaml.read(call, diags, EXAMPLE);
    if (f == null) {
      return null;
    }
    if (f.has("id")) {
      f.rejectUnknownKeys(Set.of("id"), "a quiz block that names a quiz of the banks");
      String id = f.string("id", "").strip();
      QuizBank.Entry e = bank.get(id);
      if (e == null) {
        String near = bank.closest(id);
        Diagnostic d = Diagnostic.error("directive.quiz", f.span(f.map().get("id")), "no quiz `" + id + "` in the quiz banks (`content/" + QuizBank.FOLDER + "*.yaml`)");
        diags.add(d.withHint(near != null ? "did you mean `" + near + "`?" : bank.isEmpty() ? "there are no quiz banks; `handbook import quiz FILE.json` makes one" : null));
        return null;
      }
      return e.quiz();
    }
    f.rejectUnknownKeys(KEYS, "a quiz");
    return read(call, f, diags);
  }

  /**
   * Reads a quiz from its map (a block's, or one of a quiz bank's), whose keys are checked by
   * the caller. {@code call} gives the text the map's values stand in.
   */
  static Quiz read(DirectiveCall call, YamlFields f, Diagnostics diags) {
    String code = "directive.quiz";
    String title = f.string("title", null);
    YamlNode qs = f.map().get("questions");
    if (!(qs instanceof YamlNode.Seq seq) || seq.items().isEmpty()) {
      if (qs == null) {
        f.requiredString("questions", "a quiz");
      } else if (qs instanceof YamlNode.Seq) {
        diags.add(Diagnostic.error(code, f.span(qs), "a quiz needs at least one question"));
      } else {
        f.typeError("questions", qs, "a list of questions");
      }
      return null;
    }
    List<Question> questions = new ArrayList<>();
    for (YamlNode item : seq.items()) {
      if (!(item instanceof YamlNode.Mapping m)) {
        diags.add(Diagnostic.error(code, f.span(item), "a question must be a map, found " + item.describe()).withHint(EXAMPLE));
        continue;
      }
      Question q = question(call, new YamlFields(m, f.file(), diags, code), code);
      if (q != null) {
        questions.add(q);
      }
    }
    return new Quiz(title, questions);
  }

  private static Question question(DirectiveCall call, YamlFields q, String code) {
    q.rejectUnknownKeys(QUESTION, "a quiz question");
    Snippet prompt = DirectiveYaml.text(call, q, "question", "a quiz question", code);
    Snippet explanation = q.has("explanation") ? DirectiveYaml.text(call, q, "explanation", "a quiz question", code) : null;
    boolean explanationBroken = q.has("explanation") && explanation == null;
    YamlNode cs = q.map().get("choices");
    List<Choice> choices = new ArrayList<>();
    if (cs == null) {
      q.requiredString("choices", "a quiz question");
    } else if (!(cs instanceof YamlNode.Seq seq)) {
      q.typeError("choices", cs, "a list");
    } else {
      for (YamlNode c : seq.items()) {
        Choice choice = choice(call, q, c, code);
        if (choice != null) {
          choices.add(choice);
        }
      }
      if (seq.items().size() < 2) {
        q.diagnostics().add(Diagnostic.error(code, q.span(cs), "a question needs at least two choices"));
      }
    }
    long correct = choices.stream().filter(Choice::correct).count();
    boolean multiple = q.has("multiple") ? q.bool("multiple", false) : correct > 1;
    if (cs instanceof YamlNode.Seq && choices.size() >= 2 && correct == 0) {
      q.diagnostics().add(
          Diagnostic.error(code, q.span(cs), "no choice is marked `correct: true`").withHint("mark the right answer as `{text: ..., correct: true}`"));
    }
    if (!multiple && correct > 1) {
      q.diagnostics().add(
          Diagnostic.error(code, q.span(q.map().get("multiple")), "`multiple: false`, but " + correct + " choices are correct")
              .withHint("remove `multiple: false`, or mark one choice correct"));
    }
    return prompt == null || explanationBroken ? null : new Question(prompt, multiple, choices, explanation);
  }

  private static Choice choice(DirectiveCall call, YamlFields q, YamlNode c, String code) {
    if (c instanceof YamlNode.Scalar s && s.type() != YamlNode.Scalar.Type.NULL) {
      if (s.value().isBlank()) {
        q.diagnostics().add(Diagnostic.error(code, q.span(c), "a choice is empty"));
        return null;
      }
      return new Choice(DirectiveYaml.snippet(call, s, q.file()), false);
    }
    if (c instanceof YamlNode.Mapping m) {
      YamlFields f = new YamlFields(m, q.file(), q.diagnostics(), code);
      f.rejectUnknownKeys(CHOICE, "a quiz choice");
      Snippet text = DirectiveYaml.text(call, f, "text", "a quiz choice", code);
      boolean correct = f.bool("correct", false);
      return text == null ? null : new Choice(text, correct);
    }
    q.diagnostics().add(Diagnostic.error(code, q.span(c), "a choice must be a text or a map with `text` and `correct`, found " + c.describe()));
    return null;
  }
}
