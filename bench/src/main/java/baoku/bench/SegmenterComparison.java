package baoku.bench;

import baoku.page.Article;
import baoku.page.Page;
import baoku.page.Person;
import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * HanLP's segmenter beside Lucene's SmartChineseAnalyzer on the sample articles: recall (a query
 * cut by the segmenter, as a phrase of its words, finds every article containing it) for the people
 * the pages name and for random runs of 2–4 ideographs, and speed in characters a second.
 */
final class SegmenterComparison {
  record Result(
      String segmenter,
      double loadMillis,
      int namesFound,
      int names,
      int runsFound,
      int runs,
      double charsPerSecond) {}

  private final List<String> texts = new ArrayList<>();
  private final Set<String> names = new LinkedHashSet<>();

  SegmenterComparison(List<Page> pages) {
    for (Page page : pages) {
      page.people().stream().map(Person::name).forEach(names::add);
      for (Article article : page.articles()) {
        names.addAll(article.authors());
        texts.add(article.headline() + "\n" + article.text());
      }
    }
    names.removeIf(n -> n.length() < 2 || n.startsWith("本报"));
  }

  List<Result> compare() {
    long t0 = System.nanoTime();
    SmartChineseAnalyzer smart = new SmartChineseAnalyzer(CharArraySet.EMPTY_SET);
    Function<String, List<String>> smartcn = text -> smartTokens(smart, text);
    smartcn.apply("预热");
    double smartLoad = (System.nanoTime() - t0) / 1e6;
    t0 = System.nanoTime();
    Segment segment = HanLP.newSegment();
    Function<String, List<String>> hanlp =
        text ->
            segment.seg(text).stream().map((Term t) -> t.word).filter(w -> !w.isBlank()).toList();
    hanlp.apply("预热");
    double hanlpLoad = (System.nanoTime() - t0) / 1e6;
    List<String> runs = randomRuns(300);
    return List.of(
        measure("HanLP portable-1.8.6", hanlpLoad, hanlp, runs),
        measure("SmartChineseAnalyzer 10.5.0", smartLoad, smartcn, runs));
  }

  private List<String> randomRuns(int count) {
    Random random = new Random(3);
    List<String> runs = new ArrayList<>();
    while (runs.size() < count) {
      String text = texts.get(random.nextInt(texts.size()));
      int length = 2 + random.nextInt(3);
      int start = random.nextInt(text.length() - length);
      String run = text.substring(start, start + length);
      if (run.codePoints()
          .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
        runs.add(run);
      }
    }
    return runs;
  }

  private Result measure(
      String name, double load, Function<String, List<String>> tokenizer, List<String> runs) {
    List<List<String>> tokenized = texts.stream().map(tokenizer).toList();
    int[] namesScore = score(List.copyOf(names), tokenizer, tokenized);
    int[] runsScore = score(runs, tokenizer, tokenized);
    long chars = 0;
    for (int r = 0; r < 20; r++) {
      texts.forEach(tokenizer::apply);
    }
    long start = System.nanoTime();
    for (int r = 0; r < 60; r++) {
      for (String text : texts) {
        tokenizer.apply(text);
        chars += text.length();
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Result(
        name, load, namesScore[0], namesScore[1], runsScore[0], runsScore[1], chars / seconds);
  }

  /** {found, expected} over every (query, article containing it) pair. */
  private int[] score(
      List<String> queries,
      Function<String, List<String>> tokenizer,
      List<List<String>> tokenized) {
    int found = 0;
    int expected = 0;
    for (String query : queries) {
      List<String> words = tokenizer.apply(query);
      for (int i = 0; i < texts.size(); i++) {
        if (texts.get(i).contains(query)) {
          expected++;
          if (Collections.indexOfSubList(tokenized.get(i), words) >= 0) {
            found++;
          }
        }
      }
    }
    return new int[] {found, expected};
  }

  private static List<String> smartTokens(SmartChineseAnalyzer analyzer, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream tokens = analyzer.tokenStream("f", text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        out.add(term.toString());
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
