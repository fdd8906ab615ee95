package baoku.archive.opensearch;

import baoku.archive.ArchiveException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;
import org.opensearch.client.util.BinaryData;

/**
 * Collects index and delete operations and sends them as bulk requests of about {@code batchBytes}
 * each. Items the cluster turns away for now (429 too busy, 503 a shard failing over) and requests
 * that fail in transit are sent again after a {@link Backoff}; an item refused for good fails the
 * write with its reason. Ids are the archive's own, so sending an item twice is harmless.
 */
final class BulkWriter {
  /** One document to index ({@code source} its JSON) or delete ({@code source} null). */
  record Operation(String id, byte[] source) {
    static Operation index(String id, byte[] source) {
      return new Operation(id, source);
    }

    static Operation delete(String id) {
      return new Operation(id, null);
    }

    /** What it adds to a request: its source and an action line. */
    long bytes() {
      return (source == null ? 0 : source.length) + id.length() * 3L + 64;
    }
  }

  private final OpenSearchClient client;
  private final String index;
  private final long batchBytes;
  private final Backoff backoff;
  private final ClusterFailures failures;

  private List<Operation> pending = new ArrayList<>();
  private long pendingBytes;

  BulkWriter(
      OpenSearchClient client,
      String index,
      long batchBytes,
      Backoff backoff,
      ClusterFailures failures) {
    this.client = client;
    this.index = index;
    this.batchBytes = batchBytes;
    this.backoff = backoff;
    this.failures = failures;
  }

  /**
   * Queues operations, and returns a full batch for the caller to {@link #send} (outside any lock,
   * so other threads keep queueing meanwhile), or an empty list.
   */
  synchronized List<Operation> add(List<Operation> operations) {
    for (Operation op : operations) {
      pending.add(op);
      pendingBytes += op.bytes();
    }
    return pendingBytes >= batchBytes ? drain() : List.of();
  }

  /** Everything queued, to be sent now. */
  synchronized List<Operation> drain() {
    List<Operation> batch = pending;
    pending = new ArrayList<>();
    pendingBytes = 0;
    return batch;
  }

  /** Sends operations in requests of about {@code batchBytes}, each until it is fully stored. */
  void send(List<Operation> operations) {
    List<Operation> request = new ArrayList<>();
    long bytes = 0;
    for (Operation op : operations) {
      request.add(op);
      bytes += op.bytes();
      if (bytes >= batchBytes) {
        sendOne(request);
        request = new ArrayList<>();
        bytes = 0;
      }
    }
    if (!request.isEmpty()) {
      sendOne(request);
    }
  }

  private void sendOne(List<Operation> batch) {
    List<Operation> remaining = batch;
    String lastProblem = "";
    for (int attempt = 0; attempt < backoff.tries(); attempt++) {
      if (attempt > 0) {
        backoff.pause(attempt - 1);
      }
      BulkResponse response;
      try {
        List<BulkOperation> operations = operations(remaining);
        response = client.bulk(b -> b.index(index).operations(operations));
      } catch (IOException | RuntimeException e) {
        if (!ClusterFailures.transientFailure(e)) {
          throw failures.explain("write to archive " + index, e);
        }
        lastProblem = e.getMessage();
        continue;
      }
      List<Operation> retry = new ArrayList<>();
      List<BulkResponseItem> items = response.items();
      for (int i = 0; i < items.size(); i++) {
        BulkResponseItem item = items.get(i);
        if (item.error() == null) { // a delete of what is not there is no error
          continue;
        }
        if (isTransient(item.status())) {
          retry.add(remaining.get(i));
          lastProblem = "HTTP " + item.status() + " " + ClusterFailures.reason(item.error());
        } else {
          throw new ArchiveException(
              "cannot store "
                  + item.id()
                  + " in archive "
                  + index
                  + ": "
                  + ClusterFailures.reason(item.error()));
        }
      }
      if (retry.isEmpty()) {
        return;
      }
      remaining = retry;
    }
    throw new ArchiveException(
        "OpenSearch kept turning away writes to archive "
            + index
            + " after "
            + backoff.tries()
            + " tries (last: "
            + lastProblem
            + "); run the same command again to resume");
  }

  private static boolean isTransient(int status) {
    return status == 429 || status == 502 || status == 503 || status == 504 || status == 500;
  }

  private List<BulkOperation> operations(List<Operation> batch) {
    List<BulkOperation> out = new ArrayList<>(batch.size());
    for (Operation op : batch) {
      if (op.source() == null) {
        out.add(BulkOperation.of(b -> b.delete(d -> d.id(op.id()))));
      } else {
        BinaryData source = BinaryData.of(op.source(), "application/json");
        out.add(BulkOperation.of(b -> b.index(i -> i.id(op.id()).document(source))));
      }
    }
    return out;
  }
}
