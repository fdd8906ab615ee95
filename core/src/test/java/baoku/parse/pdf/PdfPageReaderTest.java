package baoku.parse.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import baoku.page.Article;
import baoku.page.Image;
import baoku.page.Page;
import baoku.page.Region;
import baoku.parse.PageHints;
import baoku.parse.PageInputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The typeset sample pages read from their PDFs against their gold: every column the page scorer
 * counts (bodies, paragraphs, headlines, authors, captions, jumps, issue).
 */
class PdfPageReaderTest {
  /** Bylines the gold keeps from the original pages that the typeset PDF does not print. */
  private final PdfPageReader reader = new PdfPageReader();

  @Tag("gold")
  @ParameterizedTest
  @ValueSource(strings = {Fixtures.PAGE_2022, Fixtures.PAGE_2024})
  void readsTheSamplePagesAsTheGoldHasThem(String name) throws PageInputException {
    List<Page> pages = reader.read(Fixtures.pdf(name), name + ".pdf", Fixtures.hints(name));
    assertThat(pages).hasSize(1);
    Page page = pages.get(0);
    Page gold = Fixtures.gold(name);

    assertThat(page.articles()).hasSameSizeAs(gold.articles());
    assertThat(page.number()).isEqualTo(gold.number());
    assertThat(page.issue().paper()).isEqualTo(gold.issue().paper());
    assertThat(page.issue().date()).isEqualTo(gold.issue().date());
    if (gold.issue().serial() != null) {
      assertThat(page.issue()).isEqualTo(gold.issue());
    }
    for (Article expected : gold.articles()) {
      Article actual = sameBody(page, expected);
      assertThat(actual).as("article with the body of %s", expected.title()).isNotNull();
      assertThat(squeeze(actual.paragraphs())).isEqualTo(squeeze(expected.paragraphs()));
      if (expected.title() != null) {
        assertThat(squeeze(actual.headline())).isEqualTo(squeeze(expected.headline()));
      }
      assertThat(actual.authors()).containsExactlyInAnyOrderElementsOf(expected.authors());
      assertThat(captions(actual)).isEqualTo(captions(expected));
      assertThat(actual.continuedOn()).isEqualTo(expected.continuedOn());
      assertThat(actual.regions()).isNotEmpty();
    }
  }

  @Test
  void givesEachArticleItsRegionsOnThePage() throws PageInputException {
    Page page =
        reader
            .read(Fixtures.pdf(Fixtures.PAGE_2024), "p.pdf", Fixtures.hints(Fixtures.PAGE_2024))
            .get(0);
    assertThat(page.size().width()).isEqualTo(910.1);
    assertThat(page.size().height()).isEqualTo(1802.9);
    Article hightech =
        page.articles().stream().filter(a -> a.title().startsWith("乐山高新区")).findFirst().get();
    // The headline across four columns, five column runs below it (one with the photo).
    Region headline = hightech.regions().stream().filter(r -> r.w() > 500).findFirst().get();
    assertThat(headline.y()).isLessThan(220);
    assertThat(hightech.regions()).hasSizeGreaterThanOrEqualTo(6);
    for (Region r : hightech.regions()) {
      assertThat(r.x()).isBetween(0.0, 910.1);
      assertThat(r.bottom()).isBetween(150.0, 560.0);
    }
    for (Article other : page.articles()) {
      if (other != hightech) {
        for (Region r : other.regions()) {
          assertThat(r.y()).isGreaterThan(560.0);
        }
      }
    }
  }

  @Test
  void readsAManyPagePdfAsAnIssueNumberedInOrder() throws Exception {
    byte[] issue = merge(Fixtures.pdf(Fixtures.PAGE_2022), Fixtures.pdf(Fixtures.PAGE_2024));
    List<Page> pages = reader.read(issue, "issue.pdf", PageHints.none());
    assertThat(pages).extracting(Page::number).containsExactly(1, 2);
    assertThat(pages.get(1).issue().serial()).isEqualTo(12434);

    List<Page> fromFive = reader.read(issue, "issue.pdf", new PageHints(null, null, 5));
    assertThat(fromFive).extracting(Page::number).containsExactly(5, 6);
  }

  private static byte[] merge(byte[]... files) throws IOException {
    List<PDDocument> sources = new ArrayList<>();
    try (PDDocument out = new PDDocument()) {
      for (byte[] file : files) {
        PDDocument source = Loader.loadPDF(file);
        sources.add(source);
        out.importPage(source.getPage(0));
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      out.save(bytes);
      return bytes.toByteArray();
    } finally {
      for (PDDocument source : sources) {
        source.close();
      }
    }
  }

  private static Article sameBody(Page page, Article expected) {
    String body = squeeze(expected.paragraphs());
    return page.articles().stream()
        .filter(a -> squeeze(a.paragraphs()).equals(body))
        .findFirst()
        .orElse(null);
  }

  private static List<String> captions(Article article) {
    return article.images().stream().map(Image::caption).map(PdfPageReaderTest::squeeze).toList();
  }

  private static String squeeze(Object text) {
    return text == null ? null : text.toString().replaceAll("\\s+", "");
  }
}
