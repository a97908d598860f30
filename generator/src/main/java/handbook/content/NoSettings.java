package handbook.content;

/** The settings of a kind that has none. */
public record NoSettings() {
  public static final NoSettings INSTANCE = new NoSettings();
}
