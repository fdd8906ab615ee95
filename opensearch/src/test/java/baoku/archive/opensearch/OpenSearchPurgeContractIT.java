package baoku.archive.opensearch;

import baoku.archive.Archive;
import baoku.archive.contract.PurgeContract;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** The purge contract on a two-node cluster, each archive in two shards with a replica. */
@ExtendWith(SharedCluster.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenSearchPurgeContractIT extends PurgeContract {
  private static final String PREFIX = "purge-contract-";

  private final LocalCluster cluster;
  private final OpenSearchArchiveStore store = new OpenSearchArchiveStore(Map.of());
  private String current;
  private int made;

  OpenSearchPurgeContractIT(LocalCluster cluster) {
    this.cluster = cluster;
  }

  @Override
  protected Archive createArchive() {
    current = cluster.url() + "/" + PREFIX + ++made;
    return store.openForWriting(current + "?shards=2&replicas=1");
  }

  @Override
  protected Archive openReader() {
    return store.openForReading(current);
  }

  @AfterAll
  void deleteArchives() {
    SharedCluster.deleteArchives(cluster, PREFIX);
  }
}
