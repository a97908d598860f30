package handbook.runbooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReviewTest {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

  @Test
  void aRunbookIsFreshUpToTheLastDayOfItsInterval() {
    Review r = Review.of(LocalDate.of(2026, 5, 30), 180, TODAY);
    assertEquals(180, r.ageDays());
    assertEquals(LocalDate.of(2026, 11, 26), r.due());
    assertFalse(r.stale());
    assertEquals(0, r.overdueDays());
  }

  @Test
  void aRunbookIsStaleTheDayAfter() {
    Review r = Review.of(LocalDate.of(2026, 5, 29), 180, TODAY);
    assertEquals(181, r.ageDays());
    assertTrue(r.stale());
    assertEquals(1, r.overdueDays());
  }

  @Test
  void itsOwnIntervalDecides() {
    assertTrue(Review.of(LocalDate.of(2026, 8, 1), 90, TODAY).stale());
    assertFalse(Review.of(LocalDate.of(2026, 8, 1), 365, TODAY).stale());
  }

  @Test
  void aReviewAfterTheBuildDateIsNotStaleButFlagged() {
    Review r = Review.of(LocalDate.of(2026, 12, 1), 180, TODAY);
    assertTrue(r.inFuture());
    assertFalse(r.stale());
  }
}
