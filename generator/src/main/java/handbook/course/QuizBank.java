package handbook.course;

import handbook.diag.Diagnostic;
import handbook.diag.Diagnostics;
import handbook.diag.Span;
import handbook.diag.Suggest;
import handbook.markdown.DirectiveCall;
import handbook.source.SourceFile;
import handbook.yaml.YamlFields;
import handbook.yaml.YamlNode;
import handbook.yaml.YamlParser;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The quiz banks {@code content/quizzes/*.yaml}: quizzes by id, for a lesson to embed with a
 * {@code quiz} block that names one ({@code id: 3}). A bank is what {@code handbook import quiz}
 * writes:
 *
 * <pre>
 * quizzes:
 *   - id: "1"
 *     title: Lesson 1 - Pre-Lecture Quiz     # optional
 *     questions: [...]                       # as in a quiz block
 * </pre>
 */
public final class QuizBank {
  public static final String FOLDER = "quizzes/";
  static final Set<String> FILE_KEYS = Set.of("quizzes");
  static final Set<String> QUIZ_KEYS = Set.of("id", "title", "questions");

  /** A quiz of a bank and where it is written (for messages). */
  record Entry(Quiz quiz, Span span) {}

  private final Map<String, Entry> quizzes;

  private QuizBank(Map<String, Entry> quizzes) {
    this.quizzes = Map.copyOf(quizzes);
  }

  static final QuizBank EMPTY = new QuizBank(Map.of());

  /** Whether a content file is a quiz bank. */
  public static boolean isBank(String path) {
    return path.startsWith(FOLDER) && path.indexOf('/', FOLDER.length()) < 0 && (path.endsWith(".yaml") || path.endsWith(".yml"));
  }

  Entry get(String id) {
    return quizzes.get(id);
  }

  /** The id closest to a wrong one, for a hint. */
  String closest(String id) {
    return Suggest.closest(id, quizzes.keySet());
  }

  boolean isEmpty() {
    return quizzes.isEmpty();
  }

  /** Reads the banks; every problem is reported at its line, and a quiz with errors is left out. */
  static QuizBank read(List<SourceFile> files, Diagnostics diags) {
    Map<String, Entry> out = new TreeMap<>();
    YamlParser yaml = new YamlParser();
    for (SourceFile file : files) {
      String where = file.displayPath();
      YamlParser.Result r = yaml.parse(file.text(), where, 1);
      r.errors().forEach(diags::add);
      if (!r.ok()) {
        continue;
      }
      if (!(r.root() instanceof YamlNode.Mapping root)) {
        diags.add(Diagnostic.error("quiz.bank", Span.at(where, 1, 1), "a quiz bank must be a map with `quizzes`").withHint("write it with `handbook import quiz`, or as `quizzes: [{id: ..., questions: [...]}]`"));
        continue;
      }
      YamlFields f = new YamlFields(root, where, diags, "quiz");
      f.rejectUnknownKeys(FILE_KEYS, "a quiz bank");
      if (!(root.get("quizzes") instanceof YamlNode.Seq seq)) {
        if (root.get("quizzes") == null) {
          f.requiredString("quizzes", "a quiz bank");
        } else {
          f.typeError("quizzes", root.get("quizzes"), "a list of quizzes");
        }
        continue;
      }
      // the whole file stands in for the block the quizzes' texts are read from
      DirectiveCall call = new DirectiveCall("quiz", file.text(), Span.at(where, 1, 1), 1, 0);
      for (YamlNode item : seq.items()) {
        if (!(item instanceof YamlNode.Mapping m)) {
          diags.add(Diagnostic.error("quiz.bank", f.span(item), "a quiz must be a map with `id` and `questions`, found " + item.describe()));
          continue;
        }
        YamlFields q = new YamlFields(m, where, diags, "quiz");
        q.rejectUnknownKeys(QUIZ_KEYS, "a quiz of a bank");
        String id = q.requiredString("id", "a quiz of a bank");
        if (id == null) {
          continue;
        }
        id = id.strip();
        Span at = q.span(m.get("id"));
        Diagnostics own = new Diagnostics();
        Quiz quiz = Quiz.read(call, new YamlFields(m, where, own, "directive.quiz"), own);
        diags.addAll(own.sorted());
        if (quiz == null || own.hasErrors()) {
          continue;
        }
        Entry before = out.putIfAbsent(id, new Entry(quiz, at));
        if (before != null) {
          diags.add(Diagnostic.error("quiz.bank", at, "quiz id `" + id + "` is already used at `" + before.span() + "`").withHint("give each quiz of the banks its own id"));
        }
      }
    }
    return new QuizBank(out);
  }
}
