package handbook.course;

import handbook.cache.Keys;
import handbook.cache.ValueCodecs;
import handbook.content.ContentKind;
import handbook.content.Fact;
import handbook.content.LoadInput;
import handbook.content.Loaded;
import handbook.content.NoSettings;
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
 * module and per lesson, each module's print view, and the {@code quiz}, {@code exercise} and
 * {@code video} directives (usable in any Markdown page).
 */
public final class CourseKind implements ContentKind<NoSettings> {
  @Override
  public String name() {
    return "course";
  }

  @Override
  public boolean claims(String path) {
    return path.startsWith(Course.ROOT) && path.endsWith(".md");
  }

  @Override
  public NoSettings settings(YamlFields section, SiteSettings site, Diagnostics diags) {
    if (section != null) {
      section.rejectUnknownKeys(Set.of(), "`course`");
    }
    return NoSettings.INSTANCE;
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
  public Loaded load(LoadInput in, NoSettings settings) {
    Loaded.Builder out = Loaded.builder().directive(new QuizDirective()).directive(new ExerciseDirective()).directive(new VideoDirective());
    List<SourceFile> files = in.sources();
    if (files.isEmpty()) {
      return out.build();
    }
    String env = "course-1|" + in.markdown().environment();
    CourseReader.Result r =
        new CourseReader((file, split) -> compile(in, file, split, RenderOptions.DEFAULT, env), in.diagnostics()).read(files);
    Course course = r.course();
    if (course == null) {
      return out.build();
    }
    // every course page shows the outline of the whole course: any course file can change it
    Keys.Builder all = new Keys.Builder().add(env);
    files.forEach(f -> all.add(f.path()).add(f.text()));
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
        out.fact(Fact.simple("lessons", page.info().url(), m.title() + ": " + page.info().title(), page.info().url(), Keys.of(f.text())));
      }
      out.page(new PrintPage(course, m, docs.get(m.source()), print, in.markdown(), t, fingerprint));
    }
    return out.build();
  }

  private static RenderedMarkdown compile(LoadInput in, SourceFile file, FrontMatter split, RenderOptions options, String env) {
    String namespace = "course-body";
    String environment = env + "|" + options;
    return in.memo().get(namespace, file, environment, ValueCodecs.MARKDOWN,
        () -> in.markdown().compile(split.body(), file.displayPath(), split.bodyFirstLine(), options));
  }
}
