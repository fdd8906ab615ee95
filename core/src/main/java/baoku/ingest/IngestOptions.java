package baoku.ingest;

import java.time.Duration;

/**
 * How an ingest run works.
 *
 * @param paper the paper of pages whose masthead, manifest and path do not name one, or {@code
 *     null}
 * @param commitInterval how long to go at most between commits; a commit falls between issues, and
 *     {@link Duration#ZERO} commits after every issue
 * @param threads how many files are read, parsed and analysed at once
 */
public record IngestOptions(String paper, Duration commitInterval, int threads) {
  public IngestOptions {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1");
    }
  }

  public static IngestOptions defaults() {
    return new IngestOptions(
        null, Duration.ofSeconds(5), Runtime.getRuntime().availableProcessors());
  }

  public IngestOptions withPaper(String value) {
    return new IngestOptions(value, commitInterval, threads);
  }

  public IngestOptions withCommitInterval(Duration value) {
    return new IngestOptions(paper, value, threads);
  }

  public IngestOptions withThreads(int value) {
    return new IngestOptions(paper, commitInterval, value);
  }
}
