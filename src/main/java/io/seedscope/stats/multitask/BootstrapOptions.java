package io.seedscope.stats.multitask;

/**
 * How to bootstrap: number of resamples, two-sided interval level, seed, and threads. Results do
 * not depend on {@code threads}: resamples are cut into fixed chunks, each with its own random
 * stream derived from the seed (see {@link Resampling}).
 */
public record BootstrapOptions(int resamples, double level, long seed, int threads) {
  /** rliable's default for aggregate metrics and probability of improvement intervals. */
  public static final int AGGREGATE_RESAMPLES = 50_000;

  /** rliable's default for performance-profile bands. */
  public static final int PROFILE_RESAMPLES = 2_000;

  public static final double DEFAULT_LEVEL = 0.95;

  public BootstrapOptions {
    if (resamples < 1) {
      throw new IllegalArgumentException("resamples must be >= 1, got " + resamples);
    }
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("level must be in (0, 1), got " + level);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
  }

  /** {@code resamples} at level 0.95 on all available processors. */
  public static BootstrapOptions of(int resamples, long seed) {
    return new BootstrapOptions(
        resamples, DEFAULT_LEVEL, seed, Runtime.getRuntime().availableProcessors());
  }

  public BootstrapOptions withResamples(int n) {
    return new BootstrapOptions(n, level, seed, threads);
  }

  public BootstrapOptions withLevel(double l) {
    return new BootstrapOptions(resamples, l, seed, threads);
  }

  public BootstrapOptions withThreads(int t) {
    return new BootstrapOptions(resamples, level, seed, t);
  }
}
