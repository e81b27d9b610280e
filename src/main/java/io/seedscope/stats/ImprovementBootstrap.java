package io.seedscope.stats;

import io.seedscope.model.Goal;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Percentile bootstrap interval of the probability of improvement, as rliable's {@code
 * get_interval_estimates} computes it for one task (both sets of runs resampled independently,
 * percentile method). In paired mode pairs are resampled together, keeping the common random
 * numbers.
 *
 * <p>Each replicate is computed from resample counts over the sorted values with one merge pass,
 * O(n_b + n_c) instead of the O(n_b n_c) pair loop; the sums are of halves of integers, so the
 * result is bit-identical to the pair loop.
 */
final class ImprovementBootstrap {

  private ImprovementBootstrap() {}

  static TestResults.ProbabilityOfImprovement interval(
      double[] baseline, double[] candidate, Goal goal, boolean paired, ComparisonOptions opts) {
    double estimate = EffectSizes.probabilityOfImprovement(baseline, candidate, goal);
    String method = IntervalMethod.PERCENTILE.label();
    if (baseline.length < 2 || candidate.length < 2) {
      return new TestResults.ProbabilityOfImprovement(estimate, null, null, method, opts.level());
    }
    double[] reps =
        replicates(
            baseline, candidate, goal.sign(), paired, opts.resamples(), opts.seed(),
            opts.threads());
    Interval ci = BootstrapIntervals.percentileInPlace(reps, opts.level());
    return new TestResults.ProbabilityOfImprovement(
        estimate, ci.low(), ci.high(), method, opts.level());
  }

  static double[] replicates(
      double[] baseline,
      double[] candidate,
      double sign,
      boolean paired,
      int resamples,
      long seed,
      int threads) {
    int nb = baseline.length;
    int nc = candidate.length;
    // rank[i] = position of value i in ascending order of sign * value.
    int[] rankB = sortedPositions(baseline, sign);
    int[] rankC = sortedPositions(candidate, sign);
    double[] bs = sortedSigned(baseline, sign);
    double[] cs = sortedSigned(candidate, sign);
    double[] reps = new double[resamples];
    ResamplingStreams.run(
        seed,
        resamples,
        threads,
        (rng, from, to) -> {
          int[] wb = new int[nb];
          int[] wc = new int[nc];
          UniformIndex ic = new UniformIndex(rng, nc);
          UniformIndex ib = new UniformIndex(rng, nb);
          for (int r = from; r < to; r++) {
            Arrays.fill(wb, 0);
            Arrays.fill(wc, 0);
            for (int i = 0; i < nc; i++) {
              int k = ic.next();
              wc[rankC[k]]++;
              if (paired) {
                wb[rankB[k]]++;
              }
            }
            if (!paired) {
              for (int i = 0; i < nb; i++) {
                wb[rankB[ib.next()]]++;
              }
            }
            reps[r] = fromCounts(bs, wb, cs, wc);
          }
        });
    return reps;
  }

  /**
   * P(C > B) + 0.5 P(C = B) of the resample holding {@code wc[i]} copies of {@code cs[i]} and
   * {@code wb[j]} copies of {@code bs[j]}; both value arrays ascending.
   */
  static double fromCounts(double[] bs, int[] wb, double[] cs, int[] wc) {
    double wins = 0;
    long below = 0;
    int j = 0;
    long totalB = 0;
    long totalC = 0;
    for (int w : wb) {
      totalB += w;
    }
    for (int i = 0; i < cs.length; i++) {
      double c = cs[i];
      while (j < bs.length && bs[j] < c) {
        below += wb[j];
        j++;
      }
      if (wc[i] == 0) {
        continue;
      }
      long equal = 0;
      for (int k = j; k < bs.length && bs[k] == c; k++) {
        equal += wb[k];
      }
      wins += wc[i] * (below + 0.5 * equal);
      totalC += wc[i];
    }
    return wins / ((double) totalB * totalC);
  }

  private static double[] sortedSigned(double[] x, double sign) {
    double[] s = new double[x.length];
    for (int i = 0; i < s.length; i++) {
      s[i] = sign * x[i];
    }
    Arrays.sort(s);
    return s;
  }

  private static int[] sortedPositions(double[] x, double sign) {
    Integer[] order = IntStream.range(0, x.length).boxed().toArray(Integer[]::new);
    Arrays.sort(order, (a, b) -> Double.compare(sign * x[a], sign * x[b]));
    int[] rank = new int[x.length];
    for (int p = 0; p < order.length; p++) {
      rank[order[p]] = p;
    }
    return rank;
  }
}
