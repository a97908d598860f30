package handbook.render;

import java.util.List;

/**
 * An entry of the sidebar. {@code open} marks the entries on the path to the current page, whose
 * children are shown; {@code section} marks entries that have children.
 */
public record NavItem(String title, String href, boolean current, boolean open, boolean section, List<NavItem> children) {}
