package io.seedscope.stats;

import io.seedscope.model.Goal;
import org.apache.commons.math3.special.Gamma;

/** Effect sizes of candidate versus baseline; positive means the candidate's values are larger. */
public final class EffectSizes {

  private EffectSizes() {}

  /**
   * Hedges' g (Hedges 1981, J. Educ. Stat. 6:107): Cohen's d with the pooled n - 1 standard
   * deviation, times the exact small-sample correction {@code J(df) = Gamma(df/2) / (sqrt(df/2)
   * Gamma((df-1)/2))}, df = n_b + n_c - 2. NaN when df < 2 or the pooled std is 0.
   */
  public static double hedgesG(double[] baseline, double[] candidate) {
    int nb = baseline.length;
    int nc = candidate.length;
    double df = nb + nc - 2;
    if (nb < 1 || nc < 1 || df < 2) {
      return Double.NaN;
    }
    double ssb = nb < 2 ? 0 : Summary.variance(baseline) * (nb - 1);
    double ssc = nc < 2 ? 0 : Summary.variance(candidate) * (nc - 1);
    double pooled = Math.sqrt((ssb + ssc) / df);
    if (pooled == 0) {
      return Double.NaN;
    }
    double d = (Summary.mean(candidate) - Summary.mean(baseline)) / pooled;
    double j = Math.exp(Gamma.logGamma(df / 2) - Gamma.logGamma((df - 1) / 2)) / Math.sqrt(df / 2);
    return j * d;
  }

  /**
   * Cliff's delta (Cliff 1993, Psychol. Bull. 114:494): {@code P(C > B) - P(C < B)} over all pairs.
   */
  public static double cliffsDelta(double[] baseline, double[] candidate) {
    long greater = 0;
    long less = 0;
    for (double c : candidate) {
      for (double b : baseline) {
        if (c > b) {
          greater++;
        } else if (c < b) {
          less++;
        }
      }
    }
    return (greater - less) / ((double) baseline.length * candidate.length);
  }

  /**
   * rliable's probability of improvement (Agarwal et al. 2021, "Deep RL at the Edge of the
   * Statistical Precipice", NeurIPS): {@code P(C > B) + 0.5 P(C = B)} over all pairs, i.e. the
   * Mann-Whitney U of the candidate divided by n_b n_c; for {@link Goal#MINIMIZE} "better" is
   * smaller.
   */
  public static double probabilityOfImprovement(double[] baseline, double[] candidate, Goal goal) {
    return probabilityOfImprovement(
        baseline, identity(baseline.length), candidate, identity(candidate.length), goal.sign());
  }

  /** PoI of the resample {@code baseline[ib[*]]}, {@code candidate[ic[*]]}. */
  static double probabilityOfImprovement(
      double[] baseline, int[] ib, double[] candidate, int[] ic, double sign) {
    double wins = 0;
    for (int i : ic) {
      double c = sign * candidate[i];
      for (int j : ib) {
        double b = sign * baseline[j];
        if (c > b) {
          wins += 1;
        } else if (c == b) {
          wins += 0.5;
        }
      }
    }
    return wins / ((double) ib.length * ic.length);
  }

  static int[] identity(int n) {
    int[] idx = new int[n];
    for (int i = 0; i < n; i++) {
      idx[i] = i;
    }
    return idx;
  }
}
