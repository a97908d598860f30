package handbook.jbake;

import org.jbake.parser.MarkupEngine;

/**
 * JBake's own reading of a content file (header block, defaults from jbake.properties, tags,
 * dates, JSON values), with the body left as it is written: Markdown stays Markdown.
 */
final class HeaderEngine extends MarkupEngine {}
