package baoku.ingest;

import java.time.Duration;

/**
 * How an ingest run works.
 *
 * @param paper the paper of pages whose masthead, manifest and path do not name one, or {@code
 *     null}
 * @param commitInterval how long to go at most between commits; a commit falls between issues, and
 *     {@link Duration#ZERO} commits after every issue. Each commit writes out and syncs the
 *     segments held in memory, and puts wait for it; the default of 30 s keeps that small and loses
 *     at most 30 s of work to a kill, which the next run redoes.
 * @param threads how many files are read, parsed and analysed at once
 */
public record IngestOptions(String paper, Duration commitInterval, int threads) {
  private static final Duration DEFAULT_COMMIT_INTERVAL = Duration.ofSeconds(30);

  public IngestOptions {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1");
    }
  }

  public static IngestOptions defaults() {
    return new IngestOptions(
        null, DEFAULT_COMMIT_INTERVAL, Runtime.getRuntime().availableProcessors());
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
