package handbook.render;

/** A link in navigation: breadcrumbs, tabs, previous/next. */
public record NavLink(String title, String href, boolean current) {}
