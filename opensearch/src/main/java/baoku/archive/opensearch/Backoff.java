package baoku.archive.opensearch;

import java.time.Duration;

/**
 * How long to wait before the n-th retry of a write the cluster turned away (busy, or failing over
 * to a replica): doubling from {@code first} up to {@code longest}, for at most {@code tries} tries
 * in all. The waiting itself is behind {@link Sleeper}, so tests need not wait.
 */
record Backoff(Duration first, Duration longest, int tries, Sleeper sleeper) {
  /** About two minutes in all: longer than a primary shard takes to fail over. */
  static Backoff standard() {
    return new Backoff(Duration.ofMillis(200), Duration.ofSeconds(15), 14, Sleeper.REAL);
  }

  Duration delay(int retry) {
    long millis = first.toMillis() << Math.min(retry, 20);
    return Duration.ofMillis(Math.min(millis, longest.toMillis()));
  }

  void pause(int retry) {
    sleeper.sleep(delay(retry));
  }

  /** Waits; {@link #REAL} sleeps the thread. */
  interface Sleeper {
    void sleep(Duration duration);

    Sleeper REAL =
        duration -> {
          try {
            Thread.sleep(duration);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry a write", e);
          }
        };
  }
}
