package baoku.archive.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import baoku.archive.ArchiveException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Archives a cluster holds but this Baoku must not touch: refused in one line, left as found. */
@ExtendWith(SharedCluster.class)
class FaultsIT {
  private final LocalCluster cluster;
  private final OpenSearchArchiveStore store = new OpenSearchArchiveStore(Map.of());

  FaultsIT(LocalCluster cluster) {
    this.cluster = cluster;
  }

  @Test
  void anArchiveOfAnotherSchemaVersionIsRefused() {
    SharedCluster.call(
        cluster.url(),
        "PUT",
        "/faults-old-v0-000001",
        "{\"aliases\":{\"faults-old\":{}},"
            + "\"mappings\":{\"_meta\":{\"baoku_schema\":2},\"properties\":{}}}");
    try {
      assertThatThrownBy(() -> store.openForWriting(cluster.url() + "/faults-old"))
          .isInstanceOf(ArchiveException.class)
          .hasMessageContaining("has schema version 2 but this Baoku reads version 3");
      assertThat(
              SharedCluster.call(cluster.url(), "GET", "/_index_template/baoku-faults-old", null)
                  .statusCode())
          .as("no template written")
          .isEqualTo(404);
    } finally {
      SharedCluster.deleteArchives(cluster, "faults-old");
    }
  }

  @Test
  void anIndexThatIsNoArchiveIsRefused() {
    SharedCluster.call(cluster.url(), "PUT", "/faults-plain", "{}");
    try {
      assertThatThrownBy(() -> store.openForWriting(cluster.url() + "/faults-plain"))
          .hasMessageContaining("is not a Baoku archive");
    } finally {
      SharedCluster.deleteArchives(cluster, "faults-plain");
    }
  }

  @Test
  void readingAnArchiveNobodyMadeSaysSoAndCreatesNothing() {
    assertThatThrownBy(() -> store.openForReading(cluster.url() + "/faults-none"))
        .hasMessageContaining("no archive at " + cluster.url() + "/faults-none");
    assertThat(SharedCluster.call(cluster.url(), "GET", "/faults-none*", null).body())
        .isEqualTo("{}");
  }

  @Test
  void aClusterWithoutTheAnalysisModuleIsToldWhatIsMissing() {
    String withoutCommonAnalysis = "org.opensearch.transport.Netty4ModulePlugin";
    try (LocalCluster bare =
        LocalCluster.start(new LocalCluster.Options(1, 0, null, withoutCommonAnalysis))) {
      assertThatThrownBy(() -> store.openForWriting(bare.url() + "/faults"))
          .isInstanceOf(ArchiveException.class)
          .hasMessageContaining("lacks")
          .hasMessageContaining("analysis-common")
          .hasMessageContaining("nothing was created");
      assertThat(
              SharedCluster.call(bare.url(), "GET", "/_index_template/baoku-faults", null)
                  .statusCode())
          .isEqualTo(404);
    }
  }
}
