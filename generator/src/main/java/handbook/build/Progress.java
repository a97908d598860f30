package handbook.build;

/** Where the build reports its phases; a terminal shows them, CI logs do not. */
public interface Progress {
  Progress NONE = (phase, done, total) -> {};

  void update(String phase, int done, int total);
}
