/** Search: one document per page section, extracted from the rendered pages, written as a JSON index. */
package handbook.search;
