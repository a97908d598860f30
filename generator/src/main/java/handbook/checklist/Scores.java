package handbook.checklist;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * The arithmetic of readiness. A category scores {@code 10 × earned / total} where an item earns
 * its weight when done and half of it when in progress; scores are rounded half-up to one
 * decimal. The total is the sum of the rounded category scores out of {@code 10 × categories};
 * an empty category scores 0.
 */
public final class Scores {
  private Scores() {}

  /** Earned and total weight of some items. */
  public record Progress(double earned, double total) {
    public double fraction() {
      return total <= 0 ? 0 : earned / total;
    }

    /** The score of 10, rounded to one decimal. */
    public double score10() {
      return round1(10 * fraction());
    }

    /** The share in per cent, rounded to one decimal. */
    public double percent() {
      return round1(100 * fraction());
    }
  }

  /** The overall result. */
  public record Total(double points, int max, double percent, Checklist.Threshold status) {
    /** In the seed's form: {@code 14/80 (17.5%)}. */
    public String display() {
      return number(points) + "/" + max + " (" + number(percent) + "%)";
    }
  }

  /** The progress of items; an item with refs counts as the items it refers to. */
  public static Progress of(List<Item> items, Map<String, Item> byId) {
    double earned = 0;
    double total = 0;
    for (Item i : items) {
      Progress p = of(i, byId);
      earned += p.earned();
      total += p.total();
    }
    return new Progress(earned, total);
  }

  /**
   * An item's progress: its own status weighed by its weight, or, when it has refs (a roadmap
   * item or a success criterion), the summed progress of the category items it refers to.
   */
  public static Progress of(Item item, Map<String, Item> byId) {
    if (item.refs().isEmpty()) {
      Status s = item.status() == null ? Status.TODO : item.status();
      return new Progress(item.weight() * s.credit(), item.weight());
    }
    double earned = 0;
    double total = 0;
    for (String ref : item.refs()) {
      Item r = byId.get(ref);
      if (r != null && r != item && r.refs().isEmpty()) {
        Progress p = of(r, byId);
        earned += p.earned();
        total += p.total();
      }
    }
    return new Progress(earned, total);
  }

  /** The status an item shows: its own, or the one its refs add up to. */
  public static Status status(Item item, Map<String, Item> byId) {
    if (item.refs().isEmpty()) {
      return item.status() == null ? Status.TODO : item.status();
    }
    return Status.ofFraction(of(item, byId).fraction());
  }

  public static Total total(Checklist c) {
    Map<String, Item> byId = c.itemsById();
    double points = 0;
    for (Checklist.Category cat : c.categories()) {
      points += of(cat.items(), byId).score10();
    }
    points = round1(points);
    int max = 10 * c.categories().size();
    double percent = max == 0 ? 0 : round1(100 * points / max);
    return new Total(points, max, percent, threshold(c.thresholds(), percent));
  }

  /** The threshold with the highest minimum the percentage reaches. */
  public static Checklist.Threshold threshold(List<Checklist.Threshold> ts, double percent) {
    Checklist.Threshold best = null;
    for (Checklist.Threshold t : ts) {
      if (percent >= t.min() && (best == null || t.min() > best.min())) {
        best = t;
      }
    }
    return best;
  }

  public static double round1(double v) {
    return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).doubleValue();
  }

  /** {@code 14.0} → {@code 14}, {@code 17.5} → {@code 17.5}. */
  public static String number(double v) {
    double r = round1(v);
    return r == Math.rint(r) ? Long.toString((long) r) : BigDecimal.valueOf(r).setScale(1, RoundingMode.HALF_UP).toPlainString();
  }
}
