package handbook.markdown;

import com.vladsch.flexmark.util.ast.Document;
import java.util.List;

/**
 * A parsed Markdown body and the facts the build needs before rendering it: headings (for
 * anchors and the table of contents), links (to check), embeds (directives), the first H1, and
 * the text of the first {@code <h1>} of its raw HTML ({@code ""} for one without words), or null.
 */
public record MarkdownDoc(
    Document document,
    List<Heading> headings,
    List<LinkRef> links,
    List<DirectiveCall> directives,
    List<String> extraAnchors,
    String firstH1,
    String htmlH1) {}
