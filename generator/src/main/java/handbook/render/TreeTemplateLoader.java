package handbook.render;

import freemarker.cache.TemplateLoader;
import handbook.source.SourceTree;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/** Loads templates from a {@link SourceTree}, so a git tag's templates work like a folder's. */
final class TreeTemplateLoader implements TemplateLoader {
  private final SourceTree tree;
  private final Set<String> files;

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
    return new StringReader(new String(tree.read((String) source), StandardCharsets.UTF_8));
  }

  @Override
  public void closeTemplateSource(Object source) {}
}
