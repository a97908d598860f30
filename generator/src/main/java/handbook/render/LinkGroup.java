package handbook.render;

import java.util.List;

/** A column of the footer's links: its title (empty for none) and its links. */
public record LinkGroup(String title, List<NavLink> links) {}
