package handbook.render;

import java.util.List;

/**
 * An entry of the sidebar. {@code open} marks the entries on the path to the current page, whose
 * children are shown; {@code section} marks entries that have children; {@code more} marks the
 * entry that stands for the entries of a long list left out (it links to the section's page,
 * which lists them all). An entry with no {@code href} is a group of the menu (a tool's section that
 * is no page): its title over its entries (a closed group leads to its first page instead).
 */
public record NavItem(String title, String href, boolean current, boolean open, boolean section, boolean more, List<NavItem> children) {}
