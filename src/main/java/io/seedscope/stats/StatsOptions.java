package io.seedscope.stats;

/**
 * Options of the per-group statistics.
 *
 * @param level confidence level of every interval, in (0, 1); default 0.95
 * @param resamples bootstrap resamples; default 10,000
 * @param seed seed of the bootstrap streams; same seed, same intervals (for any thread count)
 * @param defaultMethod the interval reported as {@code ci}; default BCa
 * @param threads worker threads for the resampling; the result does not depend on it
 */
public record StatsOptions(
    double level, int resamples, long seed, IntervalMethod defaultMethod, int threads) {

  public static final double DEFAULT_LEVEL = 0.95;
  public static final int DEFAULT_RESAMPLES = 10_000;

  public StatsOptions {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("confidence level must be in (0, 1), not " + level);
    }
    if (resamples < 1) {
      throw new IllegalArgumentException("resamples must be at least 1, not " + resamples);
    }
    if (defaultMethod == null) {
      defaultMethod = IntervalMethod.BCA;
    }
    threads = Math.max(1, threads);
  }

  /** Single-threaded options. */
  public StatsOptions(double level, int resamples, long seed, IntervalMethod defaultMethod) {
    this(level, resamples, seed, defaultMethod, 1);
  }

  /** Level 0.95, 10,000 resamples, BCa, one thread. */
  public static StatsOptions defaults(long seed) {
    return new StatsOptions(DEFAULT_LEVEL, DEFAULT_RESAMPLES, seed, IntervalMethod.BCA, 1);
  }

  public StatsOptions withThreads(int n) {
    return new StatsOptions(level, resamples, seed, defaultMethod, n);
  }

  public StatsOptions withSeed(long s) {
    return new StatsOptions(level, resamples, s, defaultMethod, threads);
  }
}
