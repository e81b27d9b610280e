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
 * <p>Each replicate is computed from resample counts over the sorted values, with prefix sums over
 * precomputed rank bounds: O(n_b + n_c) instead of the O(n_b n_c) pair loop. The sums are of halves
 * of integers, so the result is bit-identical to the pair loop.
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
            baseline,
            candidate,
            goal.sign(),
            paired,
            opts.resamples(),
            opts.seed(),
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
    int[][] bounds = bounds(bs, cs);
    int[] lo = bounds[0];
    int[] hi = bounds[1];
    double[] reps = new double[resamples];
    ResamplingStreams.run(
        seed,
        resamples,
        threads,
        (rng, from, to) -> {
          int[] wb = new int[nb];
          int[] wc = new int[nc];
          long[] prefix = new long[nb + 1];
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
            reps[r] = fromCounts(wb, wc, lo, hi, prefix);
          }
        });
    return reps;
  }

  /**
   * P(C > B) + 0.5 P(C = B) of the resample holding {@code wc[i]} copies of {@code cs[i]} and
   * {@code wb[j]} copies of {@code bs[j]}; both value arrays ascending.
   */
  static double fromCounts(double[] bs, int[] wb, double[] cs, int[] wc) {
    int[][] bounds = bounds(bs, cs);
    return fromCounts(wb, wc, bounds[0], bounds[1], new long[bs.length + 1]);
  }

  /**
   * The same from precomputed bounds: {@code lo[i]} = #{b < cs[i]}, {@code hi[i]} = #{b <= cs[i]}
   * in the sorted baseline; {@code prefix} is scratch of length n_b + 1. Branch-free apart from
   * skipping candidate values not drawn.
   */
  static double fromCounts(int[] wb, int[] wc, int[] lo, int[] hi, long[] prefix) {
    for (int j = 0; j < wb.length; j++) {
      prefix[j + 1] = prefix[j] + wb[j];
    }
    double wins = 0;
    long totalC = 0;
    for (int i = 0; i < wc.length; i++) {
      if (wc[i] != 0) {
        long below = prefix[lo[i]];
        wins += wc[i] * (below + 0.5 * (prefix[hi[i]] - below));
        totalC += wc[i];
      }
    }
    return wins / ((double) prefix[wb.length] * totalC);
  }

  /** For each sorted candidate value: how many sorted baseline values lie below / at or below. */
  static int[][] bounds(double[] bs, double[] cs) {
    int[] lo = new int[cs.length];
    int[] hi = new int[cs.length];
    int j = 0;
    int k = 0;
    for (int i = 0; i < cs.length; i++) {
      while (j < bs.length && bs[j] < cs[i]) {
        j++;
      }
      k = Math.max(k, j);
      while (k < bs.length && bs[k] <= cs[i]) {
        k++;
      }
      lo[i] = j;
      hi[i] = k;
    }
    return new int[][] {lo, hi};
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
