package handbook.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.cli.Main;
import handbook.diag.Diagnostic;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code handbook import quiz}: a real quiz bank of the question / answerOptions / isCorrect
 * shape (Web-Dev-For-Beginners' Turkish quizzes, MIT) becomes a Handbook quiz bank.
 */
class QuizImportTest {
  static final Path TR = Path.of("src/test/resources/corpus/course/web-dev-for-beginners/quiz-app/src/assets/translations/tr.json");

  @TempDir Path tmp;

  @Test
  void aRealBankBecomesQuizzesByIdWithTheirRightAnswersMarked() throws IOException {
    QuizImport.Result r = QuizImport.convert(Files.readString(TR), "tr.json", QuizImport.Format.ANSWER_OPTIONS, "webdev-", "tr.json");
    assertEquals(List.of(), r.diagnostics().sorted());
    assertEquals(2, r.quizzes());
    assertEquals(6, r.questions());
    assertTrue(
        r.yaml().contains(
            """
              - id: "webdev-1"
                title: "Ders 1 - Programlama Dillerine Giriş: Ders Öncesi Testi"
                questions:
                  - question: "Bir program, yaratıcısı herhangi bir kod yazmadan oluşturulabilir"
                    choices:
                      - {text: "doğru", correct: true}
                      - "yanlış"
            """),
        r.yaml());
    assertTrue(r.yaml().contains("  - id: \"webdev-2\"\n"), r.yaml());
    assertEquals(r.yaml(), QuizImport.convert(Files.readString(TR), "tr.json", QuizImport.Format.ANSWER_OPTIONS, "webdev-", "tr.json").yaml(), "the same input gives the same bank");
  }

  @Test
  void booleansExplanationsAndSeveralRightAnswersAreCarriedOverAndUnusableQuestionsLeftOutWithAWarning() {
    String json =
        """
        {"quizzes": [{"id": "a", "quiz": [
          {"question": "To?", "answers": [{"text": "A", "correct": true}, {"text": "B", "correct": true}, {"text": "C"}], "explanation": "A og B."},
          {"questionText": "Ingen riktige?", "answerOptions": [{"answerText": "X", "isCorrect": false}, {"answerText": "Y", "isCorrect": "false"}]}
        ]}]}
        """;
    QuizImport.Result r = QuizImport.convert(json, "bank.json", QuizImport.Format.ANSWER_OPTIONS, "", "bank.json");
    assertEquals(
        """
          - id: "a"
            questions:
              - question: "To?"
                multiple: true
                choices:
                  - {text: "A", correct: true}
                  - {text: "B", correct: true}
                  - "C"
                explanation: "A og B."
        """,
        r.yaml().substring(r.yaml().indexOf("  - id:")));
    assertEquals(
        List.of("bank.json: warning[quiz.import]: quiz `a`, question 2 has no answer marked correct; it is left out"),
        r.diagnostics().sorted().stream().map(Diagnostic::headline).toList());
  }

  @Test
  void brokenJsonIsAnErrorAtItsLineAndAFileOfAnotherShapeSaysWhatShapeIsRead() {
    QuizImport.Result broken = QuizImport.convert("[\n  {\"quizzes\": [\n  }\n]", "b.json", QuizImport.Format.ANSWER_OPTIONS, "", "b.json");
    assertNull(broken.yaml());
    assertTrue(broken.diagnostics().sorted().get(0).headline().startsWith("b.json:3:3: error[quiz.json]: not JSON: "), broken.diagnostics().sorted().toString());
    QuizImport.Result other = QuizImport.convert("{\"questions\": [{\"q\": \"x\"}]}", "o.json", QuizImport.Format.ANSWER_OPTIONS, "", "o.json");
    assertNull(other.yaml());
    assertEquals(
        "o.json: error[quiz.json]: no quizzes of the `answer-options` shape: no `quiz` lists of questions with `answerOptions`",
        other.diagnostics().sorted().get(0).headline());
  }

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void theCommandWritesTheBankAndRefusesToReplaceOneOrToGuessAFormat() throws IOException {
    Path content = tmp.resolve("content");
    Run ok = run("import", "quiz", TR.toString(), "--format", "answer-options", "--content", content.toString(), "--name", "webdev", "--prefix", "webdev-");
    assertEquals(0, ok.exit(), ok.err());
    assertEquals("wrote " + content.resolve("quizzes/webdev.yaml") + ": 2 quizzes, 6 questions\n", ok.out());
    assertTrue(Files.readString(content.resolve("quizzes/webdev.yaml")).contains("id: \"webdev-2\""));

    Run again = run("import", "quiz", TR.toString(), "--format", "answer-options", "--content", content.toString(), "--name", "webdev");
    assertEquals(2, again.exit());
    assertTrue(again.err().contains("exists; give --force to replace it"), again.err());

    Run format = run("import", "quiz", TR.toString(), "--format", "kahoot", "--content", content.toString());
    assertEquals(2, format.exit());
    assertTrue(format.err().contains("unknown format `kahoot`; known: answer-options"), format.err());

    Run none = run("import", "quiz", TR.toString(), "--content", content.toString());
    assertEquals(2, none.exit());
    assertTrue(none.err().contains("Missing required option: '--format=FORMAT'"), none.err());
    assertFalse(Files.exists(content.resolve("quizzes/tr.yaml")));
  }
}
