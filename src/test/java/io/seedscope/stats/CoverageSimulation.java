package io.seedscope.stats;

import java.util.Locale;
import java.util.function.DoubleSupplier;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Simulated coverage of the intervals of a mean: draw {@code n} values from a distribution with a
 * known mean, compute the intervals, count how often each contains the true mean.
 */
final class CoverageSimulation {

  /** Test distributions with their exact means. */
  enum Population {
    /** N(0, 1). */
    NORMAL(0.0),
    /** exp(N(0, 1)): mean exp(1/2), strongly right-skewed. */
    LOGNORMAL(Math.exp(0.5)),
    /** 0.8 N(0, 1) + 0.2 N(5, 1): a fifth of the seeds land in another mode; mean 1. */
    BIMODAL(1.0);

    final double mean;

    Population(double mean) {
      this.mean = mean;
    }

    DoubleSupplier sampler(UniformRandomProvider rng) {
      ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(rng);
      switch (this) {
        case NORMAL:
          return g::sample;
        case LOGNORMAL:
          return () -> Math.exp(g.sample());
        default:
          return () -> rng.nextDouble() < 0.2 ? 5 + g.sample() : g.sample();
      }
    }
  }

  private CoverageSimulation() {}

  /** Coverage of t, percentile and BCa (in that order) over {@code reps} simulated samples. */
  static double[] coverage(Population pop, int n, int reps, int resamples, long seed) {
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    DoubleSupplier draw = pop.sampler(rng);
    int[] hits = new int[3];
    double[] x = new double[n];
    for (int r = 0; r < reps; r++) {
      for (int i = 0; i < n; i++) {
        x[i] = draw.getAsDouble();
      }
      GroupStatistics g =
          GroupStatistics.of(x, new StatsOptions(0.95, resamples, seed * 1_000_003L + r, null));
      hits[0] += g.intervals().t().contains(pop.mean) ? 1 : 0;
      hits[1] += g.intervals().percentile().contains(pop.mean) ? 1 : 0;
      hits[2] += g.intervals().bca().contains(pop.mean) ? 1 : 0;
    }
    return new double[] {hits[0] / (double) reps, hits[1] / (double) reps, hits[2] / (double) reps};
  }

  /** t-interval coverage only (no bootstrap), fast enough for 10,000 replications in a test. */
  static double tCoverage(Population pop, int n, int reps, long seed) {
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    DoubleSupplier draw = pop.sampler(rng);
    int hits = 0;
    double[] x = new double[n];
    for (int r = 0; r < reps; r++) {
      for (int i = 0; i < n; i++) {
        x[i] = draw.getAsDouble();
      }
      double sem = Math.sqrt(Summary.variance(x) / n);
      hits += GroupStatistics.tInterval(Summary.mean(x), sem, n, 0.95).contains(pop.mean) ? 1 : 0;
    }
    return hits / (double) reps;
  }

  /**
   * Prints the full coverage table (markdown) for docs/stats.md. Run once with: {@code mvn -o test
   * -Dtest=CoverageTableTest -Dcoverage.full=true}.
   */
  static String table(int reps, int resamples, long seed) {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "Nominal 95%%; %d simulated samples per row, %d bootstrap resamples, seed %d.%n%n",
            reps,
            resamples,
            seed));
    sb.append("| population | n | t | percentile | BCa |\n|---|---:|---:|---:|---:|\n");
    for (Population p : Population.values()) {
      for (int n : new int[] {5, 10, 30}) {
        double[] c = coverage(p, n, reps, resamples, seed + n);
        sb.append(
            String.format(
                Locale.ROOT,
                "| %s | %d | %.1f%% | %.1f%% | %.1f%% |%n",
                p.name().toLowerCase(Locale.ROOT),
                n,
                100 * c[0],
                100 * c[1],
                100 * c[2]));
      }
    }
    return sb.toString();
  }
}
