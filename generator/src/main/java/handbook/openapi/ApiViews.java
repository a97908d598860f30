package handbook.openapi;

import handbook.content.PageContext;
import java.util.List;
import java.util.Map;

/**
 * The view records of the API reference, for templates ({@code api-overview}, {@code api-tag},
 * {@code api-schema}, {@code embeds/openapi}). Hrefs are relative to the page; HTML fields are
 * rendered and sanitized Markdown; everything else is text that the templates escape.
 */
public final class ApiViews {
  private ApiViews() {}

  /** The overview of one API. */
  public record OverviewView(
      String title,
      String summary,
      String version,
      String specVersion,
      String descriptionHtml,
      String terms,
      ContactView contact,
      LicenseView license,
      ExternalDocsView externalDocs,
      List<ServerView> servers,
      List<SchemeView> schemes,
      SecurityView security,
      List<TagCard> tags,
      List<OpRow> operations,
      List<LinkView> schemas,
      List<OpRow> webhooks,
      List<Toc> toc,
      List<TagGroupCards> tagGroups,
      LogoView logo,
      ApiNavView apiNav,
      boolean ownH1) {}

  /** The tag cards of one {@code x-tagGroups} group (name null: tags of no group). */
  public record TagGroupCards(String name, List<TagCard> tags) {}

  public record ContactView(String name, String url, String email) {}

  public record LicenseView(String name, String url) {}

  public record ExternalDocsView(String description, String url) {}

  public record ServerView(String url, String descriptionHtml, List<VariableView> variables) {}

  public record VariableView(String name, String defaultValue, List<String> enumValues, String description) {}

  /** A security scheme; {@code anchor} is its id on the overview. */
  public record SchemeView(String key, String anchor, String type, String summary, String descriptionHtml, List<FlowView> flows) {}

  public record FlowView(String name, String authorizationUrl, String tokenUrl, String refreshUrl, List<ScopeView> scopes) {}

  public record ScopeView(String name, String description) {}

  public record TagCard(String name, String href, String summary, int count) {}

  /** An operation in a list: method, path, title and where it is documented. */
  public record OpRow(String method, String path, String title, String href, boolean deprecated) {}

  public record LinkView(String text, String href) {}

  /** An entry of the page's table of contents. */
  public record Toc(String id, String title, List<Toc> children) {}

  /** A tag page: its operations in full, and those of other tags that also carry it. */
  public record TagPageView(
      String name, String descriptionHtml, ExternalDocsView externalDocs, List<OperationView> operations, List<OpRow> shared, List<Toc> toc, String overview, ApiNavView apiNav, boolean ownH1) {}

  /** The webhooks of an API (OpenAPI 3.1). */
  public record WebhooksView(List<OperationView> operations, List<Toc> toc, String overview, boolean ownH1) {}

  /**
   * One operation. {@code anchor} is null where it is not the operation's home (embeds,
   * callbacks); {@code href} goes to its home.
   */
  public record OperationView(
      String anchor,
      String method,
      String path,
      String title,
      String summary,
      String operationId,
      String descriptionHtml,
      boolean deprecated,
      List<ServerView> servers,
      SecurityView security,
      List<ParamView> parameters,
      BodyView requestBody,
      List<ResponseView> responses,
      List<CallbackView> callbacks,
      List<LinkView> mentions,
      String href,
      String webhook,
      ExternalDocsView externalDocs,
      List<SampleView> samples) {}

  /**
   * A request sample: from the spec ({@code x-codeSamples}) or generated ({@code curl}, raw
   * HTTP); {@code language} is the highlighter's name for it.
   */
  public record SampleView(String label, String language, String code, boolean generated) {}

  /**
   * Who may call: {@code none} when the operation needs no authentication, {@code optional} when
   * an empty requirement allows anonymous calls, else any one of the alternatives (each needs all
   * its schemes).
   */
  public record SecurityView(boolean none, boolean optional, List<List<SecurityItem>> alternatives) {}

  public record SecurityItem(String name, String href, List<String> scopes) {}

  /** A parameter; {@code sentAs}: its example as a request writes it, where that is more than its text (an array's, an object's), or null. */
  public record ParamView(String name, String in, SchemaView schema, boolean required, boolean deprecated, String descriptionHtml, String example, String sentAs) {}

  public record BodyView(String descriptionHtml, boolean required, List<MediaView> contents) {}

  public record MediaView(String mediaType, SchemaView schema, List<ExampleView> examples) {}

  /** An example body: from the spec, or {@code generated} from the schema. */
  public record ExampleView(String label, String code, String language, boolean generated) {}

  /** A response; {@code kind} is {@code success}, {@code redirect}, {@code client}, {@code server} or {@code other}, for styling. */
  public record ResponseView(String status, String kind, String descriptionHtml, List<HeaderView> headers, List<MediaView> contents, List<ApiLinkView> links) {}

  public record HeaderView(String name, SchemaView schema, boolean required, boolean deprecated, String descriptionHtml) {}

  /** A response link (OpenAPI 3 links) to another operation. */
  public record ApiLinkView(String name, String target, String href, List<String> parameters, String descriptionHtml) {}

  public record CallbackView(String name, String expression, List<OperationView> operations) {}

  /**
   * A schema as shown. A {@code $ref} to a named schema has {@code name} and {@code href}; it is
   * {@code expanded} (its content shown inline) unless it is {@code recursive} (already being
   * shown further up) or too deep. An {@code allOf} is merged into the properties; the named
   * schemas it took them from are {@code mergedFrom}, and properties that the parts define
   * differently are {@code conflicts}.
   */
  public record SchemaView(
      String name,
      String href,
      boolean recursive,
      boolean expanded,
      String type,
      String format,
      String title,
      String descriptionHtml,
      boolean nullable,
      boolean readOnly,
      boolean writeOnly,
      boolean deprecated,
      List<String> enumValues,
      String defaultValue,
      String constValue,
      String example,
      List<String> constraints,
      List<PropertyView> properties,
      SchemaView items,
      SchemaView additional,
      boolean additionalAny,
      List<LinkView> mergedFrom,
      List<String> conflicts,
      List<VariantView> oneOf,
      List<VariantView> anyOf,
      SchemaView not,
      List<SchemaView> prefixItems,
      boolean noOtherItems,
      SchemaView contains,
      SchemaView ifSchema,
      SchemaView thenSchema,
      SchemaView elseSchema,
      List<PropertyView> dependentSchemas,
      DiscriminatorView discriminator,
      ExternalDocsView externalDocs) {

    /** Whether there is more to show than the type line (nested properties, items, composition). */
    public boolean hasChildren() {
      return !properties.isEmpty()
          || items != null && (items.hasChildren() || items.name() == null && !items.enumValues().isEmpty())
          || additional != null
          || !oneOf.isEmpty() || !anyOf.isEmpty() || not != null || discriminator != null || !mergedFrom.isEmpty()
          || !prefixItems.isEmpty() || noOtherItems || contains != null || ifSchema != null || thenSchema != null || elseSchema != null || !dependentSchemas.isEmpty();
    }

    /** Whether a variant or property has anything to open: children, a description, facts. */
    public boolean hasDetails() {
      return hasChildren() || !descriptionHtml.isEmpty() || !constraints.isEmpty() || !enumValues.isEmpty() || defaultValue != null || example != null || externalDocs != null;
    }
  }

  /**
   * A variant of a oneOf or anyOf, with the label it is shown by; {@code mapped} is the schema
   * name when the label is its discriminator value; {@code fromMapping} marks the subtypes of a
   * base schema that are known only from its discriminator mapping.
   */
  public record VariantView(String label, String mapped, boolean fromMapping, SchemaView schema) {}

  /** A property; {@code pattern} when its name is a regular expression ({@code patternProperties}). */
  public record PropertyView(String name, boolean required, boolean pattern, SchemaView schema) {}

  public record DiscriminatorView(String property, List<MappingView> mapping) {}

  public record MappingView(String value, String name, String href) {}

  /** A schema page. */
  public record SchemaPageView(String name, SchemaView schema, List<ExampleView> examples, List<OpRow> usedBy, String overview, List<Toc> toc, ApiNavView apiNav, boolean ownH1) {}

  /** An operation embedded in another page with the {@code openapi} directive. */
  public record EmbedView(OperationView op, Map<String, String> t, String apiTitle, String apiHref) {}

  /** The {@code api/} section page, for the {@code section} template. */
  public record SectionBody(String html, List<Toc> toc, List<PageContext.Child> children, boolean ownH1) {}

  /**
   * The API's own navigation, in the sidebar column of its pages: its tags with the operations
   * of the current one (method badge and summary), webhooks, and schemas in their own group,
   * collapsed except on schema pages. Pruned: only the current tag lists its operations, and a
   * long schema list only the schemas near the current one.
   */
  public record ApiNavView(
      String title, String overviewHref, boolean overviewCurrent, LogoView logo, String allApisHref, List<NavGroup> groups, NavTag webhooks, NavSchemas schemas) {}

  /** The API's logo ({@code x-logo}), a file in content/; {@code href} where it links, or null. */
  public record LogoView(String src, String alt, String href) {}

  /** Tags under a heading ({@code x-tagGroups}); {@code name} null for the tags of no group. */
  public record NavGroup(String name, List<NavTag> tags) {}

  /** A tag; {@code open} when the page is one of its pages, then with its operations and its pages (when split). */
  public record NavTag(String name, String href, boolean current, boolean open, int count, List<NavOp> ops, List<NavLink> parts) {}

  public record NavOp(String method, String title, String href, boolean deprecated) {}

  public record NavLink(String text, String href, boolean current) {}

  /** The schemas group: {@code items} all schemas, or (for many) those near the current; {@code href} the full list. */
  public record NavSchemas(String href, int count, boolean open, boolean current, List<NavLink> items, boolean partial) {}

  /** The page of all schemas of an API. */
  public record SchemasPageView(List<SchemaLetter> letters, String overview, List<Toc> toc, ApiNavView apiNav, boolean ownH1) {}

  public record SchemaLetter(String letter, String id, List<LinkView> schemas) {}
}
