package io.seedscope.claim;

import io.seedscope.model.InputException;
import io.seedscope.model.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Tests published claims against reproduced runs: the entry point of {@code seedscope reproduce}.
 *
 * <p>Verdict rules, with d = observed mean − claimed mean, its Welch standard error and degrees of
 * freedom (see {@link ClaimMath}) and the absolute margin δ:
 *
 * <ul>
 *   <li>REPRODUCED when the 90% interval of d lies inside [−δ, δ] (equivalently TOST p ≤ 0.05);
 *   <li>NOT_REPRODUCED when the 95% interval of d excludes 0 and |d| &gt; δ;
 *   <li>INCONCLUSIVE otherwise (including a single reproduced seed, which has no spread).
 * </ul>
 *
 * <p>seedsToSettle (for INCONCLUSIVE): holding the observed d and standard deviation s fixed (the
 * claimed std when only one seed was reproduced) and the claim as it is, the smallest number of
 * additional reproduction seeds k such that with N = n + k seeds either |d| + t<sub>0.95,ν(N)</sub>
 * ·se(N) ≤ δ (would be REPRODUCED; possible only when |d| &lt; δ) or t<sub>0.975,ν(N)</sub>·se(N)
 * &lt; |d| (would be NOT_REPRODUCED; only when |d| &gt; δ), where se(N) = √(s²/N + se<sub>claim
 * </sub>²). Null when no N can do it, because the claim's own standard error keeps the interval too
 * wide, or when it would take more than a million seeds. It is a planning estimate, not a promise:
 * the next seeds will move d and s.
 */
public final class ClaimChecker {

  /** Largest total number of reproduction seeds seedsToSettle considers. */
  static final int MAX_SEEDS = 1_000_000;

  private ClaimChecker() {}

  /** Checks every claim against the runs of one result set (see {@link RunSelector}). */
  public static ClaimReport checkAll(List<Claim> claims, ResultSet results, Margin defaultMargin) {
    List<Claim> named = new ArrayList<>();
    for (Claim c : claims) {
      if (c.metric() != null && !c.metric().equals(results.metric())) {
        throw new InputException(
            c.where()
                + ": the claim is about metric '"
                + c.metric()
                + "' but the runs were reduced to '"
                + results.metric()
                + "'");
      }
      named.add(c.metric() == null ? c.withMetric(results.metric()) : c);
    }
    return checkAll(named, c -> RunSelector.select(results, c), defaultMargin);
  }

  /**
   * Tests one claim against the runs selected for it, saying how many runs had no value. When no
   * run has one because every run diverged or failed, the verdict is INCONCLUSIVE: the runs are
   * evidence about the implementation, not a mistake in the input.
   */
  public static ClaimResult check(
      Claim claim, RunSelector.Selection selected, Margin defaultMargin) {
    int without = selected.divergent() + selected.failed();
    if (selected.values().length > 0 || without == 0) {
      return check(claim, selected.values(), defaultMargin, leftOut(selected));
    }
    (claim.margin() != null ? claim.margin() : defaultMargin).resolve(claim);
    String how =
        selected.failed() == 0
            ? "diverged (NaN or infinite " + claim.metric() + ")"
            : selected.divergent() == 0
                ? "failed"
                : "diverged or failed ("
                    + selected.divergent()
                    + " diverged, "
                    + selected.failed()
                    + " failed)";
    return new ClaimResult(
        claim.implementation(),
        claim.task(),
        claim.metric(),
        source(claim),
        new ClaimResult.Summary(claim.mean(), claim.std(), claim.n(), claim.se()),
        null,
        null,
        null,
        null,
        null,
        null,
        Verdict.INCONCLUSIVE,
        null,
        (without == 1 ? "the only run " : "all " + without + " runs ")
            + how
            + ": no reproduced value to compare with the claim");
  }

  /** "; 3 divergent runs left out" for the message, or empty. */
  private static String leftOut(RunSelector.Selection s) {
    String out = "";
    if (s.divergent() > 0) {
      out += "; " + s.divergent() + " divergent run" + (s.divergent() == 1 ? "" : "s");
    }
    if (s.failed() > 0) {
      out +=
          (out.isEmpty() ? "; " : ", ") + s.failed() + " failed run" + (s.failed() == 1 ? "" : "s");
    }
    return out.isEmpty() ? out : out + " left out";
  }

  /** Checks every claim against the runs {@code selected} picks for it. */
  public static ClaimReport checkAll(
      List<Claim> claims, Function<Claim, RunSelector.Selection> selected, Margin defaultMargin) {
    List<ClaimResult> out = new ArrayList<>();
    for (Claim c : claims) {
      out.add(check(c, selected.apply(c), defaultMargin));
    }
    return ClaimReport.of(out);
  }

  /**
   * Tests one claim.
   *
   * @param observed one finite value per reproduced seed
   * @param defaultMargin used when the claim has no margin of its own
   * @throws InputException when there are no values or the margin cannot apply to the claim
   */
  public static ClaimResult check(Claim claim, double[] observed, Margin defaultMargin) {
    return check(claim, observed, defaultMargin, "");
  }

  private static ClaimResult check(
      Claim claim, double[] observed, Margin defaultMargin, String leftOut) {
    if (observed.length == 0) {
      throw new InputException(claim.where() + ": no reproduced runs for " + claim.label());
    }
    if (!Arrays.stream(observed).allMatch(Double::isFinite)) {
      throw new IllegalArgumentException("observed values must be finite");
    }
    Margin spec = claim.margin() != null ? claim.margin() : defaultMargin;
    double margin = spec.resolve(claim);
    int n = observed.length;
    double mean = ClaimMath.mean(observed);
    double d = mean - claim.mean();
    ClaimResult.Summary claimed =
        new ClaimResult.Summary(claim.mean(), claim.std(), claim.n(), claim.se());
    if (n < 2) {
      Integer more = claim.std() == null ? null : seedsToSettle(d, claim.std(), n, claim, margin);
      ClaimResult.Summary obs = new ClaimResult.Summary(mean, null, 1, null);
      return new ClaimResult(
          claim.implementation(),
          claim.task(),
          claim.metric(),
          source(claim),
          claimed,
          obs,
          d,
          null,
          null,
          null,
          null,
          Verdict.INCONCLUSIVE,
          more,
          "one reproduced seed has no spread to compare with" + leftOut + settle(more, claim));
    }
    double s = ClaimMath.sd(observed);
    double se = s / Math.sqrt(n);
    ClaimMath.Welch w = ClaimMath.welch(mean, se, n - 1, claim.mean(), claim.se(), claim.df());
    ClaimMath.Interval ci90 = ClaimMath.interval(w, 0.90);
    ClaimMath.Interval ci95 = ClaimMath.interval(w, 0.95);
    double tostP = ClaimMath.tost(w, margin);
    Verdict verdict;
    String why;
    if (ci90.low() >= -margin && ci90.high() <= margin) {
      verdict = Verdict.REPRODUCED;
      why =
          "the 90% interval "
              + range(ci90)
              + " of the difference lies inside ±"
              + num(margin)
              + " (TOST p = "
              + num(tostP)
              + ")";
    } else if ((ci95.low() > 0 || ci95.high() < 0) && Math.abs(d) > margin) {
      verdict = Verdict.NOT_REPRODUCED;
      why =
          "the 95% interval "
              + range(ci95)
              + " excludes 0 (Welch p = "
              + num(w.p())
              + ") and |difference| "
              + num(Math.abs(d))
              + " exceeds the margin "
              + num(margin);
    } else {
      verdict = Verdict.INCONCLUSIVE;
      why =
          "the 90% interval "
              + range(ci90)
              + " is not inside ±"
              + num(margin)
              + " and "
              + (Math.abs(d) <= margin
                  ? "|difference| " + num(Math.abs(d)) + " is within the margin"
                  : "the 95% interval " + range(ci95) + " includes 0");
    }
    Integer more =
        verdict == Verdict.INCONCLUSIVE
            ? seedsToSettle(d, s, n, claim, margin)
            : Integer.valueOf(0);
    if (verdict == Verdict.INCONCLUSIVE) {
      why += settle(more, claim);
    }
    return new ClaimResult(
        claim.implementation(),
        claim.task(),
        claim.metric(),
        source(claim),
        claimed,
        new ClaimResult.Summary(mean, s, n, se),
        d,
        new ClaimResult.Range(ci90.low(), ci90.high()),
        new ClaimResult.Range(ci95.low(), ci95.high()),
        new ClaimResult.Test(ClaimResult.finite(w.t()), ClaimResult.finite(w.df()), w.p()),
        new ClaimResult.Tost(tostP, margin, spec.toString()),
        verdict,
        more,
        "observed mean "
            + num(mean)
            + " ("
            + n
            + " seeds"
            + leftOut
            + ") vs claimed "
            + num(claim.mean())
            + ": difference "
            + num(d)
            + "; "
            + why);
  }

  /** More seeds needed to settle the verdict if d and s held (see the class comment), or null. */
  static Integer seedsToSettle(double d, double s, int n, Claim claim, double margin) {
    double a = Math.abs(d);
    if (a == margin) {
      return null;
    }
    boolean toward = a < margin;
    // Infinitely many seeds leave only the claim's own uncertainty: if even that is too wide,
    // no number of seeds settles it.
    if (!settles(a, s, Double.POSITIVE_INFINITY, claim, margin, toward)) {
      return null;
    }
    // Double until it settles, then bisect. The condition is monotone in N up to small wiggles
    // of the Satterthwaite df, so bisection finds the boundary (tests check N and N - 1).
    long lo = n;
    long hi = n + 1;
    while (!settles(a, s, hi, claim, margin, toward)) {
      lo = hi;
      hi = 2 * hi;
      if (hi > MAX_SEEDS) {
        return null;
      }
    }
    while (hi - lo > 1) {
      long mid = (lo + hi) >>> 1;
      if (settles(a, s, mid, claim, margin, toward)) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return (int) (hi - n);
  }

  private static boolean settles(
      double a, double s, double total, Claim claim, double margin, boolean toward) {
    double seObs = Double.isInfinite(total) ? 0 : s / Math.sqrt(total);
    ClaimMath.Welch w = ClaimMath.welch(a, seObs, total - 1, 0, claim.se(), claim.df());
    if (w.se() == 0) {
      return toward ? a <= margin : a > 0;
    }
    if (toward) {
      return a + ClaimMath.quantile(0.95, w.df()) * w.se() <= margin;
    }
    return ClaimMath.quantile(0.975, w.df()) * w.se() < a;
  }

  private static String settle(Integer more, Claim claim) {
    if (more == null) {
      return "; more seeds cannot settle it"
          + (claim.se() > 0
              ? " (the claim's own standard error " + num(claim.se()) + " keeps the interval wide)"
              : "");
    }
    return "; about " + more + " more seed(s) would settle it if the mean and sd held";
  }

  private static String source(Claim c) {
    return c.source() != null ? c.source() : c.where();
  }

  private static String range(ClaimMath.Interval i) {
    return "[" + num(i.low()) + ", " + num(i.high()) + "]";
  }

  static String num(double v) {
    if (v == 0 || !Double.isFinite(v)) {
      return v == 0 ? "0" : Double.toString(v);
    }
    double a = Math.abs(v);
    if (a >= 1e-4 && a < 1e7) {
      return new java.math.BigDecimal(v)
          .round(new java.math.MathContext(4))
          .stripTrailingZeros()
          .toPlainString();
    }
    return String.format(Locale.ROOT, "%.3e", v);
  }
}
