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
              - {id: c1, title: Backup testet, status: todo, refs: [daily]}
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
}
