package baoku.testing;

/**
 * How long a fuzz test runs, in iterations (never in time, so a slow machine runs the same inputs):
 * a few seconds' worth by default, in CI; {@code -Dbaoku.fuzz.iterations=N} for a longer run by
 * hand, {@code -Dbaoku.fuzz.seed=S} to draw other inputs (a failure names its seed and iteration,
 * so it can be drawn again).
 */
public record FuzzBudget(long seed, int iterations) {
  public static final long DEFAULT_SEED = 20_211_021L;

  /** The budget the system properties set, else {@code defaultIterations}. */
  public static FuzzBudget of(int defaultIterations) {
    return new FuzzBudget(
        Long.getLong("baoku.fuzz.seed", DEFAULT_SEED),
        Integer.getInteger("baoku.fuzz.iterations", defaultIterations));
  }
}
