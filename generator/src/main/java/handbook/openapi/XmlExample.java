package handbook.openapi;

import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.XML;
import java.util.List;
import java.util.Map;

/**
 * An example value (as {@link ExampleGenerator} makes it, or as a spec gives it) written as XML
 * for an XML media type, following the schema's {@code xml} objects: element names, attributes,
 * prefixes and wrapped arrays.
 */
final class XmlExample {
  private static final int MAX_DEPTH = 12;

  @SuppressWarnings("rawtypes")
  private final Map<String, Schema> components;

  @SuppressWarnings("rawtypes")
  XmlExample(Map<String, Schema> components) {
    this.components = components;
  }

  /** The value as an XML document; {@code schema} may be null. */
  @SuppressWarnings("rawtypes")
  String write(Object value, Schema schema) {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    String refName = schema == null || schema.get$ref() == null ? null : ViewMapper.refName(schema.get$ref(), "schemas");
    Schema s = resolve(schema);
    String name = xmlName(s, schema, refName != null ? refName : value instanceof List ? "items" : "root");
    element(b, name, value, s, schema, 0);
    return b.toString();
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private void element(StringBuilder b, String name, Object value, Schema s, Schema holder, int depth) {
    String indent = "  ".repeat(depth);
    if (depth > MAX_DEPTH) {
      return;
    }
    if (value instanceof List list) {
      Schema itemsRaw = s == null ? null : s.getItems();
      Schema items = resolve(itemsRaw);
      boolean wrapped = xml(s, holder) != null && Boolean.TRUE.equals(xml(s, holder).getWrapped());
      String itemName = xmlName(items, itemsRaw, name);
      if (wrapped) {
        b.append(indent).append('<').append(name).append(">\n");
      }
      for (Object item : list) {
        element(b, itemName, item, items, itemsRaw, wrapped ? depth + 1 : depth);
      }
      if (wrapped) {
        b.append(indent).append("</").append(name).append(">\n");
      }
      return;
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Schema> props = s == null || s.getProperties() == null ? Map.of() : s.getProperties();
      StringBuilder attrs = new StringBuilder();
      StringBuilder children = new StringBuilder();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        String key = String.valueOf(e.getKey());
        Schema raw = props.get(key);
        Schema p = resolve(raw);
        XML x = xml(p, raw);
        String pn = xmlName(p, raw, key);
        if (x != null && Boolean.TRUE.equals(x.getAttribute()) && !(e.getValue() instanceof Map) && !(e.getValue() instanceof List)) {
          attrs.append(' ').append(pn).append("=\"").append(handbook.render.Html.escape(String.valueOf(e.getValue()))).append('"');
        } else {
          element(children, pn, e.getValue(), p, raw, depth + 1);
        }
      }
      XML own = xml(s, holder);
      if (own != null && own.getNamespace() != null && !own.getNamespace().isBlank()) {
        attrs.insert(0, " xmlns" + (own.getPrefix() == null || own.getPrefix().isBlank() ? "" : ":" + own.getPrefix()) + "=\"" + handbook.render.Html.escape(own.getNamespace()) + "\"");
      }
      if (children.length() == 0) {
        b.append(indent).append('<').append(name).append(attrs).append("/>\n");
      } else {
        b.append(indent).append('<').append(name).append(attrs).append(">\n").append(children).append(indent).append("</").append(name).append(">\n");
      }
      return;
    }
    b.append(indent).append('<').append(name).append('>').append(value == null ? "" : handbook.render.Html.escape(String.valueOf(value))).append("</").append(name).append(">\n");
  }

  @SuppressWarnings("rawtypes")
  private static XML xml(Schema resolved, Schema holder) {
    if (holder != null && holder.getXml() != null) {
      return holder.getXml();
    }
    return resolved == null ? null : resolved.getXml();
  }

  /** The element name: the {@code xml.name} (with its prefix), else the fallback, made a valid XML name. */
  @SuppressWarnings("rawtypes")
  private static String xmlName(Schema resolved, Schema holder, String fallback) {
    XML x = xml(resolved, holder);
    String n = x != null && x.getName() != null && !x.getName().isBlank() ? x.getName().strip() : fallback;
    if (x != null && x.getPrefix() != null && !x.getPrefix().isBlank()) {
      n = x.getPrefix().strip() + ":" + n;
    }
    n = n.replaceAll("[^A-Za-z0-9_.:-]", "_");
    return n.isEmpty() || !Character.isLetter(n.charAt(0)) && n.charAt(0) != '_' ? "_" + n : n;
  }

  @SuppressWarnings("rawtypes")
  private Schema resolve(Schema s) {
    for (int i = 0; s != null && s.get$ref() != null && i < 5; i++) {
      String n = ViewMapper.refName(s.get$ref(), "schemas");
      s = n == null ? null : components.get(n);
    }
    return s;
  }

}
