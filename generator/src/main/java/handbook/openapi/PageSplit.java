package handbook.openapi;

import handbook.openapi.ApiViews.BodyView;
import handbook.openapi.ApiViews.CallbackView;
import handbook.openapi.ApiViews.ExampleView;
import handbook.openapi.ApiViews.MediaView;
import handbook.openapi.ApiViews.OperationView;
import handbook.openapi.ApiViews.ParamView;
import handbook.openapi.ApiViews.PropertyView;
import handbook.openapi.ApiViews.ResponseView;
import handbook.openapi.ApiViews.SchemaView;
import java.util.List;
import java.util.Map;

/**
 * Keeps tag pages to a sane size: the HTML of each operation is estimated from its view (schema
 * nodes, descriptions, examples), and a tag whose operations add up to more than
 * {@link #BUDGET} (or more than {@link #MAX_OPS} operations) is split into pages. The estimate
 * errs high: a page stays well under 1 MB.
 */
final class PageSplit {
  static final long BUDGET = 500_000;
  static final int MAX_OPS = 60;

  private PageSplit() {}

  static void apply(ApiModel model) {
    ViewMapper m = new ViewMapper(model, Map.of(), model.url, (markdown, prefix, shift) -> markdown, o -> List.of());
    model.split(o -> estimate(m.operation(o, true)), BUDGET, MAX_OPS);
  }

  /** About how many bytes of HTML an operation becomes. */
  static long estimate(OperationView o) {
    long n = 3_000 + html(o.descriptionHtml());
    for (ParamView p : o.parameters()) {
      n += 600 + html(p.descriptionHtml()) + schema(p.schema());
    }
    BodyView b = o.requestBody();
    if (b != null) {
      n += 500 + html(b.descriptionHtml()) + media(b.contents());
    }
    for (ResponseView r : o.responses()) {
      n += 500 + html(r.descriptionHtml()) + media(r.contents()) + 400L * r.headers().size();
    }
    for (CallbackView c : o.callbacks()) {
      for (OperationView x : c.operations()) {
        n += estimate(x);
      }
    }
    return n;
  }

  private static long media(List<MediaView> list) {
    long n = 0;
    for (MediaView m : list) {
      n += 300 + schema(m.schema());
      for (ExampleView e : m.examples()) {
        n += 300 + e.code().length() * 3L / 2;
      }
    }
    return n;
  }

  private static long html(String s) {
    return s == null ? 0 : s.length() * 3L / 2;
  }

  /** Schema nodes cost about 450 bytes each (type line, badges, nested details), plus their text. */
  static long schema(SchemaView s) {
    if (s == null) {
      return 0;
    }
    long n = 450 + html(s.descriptionHtml()) + 40L * s.enumValues().size();
    for (PropertyView p : s.properties()) {
      n += schema(p.schema());
    }
    n += schema(s.items()) + schema(s.additional()) + schema(s.not());
    for (List<ApiViews.VariantView> l : List.of(s.oneOf(), s.anyOf())) {
      for (ApiViews.VariantView x : l) {
        n += 200 + schema(x.schema());
      }
    }
    return n;
  }
}
