package io.seedscope.stats;

import io.seedscope.model.Goal;
import io.seedscope.model.InputException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.statistics.inference.DataDispersion;
import org.apache.commons.statistics.inference.TTest;

/** Two-sample comparisons of a candidate against a baseline, and their Holm adjustment. */
public final class Comparisons {

  private Comparisons() {}

  /**
   * Compares {@code candidate} with {@code baseline} (finite values, one per seed). In paired mode
   * the i-th values of both arrays come from the same seed. Every resampling is seeded from {@code
   * opts.seed()} (independent derived streams per method), so the result does not depend on the
   * thread count.
   */
  public static TwoSampleComparison compare(
      double[] baseline, double[] candidate, Goal goal, ComparisonOptions opts) {
    Summary.requireFinite(baseline, "baseline");
    Summary.requireFinite(candidate, "candidate");
    int nb = baseline.length;
    int nc = candidate.length;
    if (nb == 0 || nc == 0) {
      throw new IllegalArgumentException(
          "a comparison needs at least one value per group, got " + nb + " and " + nc);
    }
    boolean paired = opts.paired();
    if (paired && nb != nc) {
      throw new InputException(
          "paired comparison needs the same seeds in both groups: baseline has "
              + nb
              + " values, candidate "
              + nc);
    }
    int k = Scale.exponent(baseline, candidate);
    TwoSampleComparison r =
        compareSafe(Scale.down(baseline, k), Scale.down(candidate, k), goal, opts);
    return k == 0 ? r : scaledUp(r, k, baseline, candidate);
  }

  /** {@link #compare} of values that {@link Scale} leaves as they are. */
  private static TwoSampleComparison compareSafe(
      double[] baseline, double[] candidate, Goal goal, ComparisonOptions opts) {
    int nb = baseline.length;
    int nc = candidate.length;
    boolean paired = opts.paired();
    double level = opts.level();
    Alternative alt = opts.alternative();
    double meanDiff = Summary.mean(candidate) - Summary.mean(baseline);
    List<String> warnings = new ArrayList<>(SmallSampleWarnings.forComparison(nb, nc));
    double[] d = paired ? differences(baseline, candidate) : null;

    Interval ci = meanDifferenceInterval(baseline, candidate, d, meanDiff, opts);
    TestResults.TTest welch = welch(baseline, candidate, alt);
    TestResults.MannWhitney mwu = RankTests.mannWhitney(baseline, candidate, alt);
    TestResults.Permutation perm =
        paired
            ? PermutationTest.paired(d, alt, withSeed(opts, 2))
            : PermutationTest.independent(baseline, candidate, alt, withSeed(opts, 2));
    TestResults.ProbabilityOfImprovement poi =
        ImprovementBootstrap.interval(baseline, candidate, goal, paired, withSeed(opts, 3));
    TestResults.TTest pairedT = paired ? pairedT(baseline, candidate, alt) : null;
    TestResults.Wilcoxon wilcoxon = paired ? RankTests.wilcoxon(baseline, candidate, alt) : null;
    warnings.addAll(
        SmallSampleWarnings.unreachableP(baseline, candidate, paired, alt, 1 - level, perm));
    if (!ci.defined() && nb >= 2 && nc >= 2) {
      warnings.add("the BCa interval of the mean difference is undefined for these values");
    }
    return new TwoSampleComparison(
        null,
        null,
        null,
        paired,
        goal.label(),
        alt.label(),
        nb,
        nc,
        meanDiff,
        ci,
        welch,
        mwu,
        perm,
        poi,
        Summary.box(EffectSizes.hedgesG(baseline, candidate)),
        EffectSizes.cliffsDelta(baseline, candidate),
        pairedT,
        wilcoxon,
        null,
        warnings);
  }

  /**
   * A comparison of data divided by 2^k with its differences multiplied back; every test and effect
   * size is scale-free and stays. A difference beyond the largest double becomes null, with a
   * warning.
   */
  private static TwoSampleComparison scaledUp(
      TwoSampleComparison r, int k, double[] baseline, double[] candidate) {
    Double diff = Scale.up(r.meanDifference(), k);
    Interval ci = Scale.up(r.meanDifferenceCi(), k);
    List<String> warnings = new ArrayList<>(r.warnings());
    if ((r.meanDifference() != null && diff == null)
        || (r.meanDifferenceCi().defined() && !ci.defined())) {
      warnings.add(
          "|values| up to "
              + Scale.maxAbs(baseline, candidate)
              + ": the mean difference"
              + (diff == null ? " and its interval are" : "'s interval is")
              + " beyond the largest double and reported as null; the tests and effect sizes do"
              + " not depend on the scale");
    }
    return new TwoSampleComparison(
        r.baseline(),
        r.candidate(),
        r.task(),
        r.paired(),
        r.goal(),
        r.alternative(),
        r.nBaseline(),
        r.nCandidate(),
        diff,
        ci,
        r.welch(),
        r.mannWhitney(),
        r.permutation(),
        r.probabilityOfImprovement(),
        r.hedgesG(),
        r.cliffsDelta(),
        r.pairedT(),
        r.wilcoxon(),
        r.pHolm(),
        warnings);
  }

  /** Fills {@code pHolm} of each comparison from the Holm adjustment of their primary p-values. */
  public static List<TwoSampleComparison> adjustHolm(List<TwoSampleComparison> comparisons) {
    double[] p = new double[comparisons.size()];
    for (int i = 0; i < p.length; i++) {
      Double pi = comparisons.get(i).primaryP();
      p[i] = pi == null ? Double.NaN : pi;
    }
    double[] adj = Holm.adjust(p);
    List<TwoSampleComparison> out = new ArrayList<>(p.length);
    for (int i = 0; i < p.length; i++) {
      out.add(comparisons.get(i).withPHolm(Summary.box(adj[i])));
    }
    return out;
  }

  /**
   * BCa interval of the mean difference: both samples resampled independently (scipy's two-sample
   * bootstrap), or the pairs resampled together in paired mode.
   */
  private static Interval meanDifferenceInterval(
      double[] baseline, double[] candidate, double[] d, double meanDiff, ComparisonOptions opts) {
    String bca = IntervalMethod.BCA.label();
    double level = opts.level();
    if (d != null) {
      if (d.length < 2) {
        return Interval.undefined(bca, level);
      }
      if (Summary.constant(d)) {
        return new Interval(meanDiff, meanDiff, bca, level);
      }
      double[] reps = MeanBootstrap.replicates(d, opts.resamples(), opts.seed(), opts.threads());
      return BootstrapIntervals.bcaOfMean(d, reps, level);
    }
    if (baseline.length < 2 || candidate.length < 2) {
      return Interval.undefined(bca, level);
    }
    if (Summary.constant(baseline) && Summary.constant(candidate)) {
      return new Interval(meanDiff, meanDiff, bca, level);
    }
    double[] reps =
        MeanBootstrap.differenceReplicates(
            baseline, candidate, opts.resamples(), opts.seed(), opts.threads());
    return BootstrapIntervals.bcaOfMeanDifference(baseline, candidate, reps, level);
  }

  /** Welch's t-test (Welch 1947) of candidate - baseline; undefined for n < 2 or zero spread. */
  static TestResults.TTest welch(double[] baseline, double[] candidate, Alternative alt) {
    if (baseline.length < 2 || candidate.length < 2) {
      return TestResults.TTest.undefined();
    }
    if (Summary.variance(baseline) + Summary.variance(candidate) == 0) {
      return TestResults.TTest.undefined();
    }
    TTest.Result r =
        TTest.withDefaults()
            .with(DataDispersion.HETEROSCEDASTIC)
            .with(alt.commons())
            .test(candidate, baseline);
    return new TestResults.TTest(
        Summary.box(r.getStatistic()),
        Summary.box(r.getDegreesOfFreedom()),
        Summary.box(r.getPValue()));
  }

  /** Paired t-test of the differences candidate - baseline (Student 1908). */
  static TestResults.TTest pairedT(double[] baseline, double[] candidate, Alternative alt) {
    if (baseline.length < 2 || Summary.variance(differences(baseline, candidate)) == 0) {
      return TestResults.TTest.undefined();
    }
    TTest.Result r = TTest.withDefaults().with(alt.commons()).pairedTest(candidate, baseline);
    return new TestResults.TTest(
        Summary.box(r.getStatistic()),
        Summary.box(r.getDegreesOfFreedom()),
        Summary.box(r.getPValue()));
  }

  static double[] differences(double[] baseline, double[] candidate) {
    double[] d = new double[candidate.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = candidate[i] - baseline[i];
    }
    return d;
  }

  /** Options whose seed is a fixed, well-mixed function of the user's seed and a method index. */
  private static ComparisonOptions withSeed(ComparisonOptions o, int method) {
    return new ComparisonOptions(
        o.level(),
        o.resamples(),
        Seeds.derive(o.seed(), method),
        o.alternative(),
        o.paired(),
        o.threads(),
        o.exactPermutationLimit(),
        o.permutationResamples());
  }
}
