package baoku.page;

/**
 * Printed matter on a page that belongs to no article: an advertisement, a banner, a notice.
 *
 * @param type {@code advertisement}, {@code banner}, {@code notice} or {@code other}
 */
public record OtherBlock(String type, String text) {}
