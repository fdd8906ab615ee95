package baoku.web;

import static org.assertj.core.api.Assertions.assertThat;

import baoku.archive.Archive;
import baoku.archive.IssueId;
import baoku.archive.analysis.ChineseAnalyzers;
import baoku.archive.contract.ArchiveContract;
import baoku.archive.lucene.LuceneArchive;
import baoku.archive.lucene.OlderIssueRecords;
import baoku.page.PageJson;
import baoku.testing.SamplePages;
import baoku.web.view.HomeView;
import baoku.web.view.IssueView;
import baoku.web.view.SiteAddress;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The issue and home pages list each page's headlines from the issue record, reading no page; an
 * archive whose issue records predate the headlines shows the same pages, read from the pages.
 */
class OlderArchiveTest {
  static final IssueId ISSUE = new IssueId(SamplePages.PAPER, LocalDate.of(2024, 9, 16));

  @TempDir Path newer;
  @TempDir Path older;
  LuceneArchive current;
  LuceneArchive before;
  final AtomicInteger currentPageReads = new AtomicInteger();
  final AtomicInteger olderPageReads = new AtomicInteger();

  @BeforeEach
  void open() {
    current = LuceneArchive.openForWriting(newer, new ChineseAnalyzers());
    ArchiveContract.putSamples(current);
    current.commit();
    try (LuceneArchive writing = LuceneArchive.openForWriting(older, new ChineseAnalyzers())) {
      ArchiveContract.putSamples(writing);
    }
    OlderIssueRecords.rewrite(older);
    before = LuceneArchive.openForReading(older, new ChineseAnalyzers());
  }

  @AfterEach
  void close() {
    current.close();
    before.close();
  }

  /** {@code archive}, counting the pages read from it. */
  static Archive countingPages(Archive archive, AtomicInteger pageReads) {
    return (Archive)
        Proxy.newProxyInstance(
            Archive.class.getClassLoader(),
            new Class<?>[] {Archive.class},
            (proxy, method, args) -> {
              if (method.getName().equals("page")) {
                pageReads.incrementAndGet();
              }
              try {
                return method.invoke(archive, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  @Test
  void theIssuePageReadsNoPageUnlessTheRecordPredatesHeadlines() {
    IssueModel fromRecord = new Reader(countingPages(current, currentPageReads)).issue(ISSUE);
    IssueModel fromPages = new Reader(countingPages(before, olderPageReads)).issue(ISSUE);

    assertThat(currentPageReads).hasValue(0);
    assertThat(olderPageReads).hasValue(1);
    assertThat(fromPages.issue().pages().getFirst().headlines()).isNull();
    assertThat(fromRecord.pages()).isEqualTo(fromPages.pages());
    assertThat(fromRecord.pages().getFirst().headlines()).hasSize(6);
    SiteAddress site = new SiteAddress("http://localhost");
    String html = new IssueView().render(fromRecord, site);
    assertThat(html).isEqualTo(new IssueView().render(fromPages, site));
    assertThat(html)
        .contains("<span class=\"kicker\">赵波主持召开全市经济运行工作推进会议强调</span>")
        .contains("<span class=\"subtitle\">陈光浩讲话 陈扬杰出席</span>")
        .contains("6 篇");
    PageJson json = new PageJson();
    assertThat(json.write(ApiBodies.IssueBody.of(fromRecord), false))
        .isEqualTo(json.write(ApiBodies.IssueBody.of(fromPages), false))
        .contains("\"title\":\"争当干将 「拼」出实绩\"");
  }

  @Test
  void theHomePageShowsTheFrontPageHeadlinesEitherWay() {
    HomeModel fromRecord =
        new Reader(countingPages(current, currentPageReads)).home(null, null, null);
    HomeModel fromPages = new Reader(countingPages(before, olderPageReads)).home(null, null, null);

    assertThat(currentPageReads).hasValue(0);
    assertThat(olderPageReads).hasValue(1);
    String html = new HomeView().render(fromRecord);
    assertThat(html).isEqualTo(new HomeView().render(fromPages));
    assertThat(html).contains("第1版要闻", "争当干将 「拼」出实绩");
  }
}
