package io.seedscope.stats;

/**
 * Options of a two-sample comparison.
 *
 * @param level confidence level of the intervals (mean difference, probability of improvement)
 * @param resamples bootstrap resamples; default 10,000
 * @param seed seed of every resampling in the comparison
 * @param alternative alternative hypothesis of every test, about candidate minus baseline
 * @param paired the i-th baseline and candidate values share a seed (common random numbers)
 * @param threads worker threads; the result does not depend on it
 * @param exactPermutationLimit enumerate the permutation null exactly when it has at most this many
 *     distinct splits (default 20,000)
 * @param permutationResamples Monte Carlo permutations otherwise (default 9,999, as scipy)
 */
public record ComparisonOptions(
    double level,
    int resamples,
    long seed,
    Alternative alternative,
    boolean paired,
    int threads,
    int exactPermutationLimit,
    int permutationResamples) {

  public static final int DEFAULT_EXACT_PERMUTATION_LIMIT = 20_000;
  public static final int DEFAULT_PERMUTATION_RESAMPLES = 9_999;

  public ComparisonOptions {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("confidence level must be in (0, 1), not " + level);
    }
    if (resamples < 1 || permutationResamples < 1) {
      throw new IllegalArgumentException("resamples must be at least 1");
    }
    if (alternative == null) {
      alternative = Alternative.TWO_SIDED;
    }
    threads = Math.max(1, threads);
  }

  /** Level 0.95, 10,000 resamples, two-sided, unpaired, one thread. */
  public static ComparisonOptions defaults(long seed) {
    return new ComparisonOptions(
        StatsOptions.DEFAULT_LEVEL,
        StatsOptions.DEFAULT_RESAMPLES,
        seed,
        Alternative.TWO_SIDED,
        false,
        1,
        DEFAULT_EXACT_PERMUTATION_LIMIT,
        DEFAULT_PERMUTATION_RESAMPLES);
  }

  public ComparisonOptions withPaired(boolean p) {
    return new ComparisonOptions(
        level,
        resamples,
        seed,
        alternative,
        p,
        threads,
        exactPermutationLimit,
        permutationResamples);
  }

  public ComparisonOptions withAlternative(Alternative a) {
    return new ComparisonOptions(
        level, resamples, seed, a, paired, threads, exactPermutationLimit, permutationResamples);
  }

  public ComparisonOptions withThreads(int n) {
    return new ComparisonOptions(
        level,
        resamples,
        seed,
        alternative,
        paired,
        n,
        exactPermutationLimit,
        permutationResamples);
  }

  public ComparisonOptions withLevel(double l) {
    return new ComparisonOptions(
        l,
        resamples,
        seed,
        alternative,
        paired,
        threads,
        exactPermutationLimit,
        permutationResamples);
  }

  public ComparisonOptions withResamples(int r) {
    return new ComparisonOptions(
        level, r, seed, alternative, paired, threads, exactPermutationLimit, permutationResamples);
  }

  public ComparisonOptions withPermutations(int exactLimit, int monteCarloResamples) {
    return new ComparisonOptions(
        level, resamples, seed, alternative, paired, threads, exactLimit, monteCarloResamples);
  }
}
