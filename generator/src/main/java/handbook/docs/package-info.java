/** The docs kind: Markdown pages under {@code content/docs/}, their folders as sections. */
package handbook.docs;
