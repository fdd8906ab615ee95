package baoku.page;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One printed page of one issue, as the parser recovers it.
 *
 * @param source the file the page was read from, as the caller named it
 * @param issue what the masthead and the caller say about the issue
 * @param number the page number (版次), or {@code null} where neither page nor caller says
 * @param masthead the masthead's text as printed, lines joined by spaces, or {@code null}
 * @param otherBlocks advertisements and banners, never part of an article
 * @param articles the articles in reading order
 * @param people the people the page names, each once
 * @param size the printed page's size in points where it came as a PDF, or {@code null}
 * @param ocr what OCR read where the page came as a scan, or {@code null}
 */
public record Page(
    String source,
    Issue issue,
    @JsonProperty("page") Integer number,
    String masthead,
    List<OtherBlock> otherBlocks,
    List<Article> articles,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Person> people,
    @JsonInclude(JsonInclude.Include.NON_NULL) PageSize size,
    @JsonInclude(JsonInclude.Include.NON_NULL) PageOcr ocr) {

  public Page {
    otherBlocks = otherBlocks == null ? List.of() : List.copyOf(otherBlocks);
    articles = articles == null ? List.of() : List.copyOf(articles);
    people = people == null ? List.of() : List.copyOf(people);
  }

  /** A page that was not read by OCR. */
  public Page(
      String source,
      Issue issue,
      Integer number,
      String masthead,
      List<OtherBlock> otherBlocks,
      List<Article> articles,
      List<Person> people,
      PageSize size) {
    this(source, issue, number, masthead, otherBlocks, articles, people, size, null);
  }

  /** A page without a printed size, as a text page yields it. */
  public Page(
      String source,
      Issue issue,
      Integer number,
      String masthead,
      List<OtherBlock> otherBlocks,
      List<Article> articles,
      List<Person> people) {
    this(source, issue, number, masthead, otherBlocks, articles, people, null, null);
  }

  public Page withPeople(List<Person> value) {
    return new Page(source, issue, number, masthead, otherBlocks, articles, value, size, ocr);
  }

  public Page withArticles(List<Article> value) {
    return new Page(source, issue, number, masthead, otherBlocks, value, people, size, ocr);
  }

  public Page withIssue(Issue value) {
    return new Page(source, value, number, masthead, otherBlocks, articles, people, size, ocr);
  }

  public Page withOcr(PageOcr value) {
    return new Page(source, issue, number, masthead, otherBlocks, articles, people, size, value);
  }
}
