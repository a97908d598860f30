package handbook.docs;

import handbook.content.Mount;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates by which Hugo and Jekyll leave a page out of a build, and a Hugo page's dates: in a
 * Hugo project, a page whose {@code publishDate} (else {@code pubdate}, {@code published},
 * {@code date}; or where its config's {@code [frontmatter]} says) is after the build's time, or
 * whose {@code expiryDate} (or {@code unpublishdate}) is before it; in a
 * Jekyll project, a post dated after it (its front matter's {@code date}, else its file name's);
 * in an MkDocs project whose blog makes them drafts ({@code draft_if_future_date}), a post dated
 * after it.
 * A date without a time is its day's start, one without an offset in the config's time zone
 * (else UTC), as the tools read them.
 */
final class PublishingDates {
  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  /** A day and a time, with an offset (Jekyll's {@code 2024-05-06 10:00:00 +0200}, Hugo's {@code 2024-05-06T10:00:00+02:00}). */
  private static final Pattern TIME = Pattern.compile("[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?\\s*(Z|[+-]\\d{2}:?\\d{2})?");

  private PublishingDates() {}

  /** Why the project's tool leaves the page out of a build at {@code now} ({@link Mount#schedule}), or null where it does not. */
  static String leftOut(String path, Map<String, Object> extra, Mount mount, Instant now) {
    Mount.Schedule schedule = mount.schedule();
    if (mount.hugo()) {
      Dated publish = schedule.future() ? null : dated(path, mount, extra, schedule.dates().publishDate());
      if (publish != null && publish.at().isAfter(now)) {
        return "it is dated after the build (" + publish + "), as Hugo builds without `buildFuture`";
      }
      Dated expiry = schedule.expired() ? null : dated(path, mount, extra, schedule.dates().expiryDate());
      return expiry != null && expiry.at().isBefore(now) ? "it expired before the build (" + expiry + "), as Hugo builds without `buildExpired`" : null;
    }
    if (mount.jekyll() && !schedule.future() && handbook.config.JekyllConfig.post(path)) {
      Dated date = dated(extra, List.of("date"), schedule.zone());
      String name = path.substring(path.lastIndexOf('/') + 1);
      if (date == null && instant(name, schedule.zone()) != null) {
        date = new Dated(NAMED, name.substring(0, 10), instant(name, schedule.zone()));
      }
      return date != null && date.at().isAfter(now) ? "it is dated after the build (" + date + "), as Jekyll builds without `future: true`" : null;
    }
    if (!schedule.future() && mount.blog() != null && mount.blog().post(path)) {
      // MkDocs Material's post: its date, or the date it was created
      Object date = extra.get("date") instanceof Map<?, ?> dates ? dates.get("created") : extra.get("date");
      Instant created = date == null ? null : instant(String.valueOf(date).strip(), schedule.zone());
      return created != null && created.isAfter(now) ? "it is dated after the build (`" + String.valueOf(date).strip() + "`): a draft, as the blog's `draft_if_future_date` makes it" : null;
    }
    return null;
  }

  /**
   * Gives a Hugo page's front matter what Hugo's templates see in it: a {@code date} where it has
   * none and its config's {@code [frontmatter]} gives it one (from another key, or its file's
   * name), and the rest of a dated name as its {@code slug} where it has none
   * ({@code 2024-05-06-launch.md} at {@code launch/}). Others' are left as they are.
   */
  static void addHugoDates(String path, Map<String, Object> extra, Mount mount) {
    if (!mount.hugo()) {
      return;
    }
    Mount.Dates dates = mount.schedule().dates();
    Dated date = has(extra, "date") ? null : dated(path, mount, extra, dates.date());
    Named name = has(extra, "slug") ? null : named(path, mount);
    // (Hugo takes the slug where a date comes from the name)
    String slug = name == null || name.rest().isEmpty() || !java.util.stream.Stream.of(dates.date(), dates.publishDate(), dates.expiryDate()).anyMatch(l -> from(path, mount, extra, l)) ? null : name.rest();
    if (date != null) {
      extra.put("date", date.text());
    }
    if (slug != null) {
      extra.put("slug", slug);
    }
  }

  /** A Hugo page's day ({@code .Date}, by its config's {@code [frontmatter]}), or null. */
  static LocalDate hugoDay(String path, Map<String, Object> extra, Mount mount) {
    Dated d = dated(path, mount, extra, mount.schedule().dates().date());
    return d == null ? null : day(d.text());
  }

  /** Whether a key is in the front matter, in any case (as Hugo reads it). */
  private static boolean has(Map<String, Object> extra, String key) {
    return extra.keySet().stream().anyMatch(key::equalsIgnoreCase);
  }

  /** Whether the first of these sources that gives a date is the file's name. */
  private static boolean from(String path, Mount mount, Map<String, Object> extra, List<String> sources) {
    Dated d = dated(path, mount, extra, sources);
    return d != null && d.key().equals(NAMED);
  }

  private static final String NAMED = "its name's day";

  /** A file name's day ({@code 2024-05-06}) and the rest of it ({@code launch}, may be empty). */
  private record Named(String day, String rest) {}

  /**
   * The day a Hugo page's file name starts with (a bundle's its folder's: {@code 2024-05-06-launch/index.md})
   * and the rest of the name, or null: Hugo's {@code :filename}.
   */
  private static Named named(String path, Mount mount) {
    String[] parts = mount.unsuffixed(path).split("/");
    String name = handbook.content.Urls.stem(parts[parts.length - 1]);
    if ((name.equals("index") || name.equals("_index")) && parts.length > 1) {
      name = parts[parts.length - 2];
    }
    if (name.length() < 10 || day(name.substring(0, 10)) == null) {
      return null;
    }
    return new Named(name.substring(0, 10), name.substring(10).replaceAll("^[ _-]+|[ _-]+$", ""));
  }

  /** The first of these Hugo sources (front matter keys, {@code :filename}) that gives a time, or null. */
  private static Dated dated(String path, Mount mount, Map<String, Object> extra, List<String> sources) {
    java.time.ZoneId zone = mount.schedule().zone();
    for (String source : sources) {
      if (source.equals(":filename")) {
        Named named = named(path, mount);
        if (named != null) {
          return new Dated(NAMED, named.day(), instant(named.day(), zone));
        }
      } else {
        Dated d = dated(extra, List.of(source), zone);
        if (d != null) {
          return d;
        }
      }
    }
    return null;
  }

  /** A front matter date: its key, its text and its time. */
  private record Dated(String key, String text, Instant at) {
    @Override
    public String toString() {
      return key.startsWith("its ") ? key + " `" + text + "`" : "`" + key + ": " + text + "`";
    }
  }

  /** The first of these front matter keys (as {@link #day}) that holds a time, or null. */
  private static Dated dated(Map<String, Object> extra, List<String> keys, java.time.ZoneId zone) {
    Map<String, Map.Entry<String, Object>> byKey = new HashMap<>();
    extra.entrySet().forEach(e -> byKey.putIfAbsent(e.getKey().toLowerCase(Locale.ROOT), e));
    for (String key : keys) {
      Map.Entry<String, Object> e = byKey.get(key);
      String text = e == null || e.getValue() == null ? null : String.valueOf(e.getValue()).strip();
      Instant t = text == null ? null : instant(text, zone);
      if (t != null) {
        return new Dated(e.getKey(), text, t);
      }
    }
    return null;
  }

  /** The time a text starts with: its day, its time of day (else the day's start) and its offset (else in {@code zone}); or null. */
  private static Instant instant(String text, java.time.ZoneId zone) {
    LocalDate day = day(text);
    if (day == null) {
      return null;
    }
    Matcher t = TIME.matcher(text).region(10, text.length());
    if (!t.lookingAt()) {
      return day.atStartOfDay(zone).toInstant();
    }
    try {
      java.time.LocalTime time = java.time.LocalTime.of(Integer.parseInt(t.group(1)), Integer.parseInt(t.group(2)), t.group(3) == null ? 0 : Integer.parseInt(t.group(3)));
      if (t.group(4) == null) {
        return day.atTime(time).atZone(zone).toInstant();
      }
      ZoneOffset offset = t.group(4).equals("Z") ? ZoneOffset.UTC : ZoneOffset.of(t.group(4).length() == 5 ? t.group(4).substring(0, 3) + ":" + t.group(4).substring(3) : t.group(4));
      return day.atTime(time).toInstant(offset);
    } catch (java.time.DateTimeException e) {
      return day.atStartOfDay(zone).toInstant();
    }
  }

  /** The day a text starts with ({@code 2024-05-06}, {@code 2024-05-06T10:00:00Z}), or null. */
  private static LocalDate day(String text) {
    Matcher d = DAY.matcher(text);
    if (!d.lookingAt()) {
      return null;
    }
    try {
      return LocalDate.of(Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)), Integer.parseInt(d.group(3)));
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }
}
