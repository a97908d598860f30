/**
 * The API reference: OpenAPI 3.0/3.1 and Swagger 2.0 specs in {@code content/api/}, read with
 * swagger-parser (never from the network), as overview, tag and schema pages, {@code api:} links
 * and the {@code openapi} directive.
 */
package handbook.openapi;
