package baoku.corpus;

import com.ibm.icu.util.ChineseCalendar;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;

/** The 农历 date a masthead prints beside the civil one (农历庚子年正月初八). */
final class LunarDates {
  private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";
  private static final String BRANCHES = "子丑寅卯辰巳午未申酉戌亥";
  private static final String[] MONTHS = {
    "正", "二", "三", "四", "五", "六", "七", "八", "九", "十", "冬", "腊"
  };
  private static final String DIGITS = "一二三四五六七八九十";

  private LunarDates() {}

  static String of(LocalDate date) {
    ChineseCalendar calendar = new ChineseCalendar();
    calendar.setTime(Date.from(date.atStartOfDay().toInstant(ZoneOffset.UTC)));
    int cycleYear = calendar.get(ChineseCalendar.YEAR) - 1;
    int month = calendar.get(ChineseCalendar.MONTH);
    boolean leap = calendar.get(ChineseCalendar.IS_LEAP_MONTH) == 1;
    int day = calendar.get(ChineseCalendar.DAY_OF_MONTH);
    return "农历"
        + STEMS.charAt(cycleYear % 10)
        + BRANCHES.charAt(cycleYear % 12)
        + "年"
        + (leap ? "闰" : "")
        + MONTHS[month]
        + "月"
        + day(day);
  }

  private static String day(int day) {
    if (day <= 10) {
      return "初" + DIGITS.charAt(day - 1);
    }
    if (day < 20) {
      return "十" + DIGITS.charAt(day - 11);
    }
    if (day == 20) {
      return "二十";
    }
    if (day < 30) {
      return "廿" + DIGITS.charAt(day - 21);
    }
    return "三十";
  }
}
