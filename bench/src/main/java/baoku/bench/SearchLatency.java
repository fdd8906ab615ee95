package baoku.bench;

import baoku.archive.Archive;
import baoku.archive.ArticleFilter;
import baoku.archive.SearchRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Times searches as {@code baoku search} runs them (top 10, highlighted, six facets counted over
 * all matches) for three kinds of query drawn from the corpus text.
 */
final class SearchLatency {
  record Result(String kind, int queries, double p50, double p99, long meanHits) {}

  private final Archive archive;
  private final List<String> paragraphs;
  private final Random random = new Random(11);

  SearchLatency(Archive archive, List<String> paragraphs) {
    this.archive = archive;
    this.paragraphs = paragraphs;
  }

  /** A run of ideographs {@code min}–{@code max} long from the corpus text. */
  private String run(int min, int max) {
    while (true) {
      String p = paragraphs.get(random.nextInt(paragraphs.size()));
      int length = min + random.nextInt(max - min + 1);
      if (p.length() <= length) {
        continue;
      }
      int start = random.nextInt(p.length() - length);
      String run = p.substring(start, start + length);
      if (run.codePoints()
          .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
        return run;
      }
    }
  }

  List<Result> measure(int queries, int warmup, LocalDate first, LocalDate last) {
    List<Result> results = new ArrayList<>();
    results.add(
        time(
            "word (2–4 characters)",
            queries,
            warmup,
            () -> request(run(2, 4), ArticleFilter.all())));
    results.add(
        time(
            "phrase (two words, quoted)",
            queries,
            warmup,
            () -> request("\"" + run(5, 8) + "\"", ArticleFilter.all())));
    results.add(
        time(
            "faceted (word + paper + one year)",
            queries,
            warmup,
            () -> {
              LocalDate from =
                  first.plusDays(
                      random.nextInt(
                          (int) Math.max(1, last.toEpochDay() - first.toEpochDay() - 365)));
              return request(
                  run(2, 4),
                  new ArticleFilter(
                      CorpusGenerator.paper(random.nextInt(3) * CorpusGenerator.PAGES_PER_ISSUE),
                      from,
                      from.plusDays(365),
                      null,
                      null,
                      null));
            }));
    return results;
  }

  private static SearchRequest request(String query, ArticleFilter filter) {
    return new SearchRequest(query, filter, SearchRequest.Order.RELEVANCE, 0, 10);
  }

  private Result time(
      String kind, int queries, int warmup, java.util.function.Supplier<SearchRequest> next) {
    for (int i = 0; i < warmup; i++) {
      archive.search(next.get());
    }
    Percentiles latencies = new Percentiles();
    long hits = 0;
    for (int i = 0; i < queries; i++) {
      SearchRequest request = next.get();
      long start = System.nanoTime();
      hits += archive.search(request).totalHits();
      latencies.add(System.nanoTime() - start);
    }
    return new Result(kind, queries, latencies.millis(50), latencies.millis(99), hits / queries);
  }
}
