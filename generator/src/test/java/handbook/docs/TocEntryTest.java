package handbook.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import handbook.markdown.Heading;
import java.util.List;
import org.junit.jupiter.api.Test;

class TocEntryTest {
  @Test
  void h3sBeforeTheFirstH2StandOnTheTopLevel() {
    List<TocEntry> toc =
        TocEntry.of(
            List.of(
                new Heading(1, "Title", "title", 1),
                new Heading(3, "Early", "early", 3),
                new Heading(3, "Also early", "also-early", 5),
                new Heading(2, "Part", "part", 7),
                new Heading(3, "Inside", "inside", 9),
                new Heading(4, "Deep", "deep", 11)));
    assertEquals(
        List.of(
            new TocEntry("early", "Early", List.of()),
            new TocEntry("also-early", "Also early", List.of()),
            new TocEntry("part", "Part", List.of(new TocEntry("inside", "Inside", List.of())))),
        toc);
  }

  @Test
  void headingsKeptOutAreNoEntries() {
    List<TocEntry> toc =
        TocEntry.of(
            List.of(
                new Heading(2, "Table of contents", "table-of-contents", 3, false),
                new Heading(2, "Part", "part", 7),
                new Heading(3, "Inside, kept out", "inside", 9, false),
                new Heading(3, "Listed", "listed", 11)));
    assertEquals(List.of(new TocEntry("part", "Part", List.of(new TocEntry("listed", "Listed", List.of())))), toc);
  }
}
