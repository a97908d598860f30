package handbook.render;

import freemarker.core.Environment;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * {@code <@navlist items=page.sidebar/>}: the sidebar's entries as nested lists, one line an
 * entry, titles and links escaped as the templates escape them ({@link Html#escape}). The
 * sidebar is on every page, and the same markup made by a template's own macro took a third of
 * the time spent in templates (every entry reads seven fields through FreeMarker's bean
 * wrapper). A theme that wants other markup writes its own macro over {@code page.sidebar}. An
 * entry without a link is a group's title ({@code li.nav-group}), its entries under it.
 */
final class NavList implements TemplateDirectiveModel {
  @Override
  public void execute(Environment env, @SuppressWarnings("rawtypes") Map params, TemplateModel[] loopVars, TemplateDirectiveBody body)
      throws TemplateException, IOException {
    if (params.size() != 1 || !params.containsKey("items") || body != null || loopVars.length > 0) {
      throw new TemplateModelException("navlist takes one parameter, items (a sidebar: <@navlist items=page.sidebar/>), and no body");
    }
    Object items = DeepUnwrap.unwrap((TemplateModel) params.get("items"));
    StringBuilder out = new StringBuilder(4096);
    write(out, entries(items), 0);
    env.getOut().append(out);
  }

  private static List<NavItem> entries(Object items) throws TemplateModelException {
    if (items instanceof List<?> l && l.stream().allMatch(NavItem.class::isInstance)) {
      @SuppressWarnings("unchecked")
      List<NavItem> entries = (List<NavItem>) l;
      return entries;
    }
    throw new TemplateModelException("navlist: items must be a sidebar (page.sidebar), not " + (items == null ? "null" : items.getClass().getSimpleName()));
  }

  /** The markup, as the theme's macro wrote it before. */
  static void write(StringBuilder out, List<NavItem> items, int depth) {
    out.append(depth == 0 ? "<ul class=\"nav-depth-0\">\n" : "<ul>\n");
    for (NavItem item : items) {
      if (item.href() == null) {
        // a group of the menu: its title over its entries
        out.append("<li class=\"nav-group\"><span class=\"nav-group-title\">").append(Html.escape(item.title())).append("</span>\n");
        write(out, item.children(), depth + 1);
        out.append("</li>\n");
        continue;
      }
      out.append("<li");
      if (item.section() || item.more()) {
        out.append(" class=\"");
        if (item.section()) {
          out.append(item.open() ? "nav-section open" : "nav-section");
        }
        if (item.more()) {
          out.append("nav-more");
        }
        out.append('"');
      }
      out.append("><a href=\"");
      out.append(Html.escape(item.href()));
      out.append(item.current() ? "\" aria-current=\"page\">" : "\">");
      out.append(Html.escape(item.title()));
      out.append("</a>");
      if (!item.children().isEmpty()) {
        out.append('\n');
        write(out, item.children(), depth + 1);
      }
      out.append("</li>\n");
    }
    out.append("</ul>\n");
  }
}
