package baoku.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import baoku.archive.SearchRequest;
import baoku.archive.SearchResult;
import baoku.archive.analysis.ChineseAnalyzers;
import baoku.archive.lucene.LuceneArchive;
import baoku.enrich.Enricher;
import baoku.enrich.HanLpTagger;
import baoku.page.Page;
import baoku.page.PageJson;
import baoku.parse.PageParser;
import baoku.resource.ResourceLoader;
import baoku.testing.SamplePages;
import baoku.words.TextFolding;
import baoku.words.WordSegmenter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Enriching pages on their way in costs no second cut of their words. */
class SharedSegmentationTest {
  private static final TextFolding FOLDING = new TextFolding();
  @TempDir Path inputs;
  @TempDir Path archives;
  private final ResourceLoader resources = new ResourceLoader();
  private final PageJson json = new PageJson();

  private SearchResult ingest(String name, WordSegmenter words, UnaryOperator<Page> enrichment)
      throws IOException {
    try (LuceneArchive archive =
        LuceneArchive.openForWriting(archives.resolve(name), new ChineseAnalyzers(words))) {
      new IngestService(
              new PageFiles(new PageParser(), json),
              new PathLayouts(resources),
              json,
              archive,
              IngestOptions.defaults(),
              enrichment,
              new PdfFiles(),
              baoku.archive.scans.PageScans.none())
          .ingest(List.of(inputs), IngestListener.NONE);
      archive.commit();
      return archive.search(SearchRequest.of("颗粒硅"));
    }
  }

  @Test
  void theTaggersCutIsTheIndexsCut() throws IOException {
    for (String[] page :
        new String[][] {
          {"乐山日报/2022-07-23/01.txt", SamplePages.PAGE_2022},
          {"乐山日报/2024-09-16/01.txt", SamplePages.PAGE_2024}
        }) {
      Path file = inputs.resolve(page[0]);
      Files.createDirectories(file.getParent());
      Files.writeString(
          file, resources.text("samples/" + page[1] + ".txt"), StandardCharsets.UTF_8);
    }
    WordSegmenter alone = new WordSegmenter(FOLDING);
    SearchResult plain = ingest("plain", alone, UnaryOperator.identity());

    WordSegmenter shared = new WordSegmenter(FOLDING);
    SearchResult enriched =
        ingest("enriched", shared, new Enricher(new HanLpTagger(shared))::enrich);

    assertThat(alone.linesCut()).isGreaterThan(50);
    assertThat(alone.linesTaken()).isZero();
    assertThat(shared.linesTaken()).isPositive();
    // The tagger cut what the index would have; the index took it. Only the query is cut again.
    assertThat(shared.linesCut()).isLessThanOrEqualTo(alone.linesCut() + 1);
    assertThat(shared.linesTaken()).isGreaterThanOrEqualTo(alone.linesCut() * 9 / 10);
    assertThat(enriched.hits())
        .extracting(h -> h.id())
        .isEqualTo(plain.hits().stream().map(h -> h.id()).toList());
  }
}
