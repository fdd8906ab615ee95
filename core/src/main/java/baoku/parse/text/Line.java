package baoku.parse.text;

/**
 * One printed line of a page, after normalisation.
 *
 * @param index position among the page's non-blank lines
 * @param text the line without leading and trailing white space, inner runs of spaces collapsed
 * @param indented whether the line began with white space (a paragraph's first-line indent)
 * @param blankBefore how many blank lines stood before it
 * @param width the printed width in ems: a Chinese character or full-width sign is one, a Latin
 *     letter or digit half
 */
public record Line(int index, String text, boolean indented, int blankBefore, double width) {}
