package handbook.render;

/**
 * An entry of the version switcher. {@code href} goes to the same page in that version when it
 * exists there ({@code samePage}), else to that version's home.
 */
public record VersionLink(String label, String href, boolean current, boolean latest, boolean samePage) {}
