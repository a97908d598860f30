package handbook.openapi;

import handbook.content.PageInfo;
import handbook.openapi.ApiViews.LinkView;
import handbook.openapi.ApiViews.SchemaLetter;
import handbook.openapi.ApiViews.Toc;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every schema of an API, by first letter: the parent of the schema pages. It is outside the
 * site's navigation, so the site's sidebar does not list hundreds of schemas on every page of
 * the API; the API's own navigation links here.
 */
final class ApiSchemasPage extends ApiPage {
  ApiSchemasPage(PageInfo info, ApiModel model, OpenApiKind kind) {
    super(info, model, kind);
  }

  @Override
  public String template() {
    return "api-schemas";
  }

  @Override
  Set<String> fixedAnchors() {
    Set<String> a = new LinkedHashSet<>();
    letters().keySet().forEach(l -> a.add(id(l)));
    return a;
  }

  private Map<String, List<String>> letters() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    List<String> names = new ArrayList<>(model.schemaUrls.keySet());
    names.sort(String.CASE_INSENSITIVE_ORDER);
    for (String n : names) {
      String l = n.isEmpty() ? "#" : n.substring(0, 1).toUpperCase(Locale.ROOT);
      out.computeIfAbsent(Character.isLetter(l.charAt(0)) ? l : "#", k -> new ArrayList<>()).add(n);
    }
    return out;
  }

  private static String id(String letter) {
    return "schemas-" + (letter.equals("#") ? "other" : letter.toLowerCase(Locale.ROOT));
  }

  @Override
  Object view(ViewMapper m) {
    List<SchemaLetter> letters = new ArrayList<>();
    List<Toc> toc = new ArrayList<>();
    letters().forEach((l, names) -> {
      letters.add(new SchemaLetter(l, id(l), names.stream().map(n -> new LinkView(n, m.href(model.schemaUrls.get(n)))).toList()));
      toc.add(new Toc(id(l), l, List.of()));
    });
    return new ApiViews.SchemasPageView(letters, m.href(model.url), toc, ApiNav.of(model, m, new ApiNav.Here(null, 0, null, false, true, false)), false);
  }
}
