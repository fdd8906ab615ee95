package baoku.archive.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import baoku.archive.ArchiveException;
import org.junit.jupiter.api.Test;

class ClusterAddressTest {
  @Test
  void readsHostPortNameAndOptions() {
    ClusterAddress address = ClusterAddress.parse("https://search.example:9243/leshan?shards=4");

    assertThat(address)
        .isEqualTo(new ClusterAddress("https", "search.example", 9243, "leshan", 4, null));
    assertThat(address.baseUrl()).isEqualTo("https://search.example:9243");
  }

  @Test
  void defaultsToPort9200AndTheNameBaoku() {
    assertThat(ClusterAddress.parse("http://localhost").toString())
        .isEqualTo("http://localhost:9200/baoku");
  }

  @Test
  void refusesCredentialsInTheUrlWithoutRepeatingThem() {
    assertThatThrownBy(() -> ClusterAddress.parse("https://admin:hunter2@host:9200/baoku"))
        .isInstanceOf(ArchiveException.class)
        .hasMessageContaining("BAOKU_OPENSEARCH_USER")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2"));
  }

  @Test
  void refusesNamesAnIndexCannotHaveAndUnknownOptions() {
    assertThatThrownBy(() -> ClusterAddress.parse("http://host:9200/Leshan"))
        .hasMessageContaining("not an archive name");
    assertThatThrownBy(() -> ClusterAddress.parse("http://host:9200/a?shard=2"))
        .hasMessageContaining("unknown option 'shard'");
    assertThatThrownBy(() -> ClusterAddress.parse("http://host:9200/a?replicas=-1"))
        .hasMessageContaining("not a count");
  }

  @Test
  void tellsClusterUrlsFromFolders() {
    assertThat(ClusterAddress.isClusterUrl("HTTP://x:1")).isTrue();
    assertThat(ClusterAddress.isClusterUrl("baoku-archive")).isFalse();
    assertThat(ClusterAddress.isClusterUrl("/data/http-archive")).isFalse();
  }
}
