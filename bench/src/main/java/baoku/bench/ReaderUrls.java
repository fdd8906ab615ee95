package baoku.bench;

import baoku.page.Page;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Request paths for each kind of reader page and API call, drawn at random from the generated
 * archive: existing issues, pages and articles, and searches for runs of its text.
 */
final class ReaderUrls {
  private final CorpusGenerator generator;
  private final int pages;
  private final Random random = new Random(7);

  ReaderUrls(CorpusGenerator generator, int pages) {
    this.generator = generator;
    this.pages = pages;
  }

  private record Target(String paper, String date, int page, int articles) {
    String issue() {
      return "/" + enc(paper) + "/" + date;
    }
  }

  private Target target() {
    int index = random.nextInt(pages);
    Page page = generator.page(index);
    return new Target(
        CorpusGenerator.paper(index),
        CorpusGenerator.date(index).toString(),
        CorpusGenerator.pageNumber(index),
        page.articles().size());
  }

  List<String> articles(int n, String prefix) {
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Target t = target();
      out.add(prefix + t.issue() + "/" + t.page + "/" + (1 + random.nextInt(t.articles)));
    }
    return out;
  }

  List<String> pages(int n, String prefix) {
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Target t = target();
      out.add(prefix + t.issue() + "/" + t.page);
    }
    return out;
  }

  List<String> issues(int n, String prefix) {
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(prefix + target().issue());
    }
    return out;
  }

  /**
   * Person pages of people the archive names, each drawn from the people of a random page, so a
   * person is asked for as often as pages print them (a few officials on thousands of pages).
   */
  List<String> people(int n, String prefix) {
    List<String> out = new ArrayList<>(n);
    while (out.size() < n) {
      var people = generator.page(random.nextInt(pages)).people();
      if (!people.isEmpty()) {
        out.add(prefix + "/" + enc(people.get(random.nextInt(people.size())).name()));
      }
    }
    return out;
  }

  /** Person pages of names no page prints (answered 404). */
  List<String> unknownPeople(int n, String prefix) {
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(prefix + "/" + enc("无名氏" + i));
    }
    return out;
  }

  /**
   * Searches as readers make them: a word alone (half), narrowed to a year (a quarter), or to a
   * paper and sorted by date (a quarter); some ask for the second page of hits.
   */
  List<String> searches(int n, String path) {
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Target t = target();
      StringBuilder url = new StringBuilder(path).append("?q=").append(enc(word()));
      int kind = random.nextInt(4);
      if (kind == 2) {
        url.append("&year=").append(t.date, 0, 4);
      } else if (kind == 3) {
        url.append("&paper=").append(enc(t.paper)).append("&sort=date");
      }
      if (random.nextInt(5) == 0) {
        url.append("&offset=10");
      }
      out.add(url.toString());
    }
    return out;
  }

  /** A run of two to four ideographs from the generated text. */
  private String word() {
    while (true) {
      Page page = generator.page(random.nextInt(pages));
      var article = page.articles().get(random.nextInt(page.articles().size()));
      String p = article.paragraphs().get(random.nextInt(article.paragraphs().size()));
      int length = 2 + random.nextInt(3);
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

  private static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
