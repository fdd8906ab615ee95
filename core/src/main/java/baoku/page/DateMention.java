package baoku.page;

import java.time.LocalDate;

/**
 * A date or period named in an article's text, resolved against the issue date: 昨（22）日 in the
 * 2022-07-23 issue is 2022-07-22; 上半年 is January 1 to June 30. A single day has {@code from} equal
 * to {@code to}.
 *
 * @param text the words as printed
 * @param start offset of the first character in {@link Article#text()}
 * @param end offset just past the last character
 * @param from the first day meant
 * @param to the last day meant
 */
public record DateMention(String text, int start, int end, LocalDate from, LocalDate to) {}
