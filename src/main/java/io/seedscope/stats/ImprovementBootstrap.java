package io.seedscope.stats;

import io.seedscope.model.Goal;

/**
 * Percentile bootstrap interval of the probability of improvement, as rliable's {@code
 * get_interval_estimates} computes it for one task (both sets of runs resampled independently,
 * percentile method). In paired mode pairs are resampled together, keeping the common random
 * numbers.
 */
final class ImprovementBootstrap {

  private ImprovementBootstrap() {}

  static TestResults.ProbabilityOfImprovement interval(
      double[] baseline, double[] candidate, Goal goal, boolean paired, ComparisonOptions opts) {
    double sign = goal.sign();
    double estimate = EffectSizes.probabilityOfImprovement(baseline, candidate, goal);
    int nb = baseline.length;
    int nc = candidate.length;
    String method = IntervalMethod.PERCENTILE.label();
    if (nb < 2 || nc < 2) {
      return new TestResults.ProbabilityOfImprovement(estimate, null, null, method, opts.level());
    }
    double[] reps = new double[opts.resamples()];
    ResamplingStreams.run(
        opts.seed(),
        reps.length,
        opts.threads(),
        (rng, from, to) -> {
          int[] ib = new int[nb];
          int[] ic = new int[nc];
          for (int r = from; r < to; r++) {
            for (int i = 0; i < nc; i++) {
              ic[i] = rng.nextInt(nc);
            }
            if (paired) {
              System.arraycopy(ic, 0, ib, 0, nb);
            } else {
              for (int i = 0; i < nb; i++) {
                ib[i] = rng.nextInt(nb);
              }
            }
            reps[r] = EffectSizes.probabilityOfImprovement(baseline, ib, candidate, ic, sign);
          }
        });
    Interval ci = BootstrapIntervals.percentileInPlace(reps, opts.level());
    return new TestResults.ProbabilityOfImprovement(
        estimate, ci.low(), ci.high(), method, opts.level());
  }
}
