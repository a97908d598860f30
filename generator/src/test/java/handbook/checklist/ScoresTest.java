package handbook.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoresTest {
  static Item item(String id, Status s, double weight) {
    return Item.of(id, id, s, weight, List.of());
  }

  static Item roadmap(String id, String... refs) {
    return Item.of(id, id, null, 1, List.of(refs));
  }

  static Checklist.Category category(String id, Item... items) {
    return new Checklist.Category(id, id, "kritisk", "", "", "", "", "", null, List.of(items));
  }

  static Checklist checklist(List<Checklist.Category> cats, List<Checklist.Phase> phases) {
    return new Checklist(
        "T", "", "", "",
        List.of(new Checklist.Threshold(90, "Klar", "ok"), new Checklist.Threshold(50, "Nesten", "warning"), new Checklist.Threshold(0, "Ikke klar", "critical")),
        cats, phases, List.of(), List.of(), List.of(), Map.of());
  }

  @Test
  void emptyCategoryScoresZero() {
    assertEquals(0.0, Scores.of(List.of(), Map.of()).score10());
    Scores.Total t = Scores.total(checklist(List.of(category("a")), List.of()));
    assertEquals("0/10 (0%)", t.display());
    assertEquals("Ikke klar", t.status().label());
  }

  @Test
  void allDoneScoresTen() {
    Checklist c = checklist(List.of(category("a", item("x", Status.DONE, 1), item("y", Status.DONE, 3)), category("b", item("z", Status.DONE, 2))), List.of());
    assertEquals("20/20 (100%)", Scores.total(c).display());
    assertEquals("Klar", Scores.total(c).status().label());
  }

  @Test
  void inProgressCountsHalfOfItsWeight() {
    // (2 done + 0.5 × 2 in progress) / (2 + 2 + 6) = 3 / 10 → 3/10
    Checklist.Category c = category("e", item("a", Status.DONE, 2), item("b", Status.IN_PROGRESS, 2), item("c", Status.TODO, 6));
    assertEquals(3.0, Scores.of(c.items(), Map.of()).score10());
  }

  @Test
  void scoresRoundHalfUpToOneDecimal() {
    // 1 of 3 → 3.333… → 3.3; 2 of 3 → 6.666… → 6.7
    assertEquals(3.3, Scores.of(List.of(item("a", Status.DONE, 1), item("b", Status.TODO, 2)), Map.of()).score10());
    assertEquals(6.7, Scores.of(List.of(item("a", Status.DONE, 2), item("b", Status.TODO, 1)), Map.of()).score10());
    // 0.5 × 1 / 8 = 0.0625 → 0.625 of 10 → 0.6; 9 of 40 → 2.25 → 2.3 (half up)
    assertEquals(0.6, Scores.of(List.of(item("a", Status.IN_PROGRESS, 1), item("b", Status.TODO, 7)), Map.of()).score10());
    assertEquals(2.3, Scores.of(List.of(item("a", Status.DONE, 9), item("b", Status.TODO, 31)), Map.of()).score10());
  }

  @Test
  void totalSumsRoundedCategoryScoresLikeTheSeed() {
    List<Checklist.Category> cats = new ArrayList<>();
    int[] seed = {0, 3, 0, 4, 0, 2, 3, 2};
    for (int i = 0; i < seed.length; i++) {
      cats.add(category("c" + i, item("d" + i, Status.DONE, seed[i] == 0 ? 0.0001 : seed[i]), item("t" + i, Status.TODO, 10 - seed[i])));
    }
    Scores.Total t = Scores.total(checklist(cats, List.of()));
    assertEquals("14/80 (17.5%)", t.display());
    assertEquals("critical", t.status().level());
  }

  @Test
  void roadmapItemsTakeTheirProgressFromTheirRefs() {
    Item a = item("a", Status.DONE, 1);
    Item b = item("b", Status.TODO, 1);
    Item r = roadmap("r", "a", "b");
    Checklist c = checklist(List.of(category("x", a, b)), List.of(new Checklist.Phase("p", "P", null, "", "", "", List.of(new Checklist.Week(1, List.of(r))))));
    assertEquals(50.0, Scores.of(r, c.itemsById()).percent());
    assertEquals(Status.IN_PROGRESS, Scores.status(r, c.itemsById()));
    assertEquals("50", new ChecklistViews(c, Map.of()).phase(c.roadmap().get(0), "", null).percent());
  }

  @Test
  void aSuccessCriterionWithRefsShowsTheProgressOfTheItemsItNames() {
    // weights 1 + 1 + 2 done of 10: 40 %, not the 0 % an unset status would give
    Item x = item("x", Status.DONE, 1);
    Item y = item("y", Status.DONE, 1);
    Item z = item("z", Status.DONE, 2);
    Item w = item("w", Status.TODO, 6);
    Item criterion = roadmap("audit", "x", "y", "z", "w");
    Map<String, Item> byId = Map.of("x", x, "y", y, "z", z, "w", w, "audit", criterion);
    assertEquals(40.0, Scores.of(criterion, byId).percent());
    assertEquals(Status.IN_PROGRESS, Scores.status(criterion, byId));
    Item allDone = roadmap("all", "x", "y");
    assertEquals(Status.DONE, Scores.status(allDone, Map.of("x", x, "y", y, "all", allDone)));
  }

  @Test
  void numbersFollowTheLanguagesDecimalMarkAndPercentSign() {
    Numbers nb = new Numbers(Map.of("checklist.decimal", ",", "checklist.percent", "{0} %"));
    Numbers en = new Numbers(Map.of());
    assertEquals("14/80 (17,5 %)", nb.total(14, 80, 17.5));
    assertEquals("14/80 (17.5%)", en.total(14, 80, 17.5));
    assertEquals("0,5", nb.number(0.5));
    assertEquals("40 %", nb.percent(40.0));
  }

  @Test
  void thresholdsPickTheHighestMinimumReached() {
    List<Checklist.Threshold> ts = checklist(List.of(), List.of()).thresholds();
    assertEquals("Ikke klar", Scores.threshold(ts, 49.9).label());
    assertEquals("Nesten", Scores.threshold(ts, 50).label());
    assertEquals("Klar", Scores.threshold(ts, 90).label());
  }
}
