package handbook.docs;

import handbook.markdown.MarkdownEngine;
import handbook.yaml.YamlNode;
import java.util.Map;

/**
 * VitePress' home page ({@code layout: home}), and VuePress' ({@code home: true}): its front matter's {@code hero} (its text and
 * tagline, its image, its actions as buttons) and {@code features} (a list, each its title, its
 * details and its link) as Markdown read before the page's text. Each part is written on the line
 * of the front matter it comes from, the others blank, so the page's own lines keep their numbers
 * and a broken link of an action is named on its {@code link}'s line.
 */
final class VitePressHome {
  private VitePressHome() {}

  /**
   * The Markdown of a home's front matter in {@code lines} lines (those of the front matter, each
   * ending in a line break), or null where the page is no home or has nothing to show.
   */
  static String lines(YamlNode.Mapping frontMatter, int lines) {
    if (lines <= 0 || !(frontMatter.get("layout") instanceof YamlNode.Scalar layout) || !"home".equals(layout.value())) {
      return null;
    }
    String[] out = new String[lines];
    if (frontMatter.get("hero") instanceof YamlNode.Mapping hero) {
      text(hero.entries().get("text"), "**", out);
      text(hero.entries().get("tagline"), "", out);
      image(hero.get("image"), "src", out);
      actions(hero.get("actions"), "theme", "brand", out);
    }
    if (frontMatter.get("features") instanceof YamlNode.Seq features) {
      for (YamlNode f : features.items()) {
        if (f instanceof YamlNode.Mapping feature && string(feature, "title") != null) {
          StringBuilder b = new StringBuilder("- ");
          String icon = string(feature, "icon");
          if (icon != null && !icon.isBlank() && icon.codePoints().noneMatch(Character::isLetterOrDigit)) {
            // an emoji; an image's icon is not shown
            b.append(icon.strip()).append(' ');
          }
          b.append("**").append(MarkdownEngine.literal(string(feature, "title"))).append("**");
          if (string(feature, "details") != null) {
            b.append(": ").append(string(feature, "details").strip());
          }
          if (string(feature, "link") != null) {
            String linkText = string(feature, "linkText");
            b.append(" [").append(MarkdownEngine.literal(linkText == null ? "→" : linkText)).append("](<").append(string(feature, "link")).append(">)");
          }
          put(out, f.line(), b.toString());
        }
      }
    }
    return joined(out);
  }

  /**
   * The same for an Astro Starlight page's {@code hero} (any page may have one, its splash home
   * most often): its {@code title} where it is not the page's, its {@code tagline}, its image
   * ({@code file}, a path from the page's file, or its {@code light} one), its actions as buttons
   * ({@code variant: primary}, the default, filled). Null where it has none.
   */
  static String starlightLines(YamlNode.Mapping frontMatter, int lines) {
    if (lines <= 0 || !(frontMatter.get("hero") instanceof YamlNode.Mapping hero)) {
      return null;
    }
    String[] out = new String[lines];
    String title = string(hero, "title");
    if (title != null && !title.equals(string(frontMatter, "title"))) {
      text(hero.entries().get("title"), "**", out);
    }
    text(hero.entries().get("tagline"), "", out);
    if (hero.get("image") instanceof YamlNode.Mapping image) {
      image(image, "file", out);
    }
    actions(hero.get("actions"), "variant", "primary", out);
    return joined(out);
  }

  /** A hero's image: a path, or an object with it at {@code key} (else its {@code light} one) and its {@code alt}. */
  private static void image(YamlNode node, String key, String[] out) {
    if (node == null) {
      return;
    }
    YamlNode src = node instanceof YamlNode.Mapping m ? (m.get(key) != null ? m.get(key) : m.get("light")) : node;
    String alt = node instanceof YamlNode.Mapping m && m.get("alt") instanceof YamlNode.Scalar a && a.value() != null ? a.value() : "";
    if (src instanceof YamlNode.Scalar s && s.value() != null && !s.value().isBlank()) {
      put(out, src.line(), "![" + MarkdownEngine.literal(alt) + "](<" + s.value().strip() + ">)");
    }
  }

  /** A hero's actions as buttons, those whose {@code kind} is {@code primary} or not given filled. */
  private static void actions(YamlNode node, String kind, String primary, String[] out) {
    if (!(node instanceof YamlNode.Seq actions)) {
      return;
    }
    for (YamlNode a : actions.items()) {
      if (a instanceof YamlNode.Mapping action && string(action, "text") != null && string(action, "link") != null) {
        // (on its link's line: a broken link is named there)
        put(out, action.get("link").line(), button(string(action, "text"), string(action, "link"), string(action, kind) == null || primary.equals(string(action, kind))));
      }
    }
  }

  /** The lines as one text, or null where none has anything. */
  private static String joined(String[] out) {
    StringBuilder text = new StringBuilder();
    boolean any = false;
    for (String line : out) {
      any |= line != null;
      text.append(line == null ? "" : line).append('\n');
    }
    return any ? text.toString() : null;
  }

  private static void text(YamlNode.Mapping.Entry e, String around, String[] out) {
    if (e != null && e.value() instanceof YamlNode.Scalar s && s.value() != null && !s.value().isBlank()) {
      put(out, s.line(), around + MarkdownEngine.literal(s.value().strip().replace('\n', ' ')) + around);
    }
  }

  /** An action as a button: a link with MkDocs Material's button classes, the first kind ({@code primary}) filled. */
  private static String button(String text, String link, boolean primary) {
    return "[" + MarkdownEngine.literal(text) + "](<" + link + ">){ .md-button" + (primary ? " .md-button--primary" : "") + " }";
  }

  /** Puts Markdown on a line of the front matter (after what is there already). */
  private static void put(String[] out, int line, String markdown) {
    // (the front matter starts after the line of its opening ---)
    int i = Math.max(0, Math.min(out.length - 1, line - 1));
    out[i] = out[i] == null ? markdown : out[i] + " " + markdown;
  }

  private static String string(YamlNode.Mapping m, String key) {
    return m.get(key) instanceof YamlNode.Scalar s && s.value() != null && !s.value().isBlank() ? s.value().strip() : null;
  }


  /** Whether a page's front matter makes it VitePress' home ({@code layout: home}), or VuePress' ({@code home: true}). */
  static boolean isHome(Map<String, Object> extra, boolean vuePress) {
    return vuePress ? Boolean.TRUE.equals(extra.get("home")) || "true".equals(extra.get("home")) : "home".equals(extra.get("layout"));
  }

  /**
   * The same for VuePress' home ({@code home: true}): its {@code heroImage} (with {@code heroAlt}),
   * {@code tagline}, its action as a button (VuePress 1's {@code actionText} and
   * {@code actionLink}, VuePress 2's {@code actions}), its {@code features} (each its title and
   * details) and its {@code footer}; its {@code heroText} titles the page.
   */
  static String vuePressLines(YamlNode.Mapping frontMatter, int lines) {
    if (lines <= 0) {
      return null;
    }
    String[] out = new String[lines];
    if (string(frontMatter, "heroImage") != null) {
      String alt = string(frontMatter, "heroAlt");
      put(out, frontMatter.get("heroImage").line(), "![" + MarkdownEngine.literal(alt == null ? "" : alt) + "](<" + string(frontMatter, "heroImage") + ">)");
    }
    text(frontMatter.entries().get("tagline"), "", out);
    if (string(frontMatter, "actionText") != null && string(frontMatter, "actionLink") != null) {
      put(out, frontMatter.get("actionLink").line(), button(string(frontMatter, "actionText"), string(frontMatter, "actionLink"), true));
    }
    if (frontMatter.get("actions") instanceof YamlNode.Seq actions) {
      for (YamlNode a : actions.items()) {
        if (a instanceof YamlNode.Mapping action && string(action, "text") != null && string(action, "link") != null) {
          put(out, action.get("link").line(), button(string(action, "text"), string(action, "link"), !"secondary".equals(string(action, "type"))));
        }
      }
    }
    if (frontMatter.get("features") instanceof YamlNode.Seq features) {
      for (YamlNode f : features.items()) {
        if (f instanceof YamlNode.Mapping feature && string(feature, "title") != null) {
          String details = string(feature, "details");
          put(out, f.line(), "- **" + MarkdownEngine.literal(string(feature, "title")) + "**" + (details == null ? "" : ": " + details.replace('\n', ' ')));
        }
      }
    }
    text(frontMatter.entries().get("footer"), "", out);
    return joined(out);
  }

  /** VuePress' home's {@code heroText}, or null. */
  static String heroText(Map<String, Object> extra) {
    return extra.get("heroText") instanceof String text && !text.isBlank() ? text.strip() : null;
  }
}
