package handbook.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import handbook.diag.Diagnostic;
import handbook.diag.Diagnostics;
import handbook.diag.Span;
import handbook.markdown.DirectiveCall;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The quiz, exercise and video blocks read from strings, with every error as printed. */
class DirectiveParseTest {
  static final String FILE = "content/course/01-a/01-x.md";
  private final Diagnostics diags = new Diagnostics();

  /** A block whose fence is on line 10, so its body starts on line 11. */
  static DirectiveCall call(String name, String body) {
    return new DirectiveCall(name, body, Span.at(FILE, 10, 1), 11, 0);
  }

  private List<String> messages() {
    List<String> out = new ArrayList<>();
    for (Diagnostic d : diags.sorted()) {
      out.add(d.headline() + (d.hint() == null ? "" : " = hint: " + d.hint()));
    }
    return out;
  }

  @Test
  void quizWithSingleAndMultipleChoice() {
    Quiz q =
        Quiz.parse(
            call(
                "quiz",
                """
                title: Selvtest
                questions:
                  - question: Hvor lagres brukerne?
                    choices:
                      - Redis
                      - {text: PostgreSQL, correct: true}
                    explanation: I databasen.
                  - question: Hvilke to?
                    choices:
                      - {text: A, correct: true}
                      - {text: B, correct: true}
                      - C
                    explanation: |
                      A og B.
                  - question: Én riktig, men flere kan velges
                    multiple: true
                    choices: [X, {text: Y, correct: true}]
                    explanation: Y.
                """),
            diags);
    assertEquals(List.of(), messages());
    assertEquals("Selvtest", q.title());
    assertEquals(List.of(false, true, true), q.questions().stream().map(Quiz.Question::multiple).toList());
    Quiz.Question first = q.questions().get(0);
    assertEquals(List.of("Redis", "PostgreSQL"), first.choices().stream().map(c -> c.text().markdown()).toList());
    assertEquals(List.of(false, true), first.choices().stream().map(Quiz.Choice::correct).toList());
    assertEquals(new Snippet("Hvor lagres brukerne?", FILE, 13, 15, false), first.prompt());
    assertEquals(new Snippet("A og B.\n", FILE, 24, 18, true), q.questions().get(1).explanation());
  }

  @Test
  void anExplanationIsOptional() {
    Quiz q = Quiz.parse(call("quiz", "questions:\n  - question: Hvor?\n    choices: [A, {text: B, correct: true}]\n"), diags);
    assertEquals(List.of(), messages());
    assertNull(q.questions().get(0).explanation());
  }

  @Test
  void quizErrorsAreAtTheirLines() {
    Quiz q =
        Quiz.parse(
            call(
                "quiz",
                """
                questions:
                  - question: Ingen riktige?
                    choices: [A, B]
                    explanation: Ingen.
                  - question: For få valg
                    choices: [{text: A, correct: true}]
                    explanation: x
                  - question: Flere riktige
                    multiple: false
                    choices: [{text: A, correct: true}, {text: B, correct: true}]
                    explanation: ""
                  - spørsmål: Feil nøkkel
                    choices: [A, {text: B, correct: true}]
                    explanation: x
                  - Bare tekst
                """),
            diags);
    assertNull(q);
    assertEquals(
        List.of(
            "content/course/01-a/01-x.md:13:14: error[directive.quiz]: no choice is marked `correct: true`"
                + " = hint: mark the right answer as `{text: ..., correct: true}`",
            "content/course/01-a/01-x.md:16:14: error[directive.quiz]: a question needs at least two choices",
            "content/course/01-a/01-x.md:19:15: error[directive.quiz]: `multiple: false`, but 2 choices are correct"
                + " = hint: remove `multiple: false`, or mark one choice correct",
            "content/course/01-a/01-x.md:21:18: error[directive.quiz]: `explanation` is empty",
            "content/course/01-a/01-x.md:22:5: error[directive.quiz.missing-key]: missing key `question` in a quiz question",
            "content/course/01-a/01-x.md:22:5: error[directive.quiz.unknown-key]: unknown key `spørsmål` in a quiz question"
                + " = hint: known keys: choices, explanation, multiple, question",
            "content/course/01-a/01-x.md:25:5: error[directive.quiz]: a question must be a map, found a string"
                + " = hint: write `questions:` with `question`, `choices` (one marked `correct: true`) and, if you like, `explanation`"),
        messages());
  }

  @Test
  void quizThatIsNoMapOrHasNoQuestions() {
    assertNull(Quiz.parse(call("quiz", "- bare en liste\n"), diags));
    assertNull(Quiz.parse(call("quiz", "title: Tom\nquestions: []\n"), diags));
    assertNull(Quiz.parse(call("quiz", "questions: [\n"), diags));
    assertEquals(
        List.of(
            "content/course/01-a/01-x.md:11:1: error[directive.quiz]: a quiz block must be a YAML map, found a list"
                + " = hint: write `questions:` with `question`, `choices` (one marked `correct: true`) and, if you like, `explanation`",
            "content/course/01-a/01-x.md:11:13: error[directive.quiz]: invalid YAML: while parsing a flow node: expected the node content, but found '<stream end>'",
            "content/course/01-a/01-x.md:12:12: error[directive.quiz]: a quiz needs at least one question"),
        messages());
  }

  @Test
  void exerciseNeedsTitleTaskAndExpected() {
    Exercise e = Exercise.parse(call("exercise", "title: Ta backup\nduration: 10 min\ntask: Kjør `pg_dump`.\nexpected: En fil.\n"), diags);
    assertEquals(List.of(), messages());
    assertEquals("Ta backup", e.title());
    assertEquals(10, e.minutes());
    assertEquals("Kjør `pg_dump`.", e.task().markdown());
    assertNull(Exercise.parse(call("exercise", "title: Uten resultat\nduration: snart\ntask: Gjør noe.\nhint: x\n"), diags));
    assertEquals(
        List.of(
            "content/course/01-a/01-x.md:11:1: error[directive.exercise.missing-key]: missing key `expected` in an exercise",
            "content/course/01-a/01-x.md:12:11: error[directive.exercise]: `duration` `snart` is not a duration"
                + " = hint: write it like `2 t`, `90 min` or `1 t 30 min`",
            "content/course/01-a/01-x.md:14:1: error[directive.exercise.unknown-key]: unknown key `hint` in an exercise"
                + " = hint: known keys: duration, expected, task, title"),
        messages());
  }

  @Test
  void videoIsALocalFileOrAnHttpsAddress() {
    Video local = Video.parse(call("video", "title: Deploy\nsrc: media/deploy.mp4\nposter: media/deploy.jpg\ncaptions: media/deploy.vtt\n"), diags);
    Video external = Video.parse(call("video", "title: Deploy\nurl: https://www.youtube.com/watch?v=abc\nduration: 6 min\n"), diags);
    assertEquals(List.of(), messages());
    assertEquals(false, local.external());
    assertEquals("media/deploy.mp4", local.src());
    assertEquals(true, external.external());
    assertEquals("youtube.com", external.host());
    assertEquals(6, external.minutes());
  }

  @Test
  void videoErrors() {
    assertNull(Video.parse(call("video", "title: Ingen kilde\n"), diags));
    assertNull(Video.parse(call("video", "title: Begge\nsrc: a.mp4\nurl: https://x.example/v\n"), diags));
    assertNull(Video.parse(call("video", "title: Http\nurl: http://x.example/v\ncaptions: a.vtt\n"), diags));
    assertNull(Video.parse(call("video", "title: Side\nsrc: ../../docs/drift.md\nposter: bilde.pdf\n"), diags));
    assertNull(Video.parse(call("video", "title: Ekstern src\nsrc: https://x.example/v.mp4\n"), diags));
    assertEquals(
        List.of(
            "content/course/01-a/01-x.md:10:1: error[directive.video]: a video needs `src` or `url`"
                + " = hint: `src` is a video file in content/, `url` a video on another site",
            "content/course/01-a/01-x.md:12:6: error[directive.video]: `src` must be a file in content/, not `https://x.example/v.mp4`"
                + " = hint: use `url:` for a video on another site",
            "content/course/01-a/01-x.md:12:6: error[directive.video]: `src` must be a video file (.m4v, .mov, .mp4, .ogg, .ogv, .webm), not `../../docs/drift.md`",
            "content/course/01-a/01-x.md:12:6: error[directive.video]: `url` must be an https address, not `http://x.example/v`",
            "content/course/01-a/01-x.md:13:6: error[directive.video]: a video has both `src` and `url`"
                + " = hint: `src` is a video file in content/, `url` a video on another site",
            "content/course/01-a/01-x.md:13:9: error[directive.video]: `poster` must be an image file in content/ (.avif, .gif, .jpeg, .jpg, .png, .svg, .webp), not `bilde.pdf`",
            "content/course/01-a/01-x.md:13:11: error[directive.video]: `captions` only go with a local video (`src`)"
                + " = hint: the other site shows its own captions"),
        messages());
  }

  @Test
  void aCodeBlockThatClosedTheBlockEarlyIsNamed() {
    // Markdown ended the outer ```exercise at the inner block's closing fence: the body ends inside ```bash
    assertNull(Exercise.parse(call("exercise", "title: Se fordelingen\ntask: |\n  Kjør:\n\n  ```bash\n  tail -n 5 logg\n"), diags));
    assertEquals(
        List.of(
            "content/course/01-a/01-x.md:15:1: error[directive.exercise]: a code block inside the exercise block ends it early"
                + " = hint: fence the exercise block with four backticks (````exercise … ````) so inner ``` blocks stay inside"),
        messages());
  }
}
