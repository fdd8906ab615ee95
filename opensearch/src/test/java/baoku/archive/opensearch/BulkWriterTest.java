package baoku.archive.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import baoku.archive.ArchiveException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bulk writes against a fake cluster: items turned away come back, refusals fail the write. */
class BulkWriterTest {
  private final List<Duration> waits = new ArrayList<>();
  private final Backoff backoff =
      new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1), 5, waits::add);

  private static String items(String... statuses) {
    StringBuilder out = new StringBuilder("{\"took\":1,\"errors\":true,\"items\":[");
    for (int i = 0; i < statuses.length; i++) {
      String status = statuses[i];
      out.append(i == 0 ? "" : ",")
          .append("{\"index\":{\"_index\":\"a\",\"_id\":\"id")
          .append(i)
          .append("\",\"status\":")
          .append(status);
      if (!status.startsWith("20")) {
        out.append(",\"error\":{\"type\":\"t")
            .append(status)
            .append("\",\"reason\":\"because ")
            .append(status)
            .append("\"}");
      }
      out.append("}}");
    }
    return out.append("]}").toString();
  }

  private static List<BulkWriter.Operation> operations(int n) {
    List<BulkWriter.Operation> ops = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ops.add(BulkWriter.Operation.index("id" + i, "{}".getBytes(StandardCharsets.UTF_8)));
    }
    return ops;
  }

  private BulkWriter writer(FakeCluster fake, long batchBytes) {
    ClusterConnection connection =
        new ClusterConnection(ClusterAddress.parse(fake.url()), ClusterCredentials.none());
    return new BulkWriter(
        connection.client(),
        "a",
        batchBytes,
        backoff,
        new ClusterFailures(connection.address(), connection.credentials()));
  }

  @Test
  void sendsAgainOnlyTheItemsTheClusterWasTooBusyFor() {
    try (FakeCluster fake = new FakeCluster()) {
      fake.answer(200, items("201", "429", "201", "503"))
          .answer(200, items("201", "429"))
          .answer(200, items("201"));

      writer(fake, 1 << 20).send(operations(4));

      List<String> bulks =
          fake.requests().stream().filter(r -> r.startsWith("POST /a/_bulk")).toList();
      assertThat(bulks).hasSize(3);
      assertThat(bulks.get(1)).contains("\"id1\"").contains("\"id3\"").doesNotContain("\"id0\"");
      assertThat(bulks.get(2)).contains("\"id3\"").doesNotContain("\"id1\"");
      assertThat(waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
    }
  }

  @Test
  void anItemRefusedForGoodFailsTheWriteWithItsReason() {
    try (FakeCluster fake = new FakeCluster()) {
      fake.answer(200, items("201", "400"));

      assertThatThrownBy(() -> writer(fake, 1 << 20).send(operations(2)))
          .isInstanceOf(ArchiveException.class)
          .hasMessage("cannot store id1 in archive a: t400: because 400");
    }
  }

  @Test
  void givesUpAfterItsTriesAndSaysARerunResumes() {
    try (FakeCluster fake = new FakeCluster()) {
      for (int i = 0; i < 5; i++) {
        fake.answer(429, "{\"error\":{\"type\":\"rejected\",\"reason\":\"busy\"},\"status\":429}");
      }

      assertThatThrownBy(() -> writer(fake, 1 << 20).send(operations(1)))
          .isInstanceOf(ArchiveException.class)
          .hasMessageContaining("after 5 tries")
          .hasMessageContaining("run the same command again to resume");
      assertThat(waits).hasSize(4);
    }
  }

  @Test
  void splitsRequestsBySize() {
    try (FakeCluster fake = new FakeCluster()) {
      fake.answer(200, items("201", "201")).answer(200, items("201", "201"));
      BulkWriter writer = writer(fake, 2 * operations(1).get(0).bytes());

      assertThat(writer.add(operations(1))).isEmpty();
      List<BulkWriter.Operation> full = writer.add(operations(3).subList(1, 3));
      assertThat(full).hasSize(3);
      writer.send(operations(4));

      assertThat(fake.requests().stream().filter(r -> r.startsWith("POST")).count()).isEqualTo(2);
    }
  }
}
