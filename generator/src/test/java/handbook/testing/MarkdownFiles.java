package handbook.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The Markdown files the tests read real Markdown from: the golden files, the corpora, and the handbook's own content. */
public final class MarkdownFiles {
  private MarkdownFiles() {}

  /** The golden files and the corpora (from the generator module's folder). */
  public static List<Path> ofTests() {
    return under("src/test/resources/golden", "src/test/resources/corpus");
  }

  /** {@link #ofTests()} and the handbook's content. */
  public static List<Path> all() {
    return under("src/test/resources/golden", "src/test/resources/corpus", "../content");
  }

  /** The {@code .md} files under these folders, each folder's in name order. */
  public static List<Path> under(String... folders) {
    List<Path> files = new ArrayList<>();
    for (String folder : folders) {
      try (Stream<Path> s = Files.walk(Path.of(folder))) {
        s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }
}
