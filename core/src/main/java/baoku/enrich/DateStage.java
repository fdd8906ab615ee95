package baoku.enrich;

import static baoku.enrich.EnrichKeys.DATES;
import static baoku.enrich.EnrichKeys.PARSED;

import baoku.page.Article;
import baoku.page.DateMention;
import baoku.page.Page;
import baoku.pipeline.Document;
import baoku.pipeline.Key;
import baoku.pipeline.Stage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Resolves the dates in each article's body against the issue date; none without one. */
public final class DateStage implements Stage {
  private final DateFinder dates;

  public DateStage(DateFinder dates) {
    this.dates = dates;
  }

  @Override
  public Set<Key<?>> requires() {
    return Set.of(PARSED);
  }

  @Override
  public Set<Key<?>> produces() {
    return Set.of(DATES);
  }

  @Override
  public void apply(Document document) {
    Page page = document.get(PARSED);
    LocalDate issueDate = page.issue() == null ? null : page.issue().date();
    List<List<DateMention>> out = new ArrayList<>();
    for (Article article : page.articles()) {
      out.add(dates.find(article.text(), issueDate));
    }
    document.put(DATES, out);
  }

  @Override
  public String name() {
    return "dates";
  }
}
