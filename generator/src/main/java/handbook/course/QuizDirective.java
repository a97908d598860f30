package handbook.course;

import handbook.content.Directive;
import handbook.content.ResolveContext;
import handbook.markdown.DirectiveCall;
import handbook.markdown.MarkdownEngine;
import java.util.ArrayList;
import java.util.List;

/** The {@code quiz} block: questions with their answers in a {@code <details>}; course.js adds feedback. */
final class QuizDirective implements Directive {
  private final QuizBank bank;

  QuizDirective(QuizBank bank) {
    this.bank = bank;
  }

  @Override
  public String name() {
    return "quiz";
  }

  @Override
  public String expand(DirectiveCall call, ResolveContext ctx) {
    Quiz quiz = Quiz.parse(call, bank, ctx.diagnostics());
    if (quiz == null) {
      return null;
    }
    MarkdownEngine md = ctx.markdown();
    String id = DirectiveYaml.id("quiz", call);
    List<EmbedViews.QuestionView> questions = new ArrayList<>();
    int n = 0;
    for (Quiz.Question q : quiz.questions()) {
      n++;
      String qid = id + "-" + n;
      List<EmbedViews.ChoiceView> choices = new ArrayList<>();
      List<String> answers = new ArrayList<>();
      int c = 0;
      for (Quiz.Choice choice : q.choices()) {
        c++;
        String html = choice.text().inlineHtml(md, ctx);
        choices.add(new EmbedViews.ChoiceView(qid + "-" + c, html, choice.correct()));
        if (choice.correct()) {
          answers.add(html);
        }
      }
      String explanation = q.explanation() == null ? null : q.explanation().html(md, ctx);
      questions.add(new EmbedViews.QuestionView(qid, n, q.prompt().inlineHtml(md, ctx), q.multiple(), choices, answers, explanation));
    }
    String title = quiz.title() == null ? ctx.strings().get("course.quiz.title") : quiz.title();
    boolean explained = quiz.questions().stream().anyMatch(q -> q.explanation() != null);
    return ctx.render("embeds/quiz", new EmbedViews.QuizView(id, title, explained, questions, ctx.strings()));
  }
}
