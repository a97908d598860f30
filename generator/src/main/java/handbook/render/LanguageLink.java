package handbook.render;

/**
 * A link of the language menu: the page in another language (or that language's home, where it
 * has no such page).
 *
 * @param label the language's own name ({@code Français})
 * @param tag the language's tag ({@code fr-FR}), for {@code hreflang} and {@code lang}
 * @param href the link from the page
 * @param current whether it is the page's own language
 */
public record LanguageLink(String label, String tag, String href, boolean current) {}
