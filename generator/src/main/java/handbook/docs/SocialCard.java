package handbook.docs;

import handbook.diag.Diagnostic;
import handbook.diag.Diagnostics;
import handbook.markdown.LinkRef;
import handbook.yaml.YamlFields;
import handbook.yaml.YamlNode;
import java.util.List;

/**
 * The image a page's front matter gives for its link previews (its Open Graph card): Docusaurus'
 * and jekyll-seo-tag's {@code image} (a path, or jekyll-seo-tag's map with {@code path}), else the
 * first of Hugo's {@code images}. A path is a link, resolved and checked as the body's are.
 */
final class SocialCard {
  private SocialCard() {}

  /** The page's card image as a link written in its front matter, or null; a value that names none is named. */
  static LinkRef of(YamlFields f, Diagnostics diags) {
    if (f == null) {
      return null;
    }
    for (String key : List.of("image", "images")) {
      YamlNode n = f.map().get(key);
      if (n == null || n instanceof YamlNode.Scalar s && s.type() == YamlNode.Scalar.Type.NULL) {
        continue;
      }
      YamlNode value = n;
      if (n instanceof YamlNode.Seq seq && key.equals("images")) {
        if (seq.items().isEmpty()) {
          continue;
        }
        value = seq.items().get(0);
      } else if (n instanceof YamlNode.Mapping m && key.equals("image") && m.get("path") != null) {
        value = m.get("path");
      }
      if (value instanceof YamlNode.Scalar s && s.type() == YamlNode.Scalar.Type.STRING) {
        // (an empty one: none)
        return s.value().isBlank() ? null : new LinkRef(s.value().strip(), f.span(s), false);
      }
      diags.add(
          Diagnostic.warning("frontmatter.value", f.span(value), "`" + key + "` names the image of the page's link previews: a path or an address, found " + value.describe() + ": the page has no card image")
              .withHint(key.equals("image") ? "write `image: img/card.png`" : "write `images: [img/card.png]`"));
      return null;
    }
    return null;
  }
}
