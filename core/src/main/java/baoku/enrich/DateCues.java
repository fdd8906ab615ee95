package baoku.enrich;

import baoku.resource.ResourceLoader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words dates are printed with, loaded from resources under {@code /baoku/enrich/}.
 *
 * @param relativeDays day words with their distance from the issue date (昨=-1, 前天=-2); single
 *     characters open the 昨（22）日 form
 * @param relativeYears year words with their distance from the year (去年=-1)
 * @param timesOfDay words after a date that name a time of day (上午, 晚间)
 */
public record DateCues(
    Map<String, Integer> relativeDays,
    Map<String, Integer> relativeYears,
    List<String> timesOfDay) {

  public static DateCues load(ResourceLoader loader) {
    return new DateCues(
        counts(loader, "enrich/relative-days.txt"),
        counts(loader, "enrich/relative-years.txt"),
        loader.entries("enrich/times-of-day.txt"));
  }

  public static DateCues standard() {
    return load(new ResourceLoader());
  }

  private static Map<String, Integer> counts(ResourceLoader loader, String name) {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (String entry : loader.entries(name)) {
      int eq = entry.indexOf('=');
      out.put(entry.substring(0, eq).strip(), Integer.parseInt(entry.substring(eq + 1).strip()));
    }
    return java.util.Collections.unmodifiableMap(out);
  }
}
