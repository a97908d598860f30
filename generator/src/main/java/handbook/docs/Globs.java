package handbook.docs;

import handbook.config.Glob;

/**
 * Path globs as Hugo's cascade targets and Jekyll's default scopes write them (Go's glob with
 * {@code /} parting folders, Ruby's {@code Dir.glob}): {@code **} across folders, {@code *} and
 * {@code ?} within one, {@code {a,b}} either ({@link Glob#shell}).
 */
final class Globs {
  private Globs() {}

  /** The glob, to match a whole path. */
  static Glob of(String glob) {
    return Glob.shell(glob);
  }
}
