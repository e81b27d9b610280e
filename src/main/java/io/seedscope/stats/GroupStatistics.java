package io.seedscope.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * Statistics of one group (implementation x task x config) over its seeds. Every field that can be
 * undefined is a boxed {@code Double} that is {@code null} rather than NaN (JSON has no NaN).
 *
 * <p>Conventions: {@code std} has the n - 1 denominator; {@code sem = std / sqrt(n)}; {@code iqm}
 * is rliable's interquartile mean ({@code scipy.stats.trim_mean(x, 0.25)}); {@code cv = std /
 * |mean|}. All three intervals are intervals of the mean at {@code opts.level()}; percentile and
 * BCa share the same bootstrap replicates. With n < 2 every spread and interval is null; with zero
 * variance std, sem and cv are 0 and every interval is the point [mean, mean]. {@code warnings}
 * says which numbers not to trust (see {@link SmallSampleWarnings}).
 */
public record GroupStatistics(
    int n,
    Double mean,
    Double std,
    Double sem,
    Double median,
    Double iqm,
    Double min,
    Double max,
    Double cv,
    Interval ci,
    Intervals intervals,
    List<String> warnings) {

  public GroupStatistics {
    warnings = List.copyOf(warnings);
  }

  /**
   * Computes all statistics of {@code values}, which must be finite (exclude divergent runs first).
   */
  public static GroupStatistics of(double[] values, StatsOptions opts) {
    Summary.requireFinite(values, "group");
    int k = Scale.exponent(values);
    GroupStatistics s = compute(Scale.down(values, k), opts);
    return k == 0 ? s : s.scaledUp(k, values);
  }

  private static GroupStatistics compute(double[] values, StatsOptions opts) {
    int n = values.length;
    double level = opts.level();
    boolean constant = n > 0 && Summary.constant(values);
    List<String> warnings = SmallSampleWarnings.forGroup(n, constant);
    if (n == 0) {
      Intervals none = undefinedIntervals(level);
      return new GroupStatistics(
          0,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          none.get(opts.defaultMethod()),
          none,
          warnings);
    }
    double mean = Summary.mean(values);
    double std = Math.sqrt(Summary.variance(values));
    double sem = std / Math.sqrt(n);
    Intervals intervals;
    if (n < 2) {
      intervals = undefinedIntervals(level);
    } else if (constant) {
      intervals =
          new Intervals(
              new Interval(mean, mean, IntervalMethod.T.label(), level),
              new Interval(mean, mean, IntervalMethod.PERCENTILE.label(), level),
              new Interval(mean, mean, IntervalMethod.BCA.label(), level));
    } else {
      double[] reps =
          MeanBootstrap.replicates(values, opts.resamples(), opts.seed(), opts.threads());
      // BCa first: it counts against the estimate, then both select in place on the same buffer.
      Interval bca = BootstrapIntervals.bcaOfMean(values, reps, level);
      Interval pct = BootstrapIntervals.percentileInPlace(reps, level);
      intervals = new Intervals(tInterval(mean, sem, n, level), pct, bca);
    }
    double cv = mean == 0 ? Double.NaN : std / Math.abs(mean);
    return new GroupStatistics(
        n,
        mean,
        Summary.box(std),
        Summary.box(sem),
        Summary.median(values),
        Summary.iqm(values),
        Summary.min(values),
        Summary.max(values),
        Summary.box(cv),
        intervals.get(opts.defaultMethod()),
        intervals,
        warnings);
  }

  /**
   * These statistics of data divided by 2^k, multiplied back; min and max are taken from the
   * original values. What is beyond the largest double becomes null, with a warning.
   */
  private GroupStatistics scaledUp(int k, double[] original) {
    List<String> lost = new ArrayList<>();
    Double m = up(mean, k, "mean", lost);
    Double sd = up(std, k, "std", lost);
    Double se = up(sem, k, "sem", lost);
    Double med = up(median, k, "median", lost);
    Double iq = up(iqm, k, "iqm", lost);
    Intervals up =
        new Intervals(
            up(intervals.t(), k, lost),
            up(intervals.percentile(), k, lost),
            up(intervals.bca(), k, lost));
    List<String> w = new ArrayList<>(warnings);
    if (!lost.isEmpty()) {
      w.add(
          "|values| up to "
              + Scale.maxAbs(original)
              + ": "
              + String.join(", ", lost)
              + (lost.size() == 1 ? " is" : " are")
              + " beyond the largest double and reported as null");
    }
    return new GroupStatistics(
        n,
        m,
        sd,
        se,
        med,
        iq,
        Summary.min(original),
        Summary.max(original),
        cv,
        up.get(IntervalMethod.parse(ci.method())),
        up,
        w);
  }

  private static Double up(Double v, int k, String name, List<String> lost) {
    Double out = Scale.up(v, k);
    if (v != null && out == null) {
      lost.add(name);
    }
    return out;
  }

  private static Interval up(Interval i, int k, List<String> lost) {
    Interval out = Scale.up(i, k);
    if (i.defined() && !out.defined()) {
      lost.add("the " + i.method() + " interval");
    }
    return out;
  }

  /** Student t interval {@code mean +- t_{(1+level)/2, n-1} sem}; undefined for n < 2. */
  public static Interval tInterval(double mean, double sem, int n, double level) {
    if (n < 2) {
      return Interval.undefined(IntervalMethod.T.label(), level);
    }
    double h = tQuantile((1 + level) / 2, n - 1) * sem;
    return Interval.of(mean - h, mean + h, IntervalMethod.T.label(), level);
  }

  static double tQuantile(double p, double df) {
    return Distributions.tQuantile(p, df);
  }

  private static Intervals undefinedIntervals(double level) {
    return new Intervals(
        Interval.undefined(IntervalMethod.T.label(), level),
        Interval.undefined(IntervalMethod.PERCENTILE.label(), level),
        Interval.undefined(IntervalMethod.BCA.label(), level));
  }
}
