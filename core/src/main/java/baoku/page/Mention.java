package baoku.page;

/**
 * A person, place or organisation named in an article's text.
 *
 * @param text the name as printed
 * @param start offset of the first character in {@link Article#text()}
 * @param end offset just past the last character
 * @param normalized the name it stands for: the full name where the text uses a declared short form
 *     (下称：航达储能科技公司), otherwise the printed name
 */
public record Mention(EntityType type, String text, int start, int end, String normalized) {}
