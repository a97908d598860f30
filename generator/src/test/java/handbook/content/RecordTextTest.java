package handbook.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.yaml.YamlNode;
import handbook.yaml.YamlParser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordTextTest {
  @Test
  void aSiteMountIsWrittenAsItsOwnTextIsRecordsInsideItToo() {
    YamlNode.Mapping values = (YamlNode.Mapping) new YamlParser().parse("layout: post\ntags: [a, b]\nauthor:\n  name: Kari\n", "_config.yml", 1).root();
    Mount mount =
        Mount.NONE
            .withBlog(new Mount.Blog("blog/", "", "Blogg", "posts/:slug", null, 200, "atom.xml", null, 10, "page/"))
            .withCollections(List.of(new Mount.Collection("_recipes/", "/recipes/:name", true, false)))
            .withPermalinks(List.of(new Mount.Permalink("posts", "/:year/:slug/")))
            .withTaxonomies(List.of("categories", "series"), true)
            .withDefaults(List.of(new Mount.Default("docs", null, values), new Mount.Default("", "posts", values)))
            .withToc(new Mount.Toc(2, 4))
            .withFailsOn(List.of("link.broken"))
            .withSchedule(new Mount.Schedule(false, true, java.time.ZoneId.of("Europe/Oslo")))
            .withMarkdown(handbook.markdown.RenderOptions.Extensions.TYPOGRAPHY);
    String text = RecordText.of(mount);
    assertEquals(mount.toString(), text);
    assertTrue(text.contains("Blog[folder=blog/") && text.contains("layout") && text.contains("Europe/Oslo"), text);
  }

  private record Inner(String name, List<Integer> numbers, Map<String, Object> more, Object nothing) {}

  private record Outer(Inner inner, List<Inner> inners, Mount.Tool tool, int[] none) {}

  public record Open(String name, Inner hidden, List<Mount.Toc> tocs) {}

  @Test
  void listsMapsNullsAndRecordsOneCannotReadAreWrittenAsTheirOwnText() {
    java.util.LinkedHashMap<String, Object> more = new java.util.LinkedHashMap<>();
    more.put("a", new Mount.Toc(1, 2));
    more.put("b", List.of());
    Inner inner = new Inner("n", List.of(1, 2), more, null);
    // private records: written by their own toString
    Outer outer = new Outer(inner, List.of(inner, inner), Mount.Tool.HUGO, null);
    assertEquals(outer.toString(), RecordText.of(outer));
    Open open = new Open("å", inner, List.of(new Mount.Toc(2, 3)));
    assertEquals(open.toString(), RecordText.of(open));
    assertEquals("null", RecordText.of(null));
    assertEquals(List.of(open, Map.of("k", open)).toString(), RecordText.of(List.of(open, Map.of("k", open))));
  }
}
