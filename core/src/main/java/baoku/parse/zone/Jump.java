package baoku.parse.zone;

/**
 * A jump mark found in a line.
 *
 * @param start where the mark begins in the line
 * @param end where it ends
 * @param forward true for 下转/紧转/转 (the article continues on {@code page}), false for 上接
 * @param page the page number the mark names
 */
public record Jump(int start, int end, boolean forward, int page) {}
