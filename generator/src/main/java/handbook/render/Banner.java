package handbook.render;

/**
 * The notice on pages of a version that is not the latest release: {@code kind} is {@code old}
 * for an older release and {@code unreleased} for the working tree; {@code href} leads to the
 * same page in the latest release (or its home).
 */
public record Banner(String kind, String label, String latest, String href) {}
