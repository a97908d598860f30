package handbook.course;

import java.util.List;
import java.util.Map;

/** View records of the course's embeds (quiz, exercise, video) for {@code templates/embeds/}. */
public final class EmbedViews {
  private EmbedViews() {}

  /** A quiz; {@code explained} when any question has an explanation; {@code t} are the UI strings. */
  public record QuizView(String id, String title, boolean explained, List<QuestionView> questions, Map<String, String> t) {}

  /**
   * A question. {@code prompt}, choice texts and {@code explanation} (null when there is none) are
   * HTML; {@code answers} the HTML of the correct choices.
   */
  public record QuestionView(String id, int number, String prompt, boolean multiple, List<ChoiceView> choices, List<String> answers, String explanation) {}

  public record ChoiceView(String id, String html, boolean correct) {}

  /** An exercise; {@code task} and {@code expected} are HTML, {@code duration} may be empty. */
  public record ExerciseView(String id, String title, String duration, String task, String expected, Map<String, String> t) {}

  /**
   * A video: {@code src} (a local file, with optional {@code poster} and {@code captions}) or
   * {@code url} on {@code host}. Hrefs are relative to the page.
   */
  public record VideoView(
      String id, String title, String duration, String src, String poster, String captions, String language, String url, String host, Map<String, String> t) {}
}
