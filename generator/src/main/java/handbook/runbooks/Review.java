package handbook.runbooks;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Where a runbook stands with its review on a given day: it is stale once more days than its
 * interval have passed since {@code last_reviewed}.
 *
 * @param ageDays days from the last review to {@code today} (negative when reviewed "in the future")
 * @param due the last day it counts as reviewed
 */
public record Review(LocalDate lastReviewed, int intervalDays, LocalDate today, long ageDays, LocalDate due) {

  public static Review of(LocalDate lastReviewed, int intervalDays, LocalDate today) {
    return new Review(lastReviewed, intervalDays, today, ChronoUnit.DAYS.between(lastReviewed, today), lastReviewed.plusDays(intervalDays));
  }

  public boolean stale() {
    return ageDays > intervalDays;
  }

  /** True when {@code last_reviewed} is after the build date (a typo, or an old SOURCE_DATE_EPOCH). */
  public boolean inFuture() {
    return ageDays < 0;
  }

  /** Days past the due date (0 when not stale). */
  public long overdueDays() {
    return Math.max(0, ageDays - intervalDays);
  }
}
