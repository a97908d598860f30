package handbook.build;

import handbook.content.Fact;
import handbook.content.PageContext;
import handbook.content.PageInfo;
import handbook.content.Urls;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * "What changed" in a version against the one before it: for every group of facts (docs pages,
 * API operations, course lessons, checklist items) what was added, removed and changed, with
 * breaking changes flagged.
 */
final class ChangesPage extends handbook.content.GeneratedPage {
  static final String URL = "changes/";

  /** One change. {@code href} is null when there is nothing to link to. */
  public record Change(String title, String href, String detail, boolean breaking) {}

  public record Group(String key, String title, List<Change> added, List<Change> removed, List<Change> changed) {}

  /** The view: this version, the one it is compared with (or null), and the groups. */
  public record ChangesView(String label, String previous, List<Group> groups, int breaking) {}

  private final Map<String, String> strings;
  private final List<String> order;

  /** @param order the fact groups of the site's kinds, in the order they are shown */
  ChangesPage(Map<String, String> strings, List<String> order) {
    super(PageInfo.generated(URL, strings.getOrDefault("changes.title", "Changes"), null, null, false, "changes"), "changes");
    this.strings = strings;
    this.order = List.copyOf(order);
  }

  @Override
  public boolean usesVersions() {
    return true;
  }

  @Override
  public String fingerprint() {
    return "changes";
  }

  @Override
  public Object body(PageContext ctx) {
    PageContext.VersionFacts v = ctx.versions();
    if (v == null) {
      return new ChangesView("", null, List.of(), 0);
    }
    int self = v.labels().indexOf(v.self());
    if (self <= 0) {
      return new ChangesView(v.self(), null, List.of(), 0);
    }
    String prevLabel = v.labels().get(self - 1);
    String root = Urls.toRoot(URL);
    List<Group> groups = diff(v.facts().get(self - 1), v.facts().get(self), root, prevLabel);
    int breaking = 0;
    for (Group g : groups) {
      for (List<Change> l : List.of(g.added(), g.removed(), g.changed())) {
        breaking += (int) l.stream().filter(Change::breaking).count();
      }
    }
    return new ChangesView(v.self(), prevLabel, groups, breaking);
  }

  List<Group> diff(List<Fact> before, List<Fact> after, String root, String prevLabel) {
    Map<String, Map<String, Fact>> a = byGroup(before);
    Map<String, Map<String, Fact>> b = byGroup(after);
    java.util.Comparator<String> byKind =
        java.util.Comparator.comparing((String g) -> order.contains(g) ? order.indexOf(g) : order.size()).thenComparing(g -> g);
    Set<String> groups = new TreeSet<>(byKind);
    groups.addAll(a.keySet());
    groups.addAll(b.keySet());
    // groups no kind names (such as the checklist's total score) are not changes to list
    groups.retainAll(order);
    List<Group> out = new ArrayList<>();
    for (String g : groups) {
      Map<String, Fact> old = a.getOrDefault(g, Map.of());
      Map<String, Fact> now = b.getOrDefault(g, Map.of());
      List<Change> added = new ArrayList<>();
      List<Change> removed = new ArrayList<>();
      List<Change> changed = new ArrayList<>();
      for (Fact f : now.values()) {
        Fact o = old.get(f.key());
        if (o == null) {
          added.add(new Change(f.title(), root + f.url(), "", false));
        } else if (!o.fingerprint().equals(f.fingerprint())) {
          Set<String> lost = new TreeSet<>(o.mustKeep());
          lost.removeAll(f.mustKeep());
          Set<String> gained = new TreeSet<>(f.mustNotAdd());
          gained.removeAll(o.mustNotAdd());
          List<String> why = new ArrayList<>();
          lost.forEach(x -> why.add(strings.getOrDefault("changes.lost", "removed") + ": " + x));
          gained.forEach(x -> why.add(strings.getOrDefault("changes.gained", "new required") + ": " + x));
          List<String> details = new ArrayList<>(why);
          for (Map.Entry<String, String> v : new java.util.TreeMap<>(f.values()).entrySet()) {
            String was = o.values().get(v.getKey());
            if (was != null && !was.equals(v.getValue())) {
              String name = strings.get("changes.value." + v.getKey());
              details.add((name == null ? "" : name + ": ") + label(was) + " → " + label(v.getValue()));
            }
          }
          String detail = String.join("; ", details);
          changed.add(new Change(f.title(), root + f.url(), detail, !why.isEmpty()));
        }
      }
      for (Fact o : old.values()) {
        if (!now.containsKey(o.key())) {
          boolean breaking = !o.mustKeep().isEmpty();
          removed.add(new Change(o.title(), root + "../" + prevLabel + "/" + o.url(), breaking ? strings.getOrDefault("changes.removed-breaking", "breaking") : "", breaking));
        }
      }
      if (!added.isEmpty() || !removed.isEmpty() || !changed.isEmpty()) {
        out.add(new Group(g, strings.getOrDefault("changes.group." + g, g), added, removed, changed));
      }
    }
    return out;
  }

  private String label(String status) {
    return strings.getOrDefault("status." + status, status);
  }

  private static Map<String, Map<String, Fact>> byGroup(List<Fact> facts) {
    Map<String, Map<String, Fact>> m = new LinkedHashMap<>();
    for (Fact f : facts) {
      m.computeIfAbsent(f.group(), k -> new java.util.TreeMap<>()).put(f.key(), f);
    }
    return m;
  }

}
