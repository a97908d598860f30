package handbook.checklist;

import java.util.List;
import java.util.Map;

/**
 * The whole of {@code content/checklist.yaml}. {@code source} (Markdown, may be empty) says where
 * the checklist comes from; {@code original} fields keep the source's own wording of a title.
 */
public record Checklist(
    String title,
    String subtitle,
    String estimate,
    String source,
    List<Threshold> thresholds,
    List<Category> categories,
    List<Phase> roadmap,
    List<QuickWin> quickWins,
    List<PlanBlock> plan,
    List<Item> successCriteria,
    Map<String, String> summary) {

  /** A status label for scores of at least {@code min} per cent. */
  public record Threshold(double min, String label, String level) {}

  /** A row of the score table, with the critical problem it comes from. */
  public record Category(
      String id,
      String title,
      String priority,
      String baseline,
      String problem,
      String risk,
      String impact,
      String time,
      String original,
      List<Item> items) {}

  /** A roadmap phase. */
  public record Phase(String id, String title, String original, String duration, String goal, String deliverable, List<Week> weeks) {}

  public record Week(int week, List<Item> items) {}

  /** A quick win: Markdown text, and the items it advances. */
  public record QuickWin(String id, String title, String original, String time, String text, List<String> refs) {}

  public record PlanBlock(String title, List<String> steps) {}

  /** Every item with an id: category items, roadmap items, success criteria. */
  public Map<String, Item> itemsById() {
    Map<String, Item> m = new java.util.LinkedHashMap<>();
    for (Category c : categories) {
      c.items().forEach(i -> m.put(i.id(), i));
    }
    for (Phase p : roadmap) {
      for (Week w : p.weeks()) {
        w.items().forEach(i -> m.put(i.id(), i));
      }
    }
    successCriteria.forEach(i -> m.put(i.id(), i));
    return m;
  }
}
