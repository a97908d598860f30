package handbook.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import handbook.diag.DiagnosticPrinter;
import handbook.diag.Diagnostics;
import handbook.source.SourceFile;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ChecklistParserTest {
  static String errors(String yaml) {
    Diagnostics d = new Diagnostics();
    SourceFile f = SourceFile.of("checklist.yaml", yaml);
    new ChecklistParser().parse(f, d);
    DiagnosticPrinter p = new DiagnosticPrinter(path -> path.equals(f.displayPath()) ? yaml : null);
    return d.sorted().stream().map(p::format).collect(Collectors.joining());
  }

  @Test
  void aValidFileHasNoErrors() {
    assertEquals(
        "",
        errors(
            """
            title: T
            categories:
              - id: backup
                title: Backup
                priority: kritisk
                items:
                  - {id: daily, title: Daglig, status: done, weight: 2, due: 2026-12-01}
            roadmap:
              - id: fase-1
                title: Fase 1
                weeks:
                  - week: 1
                    items:
                      - {id: r1, title: Backup, refs: [daily]}
            success_criteria:
              - {id: c1, title: Backup testet, refs: [daily]}
              - {id: c2, title: Betabrukere, status: todo}
            """));
  }

  @Test
  void unknownKeyBadStatusDuplicateIdAndDanglingRefAreReportedWhole() {
    assertEquals(
        """
        content/checklist.yaml:5:5: error[checklist.unknown-key]: unknown key `prioritet` in a category
         5 |     prioritet: kritisk
           |     ^
           = hint: did you mean `priority`?
        content/checklist.yaml:7:44: error[checklist.status]: status `doen` is not one of todo, in-progress, done
         7 |       - {id: daily, title: Daglig, status: doen}
           |                                            ^
           = hint: did you mean `done`?
        content/checklist.yaml:8:14: error[checklist.duplicate-id]: id `daily` is used twice
         8 |       - {id: daily, title: Igjen, status: todo}
           |              ^
           = hint: it is first used on line 7
        content/checklist.yaml:15:39: error[checklist.ref]: `r1` refers to `dayly`, which no item has as its id
         15 |           - {id: r1, title: X, refs: [dayly]}
            |                                       ^
            = hint: did you mean `daily`?
        """,
        errors(
            """
            title: T
            categories:
              - id: backup
                title: Backup
                prioritet: kritisk
                items:
                  - {id: daily, title: Daglig, status: doen}
                  - {id: daily, title: Igjen, status: todo}
            roadmap:
              - id: fase-1
                title: F
                weeks:
                  - week: 1
                    items:
                      - {id: r1, title: X, refs: [dayly]}
            """));
  }

  @Test
  void anItemNeedsAStatus() {
    assertEquals(
        """
        content/checklist.yaml:6:9: error[checklist.status]: item `x` has no status
         6 |       - {id: x, title: X}
           |         ^
           = hint: add `status: todo` (or in-progress, done)
        """,
        errors(
            """
            title: T
            categories:
              - id: a
                title: A
                items:
                  - {id: x, title: X}
            """));
  }

  @Test
  void aSuccessCriterionWithRefsTakesItsProgressFromThemNotFromAStatus() {
    assertEquals(
        """
        content/checklist.yaml:8:39: error[checklist.status]: item `c1` has both a status and refs
         8 |   - {id: c1, title: Revisjon, status: todo, refs: [x]}
           |                                       ^
           = hint: its progress comes from the items in `refs`; remove `status`
        content/checklist.yaml:9:5: error[checklist.status]: success criterion `c2` has no status
         9 |   - {id: c2, title: Beta}
           |     ^
           = hint: add `status: todo` (or in-progress, done), or `refs:` to the items it covers
        """,
        errors(
            """
            title: T
            categories:
              - id: a
                title: A
                items:
                  - {id: x, title: X, status: done}
            success_criteria:
              - {id: c1, title: Revisjon, status: todo, refs: [x]}
              - {id: c2, title: Beta}
            """));
  }

  @Test
  void estimatedNamesOnlyValuesTheItemHas() {
    assertEquals(
        """
        content/checklist.yaml:6:64: error[checklist.estimated]: `estimated` names `owner`, but item `x` has no `owner`
         6 |       - {id: x, title: X, status: done, weight: 2, estimated: [owner, weight]}
           |                                                                ^
           = hint: set `owner:` on the item, or remove it from `estimated`
        content/checklist.yaml:7:53: error[checklist.estimated]: `estimated` names `staus`, which is not one of status, weight, owner, due
         7 |       - {id: y, title: Y, status: todo, estimated: [staus], added: true}
           |                                                     ^
           = hint: did you mean `status`?
        """,
        errors(
            """
            title: T
            categories:
              - id: a
                title: A
                items:
                  - {id: x, title: X, status: done, weight: 2, estimated: [owner, weight]}
                  - {id: y, title: Y, status: todo, estimated: [staus], added: true}
            """));
  }

  @Test
  void originalAddedAndEstimatedAreRead() {
    Diagnostics d = new Diagnostics();
    Checklist c =
        new ChecklistParser()
            .parse(
                SourceFile.of(
                    "checklist.yaml",
                    """
                    title: T
                    source: Fra *kilden*.
                    categories:
                      - id: a
                        title: Feilhåndtering
                        original: Error Handling
                        items:
                          - {id: x, title: Enhetstester, original: Unit tests, status: done, weight: 2, estimated: [status, weight]}
                          - {id: y, title: Lastbalansering, status: todo, added: true}
                    """),
                d);
    assertEquals(java.util.List.of(), d.sorted());
    assertEquals("Fra *kilden*.", c.source());
    assertEquals("Error Handling", c.categories().get(0).original());
    Item x = c.categories().get(0).items().get(0);
    assertEquals("Unit tests", x.original());
    assertEquals(java.util.List.of("status", "weight"), x.estimated());
    assertEquals(false, x.added());
    assertEquals(true, c.categories().get(0).items().get(1).added());
  }
}
