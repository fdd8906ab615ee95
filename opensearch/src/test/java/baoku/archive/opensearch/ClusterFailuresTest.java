package baoku.archive.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import baoku.archive.ArchiveException;
import baoku.archive.analysis.ChineseAnalyzers;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Failures to open an archive on a cluster: one line each, naming no secret. */
class ClusterFailuresTest {
  private static final String SECRET = "s3cret-Passw0rd";

  @Test
  void anUnreachableClusterIsNamedWithAHint() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    String url = "http://127.0.0.1:" + port + "/baoku";

    assertThatThrownBy(() -> new OpenSearchArchiveStore(Map.of()).openForReading(url))
        .isInstanceOf(ArchiveException.class)
        .hasMessage(
            "cannot reach OpenSearch at http://127.0.0.1:"
                + port
                + " (Connection refused): is the cluster running?");
  }

  @Test
  void wrongCredentialsSayWhichButNotThePassword() {
    try (FakeCluster fake = new FakeCluster()) {
      fake.answer(401, "{\"error\":\"Unauthorized\",\"status\":401}");
      var store =
          new OpenSearchArchiveStore(
              Map.of(ClusterCredentials.USER, "reader", ClusterCredentials.PASSWORD, SECRET));

      assertThatThrownBy(() -> store.openForWriting(fake.url() + "/baoku"))
          .isInstanceOf(ArchiveException.class)
          .hasMessageContaining("refused the sign-in with user 'reader'")
          .hasMessageContaining("HTTP 401")
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET).doesNotContain("\n"));
      // Nothing but the first look was asked: nothing was written.
      assertThat(fake.requests()).first().asString().startsWith("GET /");
    }
  }

  @Test
  void anApiKeyIsSentAsTheClusterExpects() {
    try (FakeCluster fake = new FakeCluster()) {
      fake.answer(401, "{}");
      var store = new OpenSearchArchiveStore(Map.of(ClusterCredentials.API_KEY, "id:key"));

      assertThatThrownBy(() -> store.openForReading(fake.url()))
          .hasMessageContaining("the API key in BAOKU_OPENSEARCH_API_KEY");
      assertThat(fake.requests()).contains("Authorization: ApiKey aWQ6a2V5");
    }
  }

  @Test
  void somethingThatIsNotOpenSearchIsRefused() {
    try (FakeCluster fake = new FakeCluster()) {
      fake.answer(
          200,
          "{\"version\":{\"number\":\"7.10.2\",\"build_flavor\":\"default\"},"
              + "\"tagline\":\"You Know, for Search\"}");

      assertThatThrownBy(
              () ->
                  OpenSearchArchive.openForWriting(
                      new ClusterConnection(
                          ClusterAddress.parse(fake.url()), ClusterCredentials.none()),
                      new ChineseAnalyzers(),
                      null))
          .hasMessageContaining("is not OpenSearch 2 or newer (it says elasticsearch 7.10.2)");
    }
  }

  @Test
  void credentialsNeverShowInTheirRecord() {
    ClusterCredentials credentials = new ClusterCredentials("admin", SECRET, null);

    assertThat(credentials.toString()).doesNotContain(SECRET).contains("admin");
  }
}
