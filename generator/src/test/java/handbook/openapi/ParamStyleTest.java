package handbook.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Parameters written as OpenAPI 3's style examples write them (its table of {@code color}, RFC 6570's label expansions). */
class ParamStyleTest {
  private static final String STRING = "blue";
  private static final List<String> ARRAY = List.of("blue", "black", "brown");
  private static final Map<String, Integer> OBJECT = object();

  private static Map<String, Integer> object() {
    Map<String, Integer> m = new LinkedHashMap<>();
    m.put("R", 100);
    m.put("G", 200);
    m.put("B", 150);
    return m;
  }

  private static Parameter param(String in, Parameter.StyleEnum style, Boolean explode) {
    return new Parameter().name("color").in(in).style(style).explode(explode).schema(new StringSchema());
  }

  private static void writes(Parameter p, String string, String array, String object) {
    assertEquals(string, ParamStyle.write(p, STRING), p.getIn() + " " + p.getStyle() + " " + p.getExplode());
    assertEquals(array, ParamStyle.write(p, ARRAY), p.getIn() + " " + p.getStyle() + " " + p.getExplode());
    assertEquals(object, ParamStyle.write(p, OBJECT), p.getIn() + " " + p.getStyle() + " " + p.getExplode());
  }

  @Test
  void pathStyles() {
    writes(param("path", Parameter.StyleEnum.MATRIX, false), ";color=blue", ";color=blue,black,brown", ";color=R,100,G,200,B,150");
    writes(param("path", Parameter.StyleEnum.MATRIX, true), ";color=blue", ";color=blue;color=black;color=brown", ";R=100;G=200;B=150");
    writes(param("path", Parameter.StyleEnum.LABEL, false), ".blue", ".blue,black,brown", ".R,100,G,200,B,150");
    writes(param("path", Parameter.StyleEnum.LABEL, true), ".blue", ".blue.black.brown", ".R=100.G=200.B=150");
    writes(param("path", Parameter.StyleEnum.SIMPLE, false), "blue", "blue,black,brown", "R,100,G,200,B,150");
    writes(param("path", Parameter.StyleEnum.SIMPLE, true), "blue", "blue,black,brown", "R=100,G=200,B=150");
    // simple by default, not exploded; a space in a path is %20
    writes(param("path", null, null), "blue", "blue,black,brown", "R,100,G,200,B,150");
    assertEquals("a%20b%2Fc", ParamStyle.write(param("path", null, null), "a b/c"));
  }

  @Test
  void queryStyles() {
    writes(param("query", Parameter.StyleEnum.FORM, false), "color=blue", "color=blue,black,brown", "color=R,100,G,200,B,150");
    writes(param("query", Parameter.StyleEnum.FORM, true), "color=blue", "color=blue&color=black&color=brown", "R=100&G=200&B=150");
    // form and exploded by default
    writes(param("query", null, null), "color=blue", "color=blue&color=black&color=brown", "R=100&G=200&B=150");
    writes(param("query", Parameter.StyleEnum.SPACEDELIMITED, false), "color=blue", "color=blue%20black%20brown", "color=R%20100%20G%20200%20B%20150");
    writes(param("query", Parameter.StyleEnum.PIPEDELIMITED, false), "color=blue", "color=blue|black|brown", "color=R|100|G|200|B|150");
    assertEquals("color[R]=100&color[G]=200&color[B]=150", ParamStyle.write(param("query", Parameter.StyleEnum.DEEPOBJECT, true), OBJECT));
    // values encoded, unless reserved characters are allowed
    assertEquals("q=a+b%26c%2Fd", ParamStyle.write(new Parameter().name("q").in("query"), "a b&c/d"));
    assertEquals("q=a%20b&c/d", ParamStyle.write(new Parameter().name("q").in("query").allowReserved(true), "a b&c/d"));
    // an empty array
    assertEquals("color=", ParamStyle.write(param("query", null, null), List.of()));
  }

  @Test
  void headersAndCookies() {
    writes(param("header", null, null), "blue", "blue,black,brown", "R,100,G,200,B,150");
    writes(param("header", Parameter.StyleEnum.SIMPLE, true), "blue", "blue,black,brown", "R=100,G=200,B=150");
    writes(param("cookie", null, false), "color=blue", "color=blue,black,brown", "color=R,100,G,200,B,150");
    writes(param("cookie", null, null), "color=blue", "color=blue; color=black; color=brown", "R=100; G=200; B=150");
  }

  @Test
  void aParameterWithContentIsItsJson() {
    Parameter p = new Parameter().name("filter").in("query").content(new Content().addMediaType("application/json", new MediaType()));
    assertEquals("filter={%22R%22%3A100%2C%22G%22%3A200%2C%22B%22%3A150}", ParamStyle.write(p, OBJECT));
  }
}
