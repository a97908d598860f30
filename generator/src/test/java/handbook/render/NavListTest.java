package handbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.cache.StringTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NavListTest {
  /** The theme's macro that the directive replaced, as it was. */
  private static final String MACRO =
      """
      <#macro navlist items depth=0>
      <ul<#if depth == 0> class="nav-depth-0"</#if>>
      <#list items as item><li<#if item.section || item.more> class="<#if item.section>nav-section<#if item.open> open</#if></#if><#if item.more>nav-more</#if>"</#if>><a href="${item.href}"<#if item.current> aria-current="page"</#if>>${item.title}</a><#if item.children?has_content>
      <@navlist item.children depth + 1/></#if></li>
      </#list>
      </ul>
      </#macro>
      """;

  private static Configuration configuration() {
    Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
    StringTemplateLoader loader = new StringTemplateLoader();
    loader.putTemplate("macro.ftlh", MACRO + "<nav>\n<@navlist page/>\n</nav>\n");
    loader.putTemplate("directive.ftlh", "<nav>\n<@navlist items=page/>\n</nav>\n");
    loader.putTemplate("body.ftlh", "<@navlist items=page>x</@navlist>");
    loader.putTemplate("other.ftlh", "<@navlist items=[\"a\"]/>");
    cfg.setTemplateLoader(loader);
    cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
    cfg.setRecognizeStandardFileExtensions(true);
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setLogTemplateExceptions(false);
    cfg.setObjectWrapper(new ViewWrapper());
    cfg.setSharedVariable("navlist", new NavList());
    return cfg;
  }

  private static String render(Configuration cfg, String template, List<NavItem> items) throws Exception {
    StringWriter out = new StringWriter();
    cfg.getTemplate(template).process(Map.of("page", items), out);
    return out.toString();
  }

  private static final String[] TEXT = {"Drift", "A & B", "<script>", "\"quoted\"", "it's", "Æøå – ok", "x", "&amp;", "../a/b.html#c", ""};

  private static List<NavItem> items(Random r, int depth) {
    List<NavItem> out = new ArrayList<>();
    int n = 1 + r.nextInt(depth == 0 ? 8 : 4);
    for (int i = 0; i < n; i++) {
      List<NavItem> kids = depth < 3 && r.nextInt(4) == 0 ? items(r, depth + 1) : List.of();
      boolean section = !kids.isEmpty() || r.nextInt(5) == 0;
      out.add(new NavItem(TEXT[r.nextInt(TEXT.length)], TEXT[r.nextInt(TEXT.length)], r.nextInt(6) == 0, !kids.isEmpty() || r.nextBoolean(), section, r.nextInt(6) == 0, kids));
    }
    return out;
  }

  @Test
  void writesWhatTheThemesMacroWrote() throws Exception {
    Configuration cfg = configuration();
    Random r = new Random(11);
    for (int i = 0; i < 500; i++) {
      List<NavItem> items = items(r, 0);
      assertEquals(render(cfg, "macro.ftlh", items), render(cfg, "directive.ftlh", items), items.toString());
    }
    String one = render(cfg, "directive.ftlh", List.of(new NavItem("A <b> & 'c'", "x.html?a=1&b=\"2\"", true, true, true, false, List.of())));
    assertTrue(one.contains("<li class=\"nav-section open\"><a href=\"x.html?a=1&amp;b=&quot;2&quot;\" aria-current=\"page\">A &lt;b&gt; &amp; &#39;c&#39;</a></li>"), one);
    assertEquals("<nav>\n<ul class=\"nav-depth-0\">\n</ul>\n</nav>\n", render(cfg, "directive.ftlh", List.of()));
  }

  @Test
  void refusesABodyOrItemsThatAreNotASidebar() {
    Configuration cfg = configuration();
    TemplateException body = assertThrows(TemplateException.class, () -> render(cfg, "body.ftlh", List.of()));
    assertTrue(body.getMessage().contains("navlist takes one parameter, items"), body.getMessage());
    TemplateException other = assertThrows(TemplateException.class, () -> render(cfg, "other.ftlh", List.of()));
    assertTrue(other.getMessage().contains("items must be a sidebar"), other.getMessage());
  }
}
