package handbook.build;

import java.util.Map;

/** A version ready to write; {@code days}: the day each content file was last changed (see {@link LastChanged}). */
record Ready(VersionInput input, LinkPhase.Linked linked, Build.ThemeParts theme, Map<String, String> days) {
  Ready(VersionInput input, LinkPhase.Linked linked, Build.ThemeParts theme) {
    this(input, linked, theme, Map.of());
  }

  Ready withDays(Map<String, String> d) {
    return new Ready(input, linked, theme, d);
  }
}
