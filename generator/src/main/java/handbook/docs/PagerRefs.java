package handbook.docs;

import handbook.cache.Codec;
import handbook.cache.ValueCodecs;
import handbook.content.PagerLinks;
import handbook.content.Urls;
import handbook.diag.Diagnostic;
import handbook.diag.Diagnostics;
import handbook.markdown.LinkRef;
import handbook.yaml.YamlFields;
import handbook.yaml.YamlNode;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The pages a page's front matter names for its previous and next links: Docusaurus'
 * {@code pagination_prev} and {@code pagination_next} by doc id ({@code null} turns a link off,
 * read elsewhere), VitePress' {@code prev: {link: ...}} and {@code next: {link: ...}} by link,
 * and VuePress' {@code prev: ./setup} (a link written as a text: VitePress' text is the link's words).
 * Read with the page; the ids are looked up once all pages are known ({@link #links}).
 */
final class PagerRefs {
  private PagerRefs() {}

  /** One page named: for the next link or the previous one, by doc id or by link, as written. */
  record Ref(boolean next, boolean byId, LinkRef ref) {
    /** The front matter key it was read from. */
    String key() {
      return byId ? (next ? "pagination_next" : "pagination_prev") : (next ? "next" : "prev");
    }
  }

  /** The pages a page's front matter names ({@code vuePress}: a VuePress page's); a value that names none is named. */
  static List<Ref> of(YamlFields f, boolean vuePress, Diagnostics diags) {
    if (f == null) {
      return List.of();
    }
    List<Ref> out = new ArrayList<>();
    for (boolean next : new boolean[] {false, true}) {
      String key = next ? "pagination_next" : "pagination_prev";
      YamlNode n = f.map().get(key);
      if (n instanceof YamlNode.Scalar s && s.type() != YamlNode.Scalar.Type.NULL && s.type() != YamlNode.Scalar.Type.BOOLEAN && s.value() != null && !s.value().isBlank()) {
        out.add(new Ref(next, true, new LinkRef(s.value().strip(), f.span(s), false)));
      } else if (n != null && !(n instanceof YamlNode.Scalar s && s.type() == YamlNode.Scalar.Type.NULL)) {
        diags.add(
            Diagnostic.warning("frontmatter.value", f.span(n), "`" + key + "` names a doc by its id, or is null, found " + n.describe() + ": the pager links the page next to it in the menu")
                .withHint("write `" + key + ": guides/setup` (the doc's path from `docs/` without its extension), or `" + key + ": null` to leave that link out"));
      }
      YamlNode own = f.map().get(next ? "next" : "prev");
      if (vuePress && own instanceof YamlNode.Scalar s && s.type() == YamlNode.Scalar.Type.STRING && !s.value().isBlank()) {
        out.add(new Ref(next, false, new LinkRef(s.value().strip(), f.span(s), false)));
      } else if (own instanceof YamlNode.Mapping m && m.get("link") != null) {
        if (m.get("link") instanceof YamlNode.Scalar s && s.type() == YamlNode.Scalar.Type.STRING && !s.value().isBlank()) {
          out.add(new Ref(next, false, new LinkRef(s.value().strip(), f.span(s), false)));
        } else {
          diags.add(
              Diagnostic.warning("frontmatter.value", f.span(m.get("link")), "`" + (next ? "next" : "prev") + ".link` is a link to a page, found " + m.get("link").describe() + ": the pager links the page next to it in the menu")
                  .withHint("write `link: /guide/setup`"));
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * The links of a page's pager: a doc id as a link to its file from the page's ({@code ids}:
   * each doc's content path by id), a link as written. An id that names no doc is named, and
   * the menu's neighbour linked. Docusaurus' id wins over VitePress' link for the same side.
   */
  static PagerLinks links(String source, List<Ref> refs, Map<String, String> ids, Diagnostics diags) {
    LinkRef prev = null;
    LinkRef next = null;
    for (Ref r : refs) {
      LinkRef link = r.ref();
      if (r.byId()) {
        String path = ids.get(link.target().replaceAll("^/+", ""));
        if (path == null) {
          diags.add(
              Diagnostic.warning("frontmatter.value", link.span(), "`" + r.key() + "` names the doc id `" + link.target() + "`, and no page in `docs/` has it: the pager links the page next to it in the menu")
                  .withHint("an id is the page's path from the docs folder without its extension and number prefixes, or its folder and the `id` of its front matter"));
          continue;
        }
        link = new LinkRef(Urls.encodePath(Urls.relative(source, path)), link.span(), false);
      }
      if (r.next() && (next == null || r.byId())) {
        next = link;
      } else if (!r.next() && (prev == null || r.byId())) {
        prev = link;
      }
    }
    return prev == null && next == null ? null : new PagerLinks(prev, next);
  }

  static final Codec<Ref> CODEC =
      new Codec<>() {
        @Override
        public void write(Ref r, DataOutput out) throws IOException {
          out.writeBoolean(r.next());
          out.writeBoolean(r.byId());
          ValueCodecs.LINK.write(r.ref(), out);
        }

        @Override
        public Ref read(DataInput in) throws IOException {
          return new Ref(in.readBoolean(), in.readBoolean(), ValueCodecs.LINK.read(in));
        }
      };
}
