package baoku.parse.zone;

import baoku.page.Issue;
import baoku.parse.ParserCues;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the masthead at the top of a front page (paper name, date, weekday, lunar date, organ,
 * publisher, 国内统一连续出版物号, 邮发代号, 今日N版, 总第N期) or the header of an inner page (版次, 版名, 编辑).
 */
public final class MastheadParser {
  /** Sentence punctuation: a masthead has none (a colon, as in 责任编辑：, it may have). */
  private static final Pattern SENTENCE = Pattern.compile("[，。；！？]");

  private final Map<String, Pattern> fields;
  private final List<Pattern> lines;

  public MastheadParser(ParserCues cues) {
    this.fields = cues.mastheadFields();
    this.lines = cues.mastheadLines();
  }

  /** Whether {@code text}, found at the top of a page, is a line of its masthead. */
  public boolean isMastheadLine(String text) {
    if (text.length() > 48 || SENTENCE.matcher(text).find()) {
      return false;
    }
    for (Pattern p : lines) {
      if (p.matcher(text).find()) {
        return true;
      }
    }
    for (Pattern p : fields.values()) {
      if (p.matcher(text).find()) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code text} names a paper (乐山日报) the way a masthead's first line does. */
  public Optional<String> paperName(String text) {
    for (Pattern p : lines) {
      Matcher m = p.matcher(text);
      if (p.pattern().contains("?<paper>") && m.find()) {
        return Optional.of(m.group("paper"));
      }
    }
    return Optional.empty();
  }

  /** Reads the fields of masthead {@code lines}, top to bottom. */
  public Masthead parse(List<String> masthead) {
    String paper = null;
    String paperEn = null;
    LocalDate date = null;
    String weekday = null;
    String lunar = null;
    String organ = null;
    String publisher = null;
    String issn = null;
    String postal = null;
    Integer pageCount = null;
    Integer serial = null;
    Integer page = null;
    for (String line : masthead) {
      if (paper == null) {
        paper = paperName(line).orElse(null);
      }
      paperEn = first(paperEn, "paper_en", line);
      if (date == null) {
        date = date(line);
      }
      weekday = first(weekday, "weekday", line);
      lunar = first(lunar, "lunar_date", line);
      organ = first(organ, "organ", line);
      publisher = first(publisher, "publisher", line);
      issn = first(issn, "issn_cn", line);
      postal = first(postal, "postal_code", line);
      pageCount = firstNumber(pageCount, "page_count", line);
      serial = firstNumber(serial, "serial", line);
      page = firstNumber(page, "page", line);
    }
    Issue issue =
        new Issue(
            paper, paperEn, date, weekday, lunar, organ, publisher, issn, postal, pageCount,
            serial);
    return new Masthead(String.join(" ", masthead), issue, page);
  }

  private String first(String current, String field, String line) {
    if (current != null) {
      return current;
    }
    Matcher m = fields.get(field).matcher(line);
    if (!m.find()) {
      return null;
    }
    // A field printed in several forms names each form's value v, v2, v3, …: a regex name
    // serves one group only.
    String value = m.group("v");
    for (String other : List.of("v2", "v3", "v4", "v5")) {
      if (value == null && m.pattern().pattern().contains("?<" + other + ">")) {
        value = m.group(other);
      }
    }
    return value == null ? null : value.strip().replaceAll("\\s+", " ").replace('－', '-');
  }

  private Integer firstNumber(Integer current, String field, String line) {
    if (current != null) {
      return current;
    }
    String value = first(null, field, line);
    return value == null ? null : Integer.valueOf(value);
  }

  private LocalDate date(String line) {
    Matcher m = fields.get("date").matcher(line);
    if (!m.find()) {
      return null;
    }
    try {
      return LocalDate.of(
          ChineseNumerals.parse(m.group("year")),
          ChineseNumerals.parse(m.group("month")),
          ChineseNumerals.parse(m.group("day")));
    } catch (DateTimeException e) {
      return null;
    }
  }
}
