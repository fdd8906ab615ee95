package baoku.archive.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import baoku.archive.ArchivedArticle;
import baoku.archive.ArticleFilter;
import baoku.archive.analysis.ChineseAnalyzers;
import baoku.ingest.IngestListener;
import baoku.ingest.IngestOptions;
import baoku.ingest.IngestReport;
import baoku.ingest.IngestService;
import baoku.ingest.PageFiles;
import baoku.ingest.PathLayouts;
import baoku.page.Page;
import baoku.page.PageJson;
import baoku.parse.PageParser;
import baoku.resource.ResourceLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node of the two-node cluster stops while an ingest runs (the archive in two shards with a
 * replica each): the ingest finishes, and the archive holds every article once; run again, it
 * changes nothing.
 */
@ExtendWith(SharedCluster.class)
class NodeFailureIT {
  private static final String NAME = "node-failure";
  private static final int PAGES = 240;

  private final LocalCluster cluster;
  private final PageJson json = new PageJson();

  NodeFailureIT(LocalCluster cluster) {
    this.cluster = cluster;
  }

  @Test
  void anIngestGoesOnWhenANodeStopsAndLosesNothing(@TempDir Path folder) throws IOException {
    Set<String> expected = writePages(folder);
    assertThat(
            SharedCluster.call(cluster.url(), "GET", "/_cat/cluster_manager?h=node", null).body())
        .as("node 1 manages the cluster, so stopping node 2 leaves a quorum")
        .contains("Node 1");
    AtomicBoolean stopped = new AtomicBoolean();
    try {
      IngestReport first =
          ingest(
              folder,
              false,
              new IngestListener() {
                @Override
                public void fileDone(int done) {
                  // A third of the way in, from a worker thread while the other may be writing.
                  if (done >= PAGES / 3 && stopped.compareAndSet(false, true)) {
                    cluster.stopNode(2);
                  }
                }
              });
      assertThat(stopped).isTrue();
      assertThat(first.rejected()).isEmpty();
      assertThat(first.pages()).isEqualTo(PAGES);
      assertThat(storedArticles()).containsExactlyInAnyOrderElementsOf(expected);

      // Every page put again, over the pages the first run stored.
      IngestReport again = ingest(folder, true, IngestListener.NONE);
      assertThat(again.rejected()).isEmpty();
      assertThat(storedArticles()).containsExactlyInAnyOrderElementsOf(expected);
    } finally {
      if (stopped.get()) {
        cluster.restartNode(2);
      }
      SharedCluster.deleteArchives(cluster, NAME);
    }
  }

  /** Pages as JSON files (listed, as a folder is searched for .txt only); their article ids. */
  private Set<String> writePages(Path folder) throws IOException {
    MixedPages pages = new MixedPages();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < PAGES; i++) {
      Page page = pages.page(i);
      var pageId = MixedPages.issue(i).page(page.number());
      for (int n = 1; n <= page.articles().size(); n++) {
        ids.add(pageId.article(n).toString());
      }
      Files.writeString(
          folder.resolve("page-" + i + ".json"), json.write(page), StandardCharsets.UTF_8);
    }
    return ids;
  }

  private IngestReport ingest(Path folder, boolean reparse, IngestListener listener) {
    ClusterConnection connection =
        new ClusterConnection(
            ClusterAddress.parse(cluster.url() + "/" + NAME + "?shards=2&replicas=1"),
            ClusterCredentials.none());
    // Small requests, so that many are in flight around the stop.
    try (OpenSearchArchive archive =
        OpenSearchArchive.open(
            connection,
            new ChineseAnalyzers(),
            new TextFolding(),
            true,
            32 * 1024,
            Backoff.standard())) {
      return new IngestService(
              new PageFiles(new PageParser(), json),
              new PathLayouts(new ResourceLoader()),
              json,
              archive,
              IngestOptions.defaults()
                  .withThreads(2)
                  .withCommitInterval(Duration.ofMillis(200))
                  .withReparse(reparse))
          .ingest(files(folder), listener);
    }
  }

  private static List<Path> files(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.sorted().toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Every article id the archive exports; a duplicate would fail the set's size check. */
  private List<String> storedArticles() {
    try (var archive =
            new OpenSearchArchiveStore(Map.of()).openForReading(cluster.url() + "/" + NAME);
        Stream<ArchivedArticle> articles = archive.export(ArticleFilter.all())) {
      List<String> ids = articles.map(a -> a.id().toString()).toList();
      assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
      assertThat(archive.stats().articles()).isEqualTo(ids.size());
      return ids;
    }
  }
}
