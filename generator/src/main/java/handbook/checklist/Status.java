package handbook.checklist;

import java.util.Arrays;
import java.util.List;

/** Where an item stands. In-progress counts half. */
public enum Status {
  TODO("todo", 0.0),
  IN_PROGRESS("in-progress", 0.5),
  DONE("done", 1.0);

  private final String key;
  private final double credit;

  Status(String key, double credit) {
    this.key = key;
    this.credit = credit;
  }

  public String key() {
    return key;
  }

  /** The share of an item's weight it earns. */
  public double credit() {
    return credit;
  }

  public static Status of(String key) {
    return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst().orElse(null);
  }

  public static List<String> keys() {
    return Arrays.stream(values()).map(Status::key).toList();
  }

  /** The status that a share of earned weight stands for. */
  public static Status ofFraction(double f) {
    return f >= 1.0 ? DONE : f > 0 ? IN_PROGRESS : TODO;
  }
}
