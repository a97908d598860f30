package handbook.course;

import handbook.cache.Keys;
import handbook.cache.ValueCodecs;
import handbook.content.ContentKind;
import handbook.content.Fact;
import handbook.content.LoadInput;
import handbook.content.Loaded;
import handbook.content.SiteSettings;
import handbook.diag.Diagnostics;
import handbook.markdown.RenderOptions;
import handbook.markdown.RenderedMarkdown;
import handbook.source.FrontMatter;
import handbook.source.SourceFile;
import handbook.yaml.YamlFields;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The course kind: reads {@code content/course/} and contributes the course page, a page per
 * module, per lesson and per other page of a module, each module's print view, and the
 * {@code quiz}, {@code exercise} and {@code video} directives (usable in any Markdown page),
 * with the quiz banks of {@code content/quizzes/} for quiz blocks that name a quiz by id.
 */
public final class CourseKind implements ContentKind<CourseSettings> {
  @Override
  public String name() {
    return "course";
  }

  @Override
  public boolean claims(String path) {
    return path.startsWith(Course.ROOT) && path.endsWith(".md") || QuizBank.isBank(path);
  }

  @Override
  public CourseSettings settings(YamlFields section, SiteSettings site, Diagnostics diags) {
    return CourseSettings.read(section);
  }

  @Override
  public Set<String> directiveNames() {
    return Set.of("quiz", "exercise", "video");
  }

  @Override
  public List<String> factGroups() {
    return List.of("lessons");
  }

  @Override
  public Loaded load(LoadInput in, CourseSettings settings) {
    QuizBank bank = QuizBank.read(in.sources().stream().filter(f -> QuizBank.isBank(f.path())).toList(), in.diagnostics());
    Loaded.Builder out = Loaded.builder().directive(new QuizDirective(bank)).directive(new ExerciseDirective()).directive(new VideoDirective());
    List<SourceFile> files = in.sources().stream().filter(f -> !QuizBank.isBank(f.path())).toList();
    if (files.isEmpty()) {
      return out.build();
    }
    String env = "course-3|" + in.markdown().environment();
    CourseReader.Result r =
        new CourseReader((file, split) -> compile(in, file, split, RenderOptions.withoutLeadingH1(), env), in.diagnostics(), settings).read(files);
    Course course = r.course();
    if (course == null) {
      return out.build();
    }
    // every course page shows the outline of the whole course: any course file can change it
    Keys.Builder all = new Keys.Builder().add(env).add(handbook.content.RecordText.of(settings));
    in.sources().forEach(f -> all.add(f.path()).add(f.text()));
    String fingerprint = all.build();
    Map<String, String> t = in.strings();
    Map<String, RenderedMarkdown> docs = r.docs();
    out.page(new OverviewPage(course, docs.get(course.source()), in.markdown(), t, fingerprint));
    Map<String, SourceFile> byPath = new HashMap<>();
    files.forEach(f -> byPath.put(f.path(), f));
    for (Course.Module m : course.modules()) {
      out.page(new ModulePage(course, m, docs.get(m.source()), in.markdown(), t, fingerprint));
      Map<String, RenderedMarkdown> print = new HashMap<>();
      for (Course.Lesson l : m.lessons()) {
        SourceFile f = byPath.get(l.source());
        print.put(l.source(), compile(in, f, FrontMatter.split(f.text()), PrintPage.options(l), env));
        LessonPage page = new LessonPage(course, m, l, docs.get(l.source()), in.markdown(), t, fingerprint);
        out.page(page);
        StringBuilder text = new StringBuilder(f.text());
        for (Course.Part p : l.parts()) {
          SourceFile pf = byPath.get(p.source());
          text.append('\u0000').append(p.source()).append('\u0000').append(pf.text());
          print.put(p.source(), compile(in, pf, FrontMatter.split(pf.text()), PrintPage.options(l, p), env));
          out.page(new PartPage(course, m, l, p, docs.get(p.source()), in.markdown(), t, fingerprint));
        }
        out.fact(Fact.simple("lessons", page.info().url(), m.title() + ": " + page.info().title(), page.info().url(), Keys.of(text.toString())));
      }
      for (Course.Part p : m.extras()) {
        out.page(new PartPage(course, m, null, p, docs.get(p.source()), in.markdown(), t, fingerprint));
      }
      out.page(new PrintPage(course, m, docs.get(m.source()), print, in.markdown(), t, fingerprint));
    }
    return out.build();
  }

  private static RenderedMarkdown compile(LoadInput in, SourceFile file, FrontMatter split, RenderOptions options, String env) {
    String namespace = "course-body";
    String environment = env + "|" + handbook.content.RecordText.of(options);
    handbook.markdown.Compiled c = in.memo().get(namespace, file, environment, ValueCodecs.COMPILED,
        () -> in.markdown().compiled(split.body(), file.displayPath(), split.bodyFirstLine(), options));
    c.warnings().forEach(in.diagnostics()::add);
    return c.markdown();
  }
}
