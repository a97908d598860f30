/** The site configuration, {@code content/site.yaml}, read strictly. */
package handbook.config;
