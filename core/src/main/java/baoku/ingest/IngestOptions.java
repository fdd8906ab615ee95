package baoku.ingest;

import java.time.Duration;

/**
 * How an ingest run works.
 *
 * @param paper the paper of pages whose masthead, manifest and path do not name one, or {@code
 *     null}
 * @param commitInterval how long to go at most between commits; a commit falls between issues, and
 *     {@link Duration#ZERO} commits after every issue. Each commit writes out and syncs the
 *     segments held in memory, and puts wait for it; the default of 30 s keeps that small. A kill
 *     loses what was put since the last commit, and the next run reads only that again.
 * @param threads how many files are read, parsed and analysed at once
 * @param strict whether text that is no newspaper page (too little Chinese text, or neither
 *     masthead nor article: a README, source code) is rejected; otherwise it is stored, empty, with
 *     a warning
 * @param reparse whether files whose pages the archive holds from an earlier run, unchanged and
 *     named alike, are read again; otherwise they are skipped
 * @param replace whether the pages an issue's files bring replace the whole issue held (its other
 *     pages go); otherwise they replace pages of the same number only. Implies {@code reparse}.
 */
public record IngestOptions(
    String paper,
    Duration commitInterval,
    int threads,
    boolean strict,
    boolean reparse,
    boolean replace) {
  private static final Duration DEFAULT_COMMIT_INTERVAL = Duration.ofSeconds(30);

  public IngestOptions {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1");
    }
  }

  public static IngestOptions defaults() {
    return new IngestOptions(
        null,
        DEFAULT_COMMIT_INTERVAL,
        Runtime.getRuntime().availableProcessors(),
        false,
        false,
        false);
  }

  public IngestOptions withPaper(String value) {
    return new IngestOptions(value, commitInterval, threads, strict, reparse, replace);
  }

  public IngestOptions withCommitInterval(Duration value) {
    return new IngestOptions(paper, value, threads, strict, reparse, replace);
  }

  public IngestOptions withThreads(int value) {
    return new IngestOptions(paper, commitInterval, value, strict, reparse, replace);
  }

  public IngestOptions withStrict(boolean value) {
    return new IngestOptions(paper, commitInterval, threads, value, reparse, replace);
  }

  public IngestOptions withReparse(boolean value) {
    return new IngestOptions(paper, commitInterval, threads, strict, value, replace);
  }

  public IngestOptions withReplace(boolean value) {
    return new IngestOptions(paper, commitInterval, threads, strict, reparse, value);
  }

  /** Whether a file already ingested unchanged is skipped. */
  boolean skipsIngested() {
    return !reparse && !replace;
  }
}
