package baoku.enrich;

import baoku.page.DateMention;
import baoku.resource.ResourceLoader;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dates and periods a text names and resolves them against the issue date, the anchor a
 * newspaper writes from: 昨（22）日 is the day before the issue (the printed 22 wins where they
 * disagree), 9月14日 the 14 September nearest the issue, 1至6月 the first half of the year the
 * statistics close in, 今年上半年 January to June of the issue's year.
 */
public final class DateFinder {
  private static final String NUMBER = "(\\d{1,2})";
  private static final String TO = "\\s*[至到—–\\-~～]+\\s*";

  /** What {@code \d} matches (Pattern's default, ASCII only). */
  private static final String DIGITS = "0123456789";

  private static final String CHINESE_MONTH = "十[一二]|[一二三四五六七八九十]";

  /**
   * A date is printed as a few closely written forms; each a pattern, the characters a match of it
   * can begin with, and how to resolve it.
   */
  private record Form(Pattern pattern, BitSet starts, Function<Match, Span> resolve) {}

  private record Span(LocalDate from, LocalDate to) {}

  /** One match of a form, with the issue date it is resolved against. */
  private record Match(Matcher m, LocalDate anchor) {
    int number(int group) {
      return Integer.parseInt(m.group(group));
    }
  }

  private final DateCues cues;
  private final List<Form> forms;

  public DateFinder(DateCues cues) {
    this.cues = cues;
    String time = "(?:" + ResourceLoader.alternation(cues.timesOfDay()) + ")?";
    String year =
        "(?:(\\d{4})年|(" + ResourceLoader.alternation(cues.relativeYears().keySet()) + "))";
    String dayWords = ResourceLoader.alternation(singleOrNot(false));
    String dayChars = String.join("", singleOrNot(true));
    String yearStarts = DIGITS + firstChars(cues.relativeYears().keySet());
    this.forms =
        List.of(
            // 2024年9月9日—15日, 2024年9月16日
            form(
                "(\\d{4})年"
                    + NUMBER
                    + "月"
                    + NUMBER
                    + "日(?:"
                    + TO
                    + "(?:"
                    + NUMBER
                    + "月)?"
                    + NUMBER
                    + "日)?"
                    + time,
                DIGITS,
                x -> fullDate(x)),
            // 9月9日—9月15日, 9月9日至15日
            form(
                NUMBER + "月\\s*" + NUMBER + "日" + TO + "(?:" + NUMBER + "月\\s*)?" + NUMBER + "日",
                DIGITS,
                x -> dayRange(x)),
            // 9月14日, 7月21日晚间
            form(NUMBER + "月\\s*" + NUMBER + "日" + time, DIGITS, x -> nearestDay(x, 1, 2)),
            // 昨（22）日
            form(
                "([" + dayChars + "])\\s*[（(]\\s*" + NUMBER + "\\s*[）)]\\s*日" + time,
                dayChars,
                x -> relativeDayWithDate(x)),
            // 昨日, 今天上午
            form("(" + dayWords + ")" + time, firstChars(singleOrNot(false)), x -> relativeDay(x)),
            // 今年上半年, 2023年下半年, 去年第三季度, 今年1至6月, 2024年9月, 今年
            form(
                year
                    + "(?:(上半年|下半年)|第?([一二三四1-4])季度|"
                    + NUMBER
                    + "(?:月)?"
                    + TO
                    + NUMBER
                    + "月|"
                    + NUMBER
                    + "月份?(?![\\d日]))?",
                yearStarts,
                x -> yearPart(x)),
            // 上半年, 三季度 of the issue's year
            form(
                "(上半年|下半年)|第?([一二三四])季度",
                "上下第一二三四",
                x -> partOfYear(x, x.anchor().getYear(), 1, 2)),
            // 1至6月, 1月至6月: statistics up to a month, so never after the issue
            form(
                "(?<![\\d年])" + NUMBER + "(?:月)?" + TO + NUMBER + "月(?!\\s*\\d|日)",
                DIGITS,
                x -> monthRange(x)),
            // 六月, 7月份, 七月底
            form(
                "(?<![\\d年个一二三四五六七八九十])(\\d{1,2}|"
                    + CHINESE_MONTH
                    + ")月(?:份|底|初|上旬|中旬|下旬)?(?![\\d日一二三四五六七八九十])",
                DIGITS + "一二三四五六七八九十",
                x -> nearestMonth(x)),
            // 22日 alone: the nearest 22nd
            form(
                "(?<![\\d月])" + NUMBER + "日" + time + "(?!内|以内|之内|左右)",
                DIGITS,
                x -> nearestDayOfMonth(x)));
  }

  /** The dates in {@code text}, resolved against {@code issueDate}, none inside another. */
  public List<DateMention> find(String text, LocalDate issueDate) {
    if (issueDate == null || text.isEmpty()) {
      return List.of();
    }
    List<DateMention> found = new ArrayList<>();
    for (Form form : forms) {
      // As Matcher.find, but the pattern is tried only where a match can begin: trying it at every
      // character (look-behinds and alternations first) cost more than segmenting the text.
      // Transparent bounds let the look-behinds see the text before the region.
      Matcher m = form.pattern().matcher(text).useTransparentBounds(true);
      int at = 0;
      while (at < text.length()) {
        if (!form.starts().get(text.charAt(at))) {
          at++;
          continue;
        }
        m.region(at, text.length());
        if (!m.lookingAt()) {
          at++;
          continue;
        }
        Span span = resolveSafely(form, new Match(m, issueDate));
        if (span != null) {
          found.add(new DateMention(m.group(), m.start(), m.end(), span.from(), span.to()));
        }
        at = Math.max(m.end(), at + 1);
      }
    }
    return outermost(found);
  }

  private static Span resolveSafely(Form form, Match match) {
    try {
      return form.resolve().apply(match);
    } catch (DateTimeException | NumberFormatException e) {
      return null; // a number too long to read; impossible days were turned away before
    }
  }

  private static Span fullDate(Match x) {
    Matcher m = x.m();
    LocalDate from = date(x.number(1), x.number(2), x.number(3));
    if (from == null || m.group(5) == null) {
      return from == null ? null : day(from);
    }
    int month = m.group(4) == null ? from.getMonthValue() : x.number(4);
    LocalDate to = date(from.getYear(), month, x.number(5));
    return to == null ? null : new Span(from, to);
  }

  private static Span dayRange(Match x) {
    LocalDate from = nearest(x.anchor(), x.number(1), x.number(2));
    int month = x.m().group(3) == null ? x.number(1) : x.number(3);
    LocalDate to = from == null ? null : date(from.getYear(), month, x.number(4));
    if (to == null) {
      return null;
    }
    return new Span(from, to.isBefore(from) ? to.plusYears(1) : to);
  }

  private static Span nearestDay(Match x, int monthGroup, int dayGroup) {
    LocalDate date = nearest(x.anchor(), x.number(monthGroup), x.number(dayGroup));
    return date == null ? null : day(date);
  }

  private Span relativeDayWithDate(Match x) {
    LocalDate counted = x.anchor().plusDays(cues.relativeDays().get(x.m().group(1)));
    int printed = x.number(2);
    // The printed day wins: look for it within a week of the counted day, nearest first.
    for (int distance = 0; distance <= 7; distance++) {
      for (int sign : new int[] {-1, 1}) {
        LocalDate candidate = counted.plusDays((long) sign * distance);
        if (candidate.getDayOfMonth() == printed) {
          return day(candidate);
        }
      }
    }
    return day(counted);
  }

  private Span relativeDay(Match x) {
    return day(x.anchor().plusDays(cues.relativeDays().get(x.m().group(1))));
  }

  private Span yearPart(Match x) {
    Matcher m = x.m();
    int year =
        m.group(1) != null
            ? x.number(1)
            : x.anchor().getYear() + cues.relativeYears().get(m.group(2));
    if (m.group(3) != null || m.group(4) != null) {
      return partOfYear(x, year, 3, 4);
    }
    if (m.group(5) != null) {
      return months(year, x.number(5), x.number(6));
    }
    if (m.group(7) != null) {
      return months(year, x.number(7), x.number(7));
    }
    return new Span(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  private static Span partOfYear(Match x, int year, int halfGroup, int quarterGroup) {
    String half = x.m().group(halfGroup);
    if (half != null) {
      return half.startsWith("上") ? months(year, 1, 6) : months(year, 7, 12);
    }
    int quarter = "一二三四".indexOf(x.m().group(quarterGroup)) + 1;
    if (quarter == 0) {
      quarter = Integer.parseInt(x.m().group(quarterGroup));
    }
    return months(year, quarter * 3 - 2, quarter * 3);
  }

  private static Span monthRange(Match x) {
    int first = x.number(1);
    int last = x.number(2);
    if (first > last) {
      return null;
    }
    LocalDate anchor = x.anchor();
    int year = last <= anchor.getMonthValue() ? anchor.getYear() : anchor.getYear() - 1;
    return months(year, first, last);
  }

  private static Span nearestMonth(Match x) {
    String printed = x.m().group(1);
    int month =
        Character.isDigit(printed.charAt(0)) ? Integer.parseInt(printed) : chineseNumber(printed);
    LocalDate mid = nearest(x.anchor(), month, 15);
    return mid == null ? null : months(mid.getYear(), month, month);
  }

  private static Span nearestDayOfMonth(Match x) {
    int printed = x.number(1);
    LocalDate anchor = x.anchor();
    for (int distance = 0; distance <= 20; distance++) {
      for (int sign : new int[] {-1, 1}) {
        LocalDate candidate = anchor.plusDays((long) sign * distance);
        if (candidate.getDayOfMonth() == printed) {
          return day(candidate);
        }
      }
    }
    return null;
  }

  /**
   * The date with this month and day nearest the anchor: December news in a January issue; {@code
   * null} if no year near it has that day (2月30日, or the 9月82日 of a misprint).
   */
  static LocalDate nearest(LocalDate anchor, int month, int day) {
    LocalDate best = null;
    for (int year = anchor.getYear() - 1; year <= anchor.getYear() + 1; year++) {
      LocalDate candidate = date(year, month, day);
      if (candidate != null
          && (best == null
              || Math.abs(ChronoUnit.DAYS.between(anchor, candidate))
                  < Math.abs(ChronoUnit.DAYS.between(anchor, best)))) {
        best = candidate;
      }
    }
    return best;
  }

  /**
   * The date, or {@code null} where the calendar has none. Printed numbers are often no date at all
   * (a misprint, a count before 月), so they are checked here rather than thrown at.
   */
  static LocalDate date(int year, int month, int day) {
    if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) {
      return null;
    }
    return day > Month.of(month).length(Year.isLeap(year)) ? null : LocalDate.of(year, month, day);
  }

  /** The months from {@code first} to {@code last} of a year; {@code null} if either is none. */
  private static Span months(int year, int first, int last) {
    LocalDate from = date(year, first, 1);
    LocalDate lastMonth = date(year, last, 1);
    return from == null || lastMonth == null
        ? null
        : new Span(from, lastMonth.withDayOfMonth(lastMonth.lengthOfMonth()));
  }

  private static Span day(LocalDate date) {
    return new Span(date, date);
  }

  private static int chineseNumber(String text) {
    String digits = "一二三四五六七八九";
    if (text.equals("十")) {
      return 10;
    }
    if (text.startsWith("十")) {
      return 10 + digits.indexOf(text.charAt(1)) + 1;
    }
    return digits.indexOf(text.charAt(0)) + 1;
  }

  private List<String> singleOrNot(boolean single) {
    return cues.relativeDays().keySet().stream().filter(k -> (k.length() == 1) == single).toList();
  }

  private static Form form(String regex, String starts, Function<Match, Span> resolve) {
    BitSet set = new BitSet(Character.MAX_VALUE + 1);
    starts.chars().forEach(set::set);
    return new Form(Pattern.compile(regex), set, resolve);
  }

  private static String firstChars(java.util.Collection<String> words) {
    StringBuilder out = new StringBuilder();
    words.forEach(w -> out.append(w.charAt(0)));
    return out.toString();
  }

  /** The longest of overlapping mentions, earlier first on ties, in text order. */
  private static List<DateMention> outermost(List<DateMention> found) {
    List<DateMention> byLength = new ArrayList<>(found);
    byLength.sort(
        Comparator.comparingInt((DateMention d) -> d.start() - d.end())
            .thenComparingInt(DateMention::start));
    List<DateMention> kept = new ArrayList<>();
    for (DateMention d : byLength) {
      if (kept.stream().noneMatch(k -> k.start() < d.end() && d.start() < k.end())) {
        kept.add(d);
      }
    }
    kept.sort(Comparator.comparingInt(DateMention::start));
    return kept;
  }
}
