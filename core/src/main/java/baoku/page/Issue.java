package baoku.page;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/**
 * What is known about one issue of a paper: from its masthead, or from the caller where the page
 * does not print it. Any field may be {@code null} when neither says.
 *
 * @param issnCn the 国内统一连续出版物号 (CN 51-0011)
 * @param postalCode the 邮发代号
 * @param pageCount the number of pages the masthead announces (今日4版)
 * @param serial the running issue number (总第12434期)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Issue(
    String paper,
    String paperEn,
    LocalDate date,
    String weekday,
    String lunarDate,
    String organ,
    String publisher,
    String issnCn,
    String postalCode,
    Integer pageCount,
    Integer serial) {

  public static Issue empty() {
    return new Issue(null, null, null, null, null, null, null, null, null, null, null);
  }

  /** This issue with every field it lacks taken from {@code other}. */
  public Issue orElse(Issue other) {
    return new Issue(
        paper != null ? paper : other.paper,
        paperEn != null ? paperEn : other.paperEn,
        date != null ? date : other.date,
        weekday != null ? weekday : other.weekday,
        lunarDate != null ? lunarDate : other.lunarDate,
        organ != null ? organ : other.organ,
        publisher != null ? publisher : other.publisher,
        issnCn != null ? issnCn : other.issnCn,
        postalCode != null ? postalCode : other.postalCode,
        pageCount != null ? pageCount : other.pageCount,
        serial != null ? serial : other.serial);
  }

  public Issue withPaper(String value) {
    return new Issue(
        value,
        paperEn,
        date,
        weekday,
        lunarDate,
        organ,
        publisher,
        issnCn,
        postalCode,
        pageCount,
        serial);
  }

  public Issue withDate(LocalDate value) {
    return new Issue(
        paper,
        paperEn,
        value,
        weekday,
        lunarDate,
        organ,
        publisher,
        issnCn,
        postalCode,
        pageCount,
        serial);
  }
}
