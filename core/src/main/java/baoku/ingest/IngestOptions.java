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
 * @param strict whether text that is no newspaper page (too little Chinese text, or neither
 *     masthead nor article: a README, source code) is rejected; otherwise it is stored, empty, with
 *     a warning
 */
public record IngestOptions(String paper, Duration commitInterval, int threads, boolean strict) {
  private static final Duration DEFAULT_COMMIT_INTERVAL = Duration.ofSeconds(30);

  public IngestOptions {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1");
    }
  }

  public static IngestOptions defaults() {
    return new IngestOptions(
        null, DEFAULT_COMMIT_INTERVAL, Runtime.getRuntime().availableProcessors(), false);
  }

  public IngestOptions withPaper(String value) {
    return new IngestOptions(value, commitInterval, threads, strict);
  }

  public IngestOptions withCommitInterval(Duration value) {
    return new IngestOptions(paper, value, threads, strict);
  }

  public IngestOptions withThreads(int value) {
    return new IngestOptions(paper, commitInterval, value, strict);
  }

  public IngestOptions withStrict(boolean value) {
    return new IngestOptions(paper, commitInterval, threads, value);
  }
}
