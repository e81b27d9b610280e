package io.seedscope.stats;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Bootstrap interval endpoints from a given set of replicates, exactly as {@code
 * scipy.stats.bootstrap} (scipy 1.10, {@code _resampling.py}) computes them, so that they can be
 * checked on a deterministic replicate set (the "ideal bootstrap" of all n^n resamples).
 *
 * <p>BCa (Efron 1987, "Better bootstrap confidence intervals", JASA 82:171; DiCiccio and Efron
 * 1996): bias {@code z0 = Phi^-1(p)} with scipy's mid-p fraction {@code p = (#{theta* < theta} +
 * #{theta* <= theta}) / 2B}, jackknife acceleration {@code a}, and levels {@code Phi(z0 + (z0 +
 * z_alpha) / (1 - a (z0 + z_alpha)))} fed to numpy's linear percentile.
 *
 * <p>For the mean and the mean difference ({@link #bcaOfMean}, {@link #bcaOfMeanDifference}) a
 * replicate within {@value #TIE_TOLERANCE} x max(|estimate|, mean |value|) of the estimate counts
 * as equal to it. Resamples that are permutations of the data have exactly the estimate as their
 * mean, but a float sum in another order rounds differently; at small n these resamples are a large
 * share of all (24 of the 256 of n = 4), and counting them as below or above by their last bit
 * moves z0 visibly. The tolerance is far below any real difference between resample means and above
 * the rounding of a sum of a few thousand values.
 */
public final class BootstrapIntervals {

  /** Relative distance from the estimate within which a replicate is a tie. */
  public static final double TIE_TOLERANCE = 1e-12;

  private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

  private BootstrapIntervals() {}

  /** Percentile interval of the replicates (not modified). */
  public static Interval percentile(double[] replicates, double level) {
    return percentileInPlace(replicates.clone(), level);
  }

  /** BCa interval of the replicates (not modified) for the estimate {@code thetaHat}. */
  public static Interval bca(
      double[] replicates, double thetaHat, double acceleration, double level) {
    return bcaInPlace(replicates.clone(), thetaHat, acceleration, level);
  }

  /**
   * BCa interval of the mean of {@code x} from {@code replicates} (reordered in place), with
   * rounding ties counted as ties (see the class comment).
   */
  static Interval bcaOfMean(double[] x, double[] replicates, double level) {
    // The estimate as MeanBootstrap computes each replicate, so the identity resample is a tie.
    double thetaHat = MeanBootstrap.mean(x);
    double tolerance = TIE_TOLERANCE * Math.max(Math.abs(thetaHat), meanAbs(x));
    return bcaInPlace(replicates, thetaHat, tolerance, accelerationOfMean(x), level);
  }

  /**
   * BCa interval of mean(candidate) - mean(baseline) from {@code replicates} (reordered in place),
   * with rounding ties counted as ties (see the class comment).
   */
  static Interval bcaOfMeanDifference(
      double[] baseline, double[] candidate, double[] replicates, double level) {
    double thetaHat = MeanBootstrap.mean(candidate) - MeanBootstrap.mean(baseline);
    double scale = meanAbs(candidate) + meanAbs(baseline);
    double tolerance = TIE_TOLERANCE * Math.max(Math.abs(thetaHat), scale);
    return bcaInPlace(
        replicates, thetaHat, tolerance, accelerationOfMeanDifference(baseline, candidate), level);
  }

  static Interval percentileInPlace(double[] replicates, double level) {
    double alpha = (1 - level) / 2;
    double[] q =
        Percentiles.linearInPlace(replicates, percentLevel(alpha), percentLevel(1 - alpha));
    return Interval.of(q[0], q[1], IntervalMethod.PERCENTILE.label(), level);
  }

  static Interval bcaInPlace(
      double[] replicates, double thetaHat, double acceleration, double level) {
    return bcaInPlace(replicates, thetaHat, 0, acceleration, level);
  }

  private static Interval bcaInPlace(
      double[] replicates, double thetaHat, double tolerance, double acceleration, double level) {
    double[] levels =
        bcaLevels(biasCorrection(replicates, thetaHat, tolerance), acceleration, level);
    if (Double.isNaN(levels[0]) || Double.isNaN(levels[1])) {
      return Interval.undefined(IntervalMethod.BCA.label(), level);
    }
    double[] q =
        Percentiles.linearInPlace(replicates, percentLevel(levels[0]), percentLevel(levels[1]));
    return Interval.of(q[0], q[1], IntervalMethod.BCA.label(), level);
  }

  /**
   * scipy's bias correction {@code z0 = ndtri((#< + #<=) / 2B)}; infinite when every replicate is
   * on one side of the estimate.
   */
  public static double biasCorrection(double[] replicates, double thetaHat) {
    return biasCorrection(replicates, thetaHat, 0);
  }

  /**
   * {@link #biasCorrection(double[], double)} with replicates within {@code tolerance} of the
   * estimate counted as equal to it.
   */
  public static double biasCorrection(double[] replicates, double thetaHat, double tolerance) {
    long less = 0;
    long lessOrEqual = 0;
    for (double r : replicates) {
      if (r < thetaHat - tolerance) {
        less++;
        lessOrEqual++;
      } else if (r <= thetaHat + tolerance) {
        lessOrEqual++;
      }
    }
    double p = (less + lessOrEqual) / (2.0 * replicates.length);
    return ndtri(p);
  }

  /** The two BCa probability levels for bias {@code z0}, acceleration {@code a}. */
  public static double[] bcaLevels(double z0, double a, double level) {
    double alpha = (1 - level) / 2;
    double zAlpha = ndtri(alpha);
    double num1 = z0 + zAlpha;
    double num2 = z0 - zAlpha;
    return new double[] {ndtr(z0 + num1 / (1 - a * num1)), ndtr(z0 + num2 / (1 - a * num2))};
  }

  /**
   * Jackknife acceleration of the mean, {@code sum(d^3) / (6 (sum d^2)^1.5)} with {@code d = x -
   * mean} (Efron and Tibshirani 1993, eq. 14.15; what scipy's jackknife gives for the mean). NaN
   * for zero variance.
   */
  public static double accelerationOfMean(double[] x) {
    double mean = Summary.mean(x);
    double s2 = 0;
    double s3 = 0;
    for (double v : x) {
      double d = v - mean;
      s2 += d * d;
      s3 += d * d * d;
    }
    return s3 / (6 * Math.pow(s2, 1.5));
  }

  /**
   * Jackknife acceleration of mean(candidate) - mean(baseline) over both samples, as scipy's
   * multi-sample {@code _bca_interval}: {@code a = sum_j sum_i U_ji^3 / n_j^3 / (6 (sum_j sum_i
   * U_ji^2 / n_j^2)^1.5)}, where the jackknife influence {@code U} is {@code c_i - mean(c)} for the
   * candidate and {@code -(b_i - mean(b))} for the baseline.
   */
  public static double accelerationOfMeanDifference(double[] baseline, double[] candidate) {
    double[] c = moments23(candidate);
    double[] b = moments23(baseline);
    double nc = candidate.length;
    double nb = baseline.length;
    double num = c[1] / (nc * nc * nc) - b[1] / (nb * nb * nb);
    double den = c[0] / (nc * nc) + b[0] / (nb * nb);
    return num / (6 * Math.pow(den, 1.5));
  }

  private static double[] moments23(double[] x) {
    double mean = Summary.mean(x);
    double s2 = 0;
    double s3 = 0;
    for (double v : x) {
      double d = v - mean;
      s2 += d * d;
      s3 += d * d * d;
    }
    return new double[] {s2, s3};
  }

  private static double meanAbs(double[] x) {
    double s = 0;
    for (double v : x) {
      s += Math.abs(v);
    }
    return s / x.length;
  }

  /** numpy receives {@code 100 p} and divides by 100; reproduce that rounding. */
  private static double percentLevel(double p) {
    return (p * 100) / 100;
  }

  static double ndtri(double p) {
    return STANDARD_NORMAL.inverseCumulativeProbability(p);
  }

  static double ndtr(double z) {
    return Double.isNaN(z) ? Double.NaN : STANDARD_NORMAL.cumulativeProbability(z);
  }
}
