package baoku.corpus;

import java.time.LocalDate;
import java.util.List;

/**
 * One article of the 人民日报 crawl: a file {@code YYYYMMDD-PP-NN.txt} whose first three lines are
 * kicker, title and subtitle (blank when absent), followed by the paragraphs.
 *
 * @param source the file name
 * @param date the issue date, from the file name
 * @param page the page number, from the file name
 * @param order the article's place on its page, from the file name
 * @param paragraphs the text, one entry a paragraph, indentation removed
 */
public record CrawlArticle(
    String source,
    LocalDate date,
    int page,
    int order,
    String kicker,
    String title,
    String subtitle,
    List<String> paragraphs) {

  public CrawlArticle {
    paragraphs = List.copyOf(paragraphs);
  }

  /** The month the article belongs to, as {@code YYYY-MM}. */
  public String month() {
    return date.toString().substring(0, 7);
  }
}
