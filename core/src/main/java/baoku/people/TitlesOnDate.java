package baoku.people;

import java.time.LocalDate;
import java.util.List;

/** The titles a person was printed with in the issues of one day. */
public record TitlesOnDate(LocalDate date, List<String> titles) {
  public TitlesOnDate {
    titles = List.copyOf(titles);
  }
}
