/** Markdown: one flexmark configuration per build, parsing to facts (headings, links, embeds) and rendering. */
package handbook.markdown;
