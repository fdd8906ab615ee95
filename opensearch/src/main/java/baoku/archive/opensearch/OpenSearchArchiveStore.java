package baoku.archive.opensearch;

import baoku.archive.Archive;
import baoku.archive.ArchiveStore;
import baoku.archive.analysis.ChineseAnalyzers;
import java.util.Map;

/**
 * Archives on an OpenSearch cluster, named {@code http(s)://HOST:PORT[/NAME]}; credentials come
 * from the environment ({@link ClusterCredentials}).
 */
public final class OpenSearchArchiveStore implements ArchiveStore {
  private final Map<String, String> environment;

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
    return OpenSearchArchive.openForWriting(connect(location), new ChineseAnalyzers());
  }

  @Override
  public Archive openForReading(String location) {
    return OpenSearchArchive.openForReading(connect(location), new ChineseAnalyzers());
  }

  @Override
  public String describe(String location) {
    return ClusterAddress.parse(location).toString();
  }

  private ClusterConnection connect(String location) {
    return new ClusterConnection(
        ClusterAddress.parse(location), ClusterCredentials.from(environment));
  }
}
