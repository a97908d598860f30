package handbook.render;

import freemarker.cache.TemplateLoader;
import handbook.source.SourceTree;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads templates from a {@link SourceTree}, so a git tag's templates work like a folder's, without
 * the indentation of their lines ({@link Indentation}).
 */
final class TreeTemplateLoader implements TemplateLoader {
  private final SourceTree tree;
  private final Set<String> files;
  private final Map<String, Indentation> stripped = new ConcurrentHashMap<>();

  TreeTemplateLoader(SourceTree tree) throws IOException {
    this.tree = tree;
    this.files = new HashSet<>(tree.files());
  }

  @Override
  public Object findTemplateSource(String name) {
    return files.contains(name) ? name : null;
  }

  @Override
  public long getLastModified(Object source) {
    return 0;
  }

  @Override
  public Reader getReader(Object source, String encoding) throws IOException {
    Indentation t = Indentation.strip(new String(tree.read((String) source), StandardCharsets.UTF_8));
    stripped.put((String) source, t);
    return new StringReader(t.text());
  }

  /** The column in a template file of a column FreeMarker reports for the loaded text. */
  int column(String name, int line, int column) {
    Indentation t = stripped.get(name);
    return t == null ? column : t.column(line, column);
  }

  @Override
  public void closeTemplateSource(Object source) {}
}
