package baoku.archive.opensearch;

import baoku.archive.Archive;
import baoku.archive.ArchiveStore;
import baoku.archive.analysis.ChineseAnalyzers;
import baoku.words.WordSegmenter;
import java.util.Map;

/**
 * Archives on an OpenSearch cluster, named {@code http(s)://HOST:PORT[/NAME]}; credentials come
 * from the environment ({@link ClusterCredentials}).
 */
public final class OpenSearchArchiveStore implements ArchiveStore {
  private final Map<String, String> environment;
  private final ChineseAnalyzers analyzers = new ChineseAnalyzers();
  private TextFolding folding;

  /** For {@link java.util.ServiceLoader}: credentials from this process's environment. */
  public OpenSearchArchiveStore() {
    this(System.getenv());
  }

  public OpenSearchArchiveStore(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  @Override
  public boolean accepts(String location) {
    return ClusterAddress.isClusterUrl(location);
  }

  @Override
  public Archive openForWriting(String location) {
    return OpenSearchArchive.openForWriting(connect(location), analyzers, folding());
  }

  @Override
  public Archive openForWriting(String location, WordSegmenter words) {
    return OpenSearchArchive.openForWriting(
        connect(location), new ChineseAnalyzers(words), folding());
  }

  @Override
  public Archive openForReading(String location) {
    return OpenSearchArchive.openForReading(connect(location), analyzers, folding());
  }

  @Override
  public String describe(String location) {
    return ClusterAddress.parse(location).toString();
  }

  /** Computed on first use only: a folder archive never needs it. */
  private synchronized TextFolding folding() {
    if (folding == null) {
      folding = new TextFolding();
    }
    return folding;
  }

  private ClusterConnection connect(String location) {
    return new ClusterConnection(
        ClusterAddress.parse(location), ClusterCredentials.from(environment));
  }
}
