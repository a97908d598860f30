package handbook.content;

import java.util.List;

/** What every kind of a version loaded, for {@link ContentKind#allLoaded}. */
public interface AllContent {
  /** Every page of every kind, in kind order. */
  List<Page> pages();

  /** A link scheme by name ({@code api}), or null. */
  LinkScheme scheme(String name);
}
