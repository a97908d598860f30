package handbook.content;

import java.util.Collection;
import java.util.List;

/**
 * One kind of content (docs, checklist, API reference, course, runbooks): it reads its sources
 * and contributes pages, link schemes, directives and extra files to the site. Adding a kind
 * adds a producer; the pipeline does not change.
 */
public interface ContentKind {
  /** Fenced-block directives this kind provides to every Markdown page. */
  default Collection<Directive> directives() {
    return List.of();
  }

  /** Reads this kind's sources; pages and problems go to the context. */
  void load(LoadContext ctx);
}
