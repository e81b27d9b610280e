package io.seedscope.claim;

/**
 * One published result to test: a claimed mean with its uncertainty, normalized to a standard
 * error. How the standard error is derived from what the paper printed:
 *
 * <ul>
 *   <li>{@code std} and {@code n}: se = std/√n, df = n − 1;
 *   <li>{@code se} and {@code n}: std = se·√n, df = n − 1;
 *   <li>{@code se} alone: df = ∞ (a known standard error), std unknown;
 *   <li>{@code ci=[low;high]} at {@code level} (default 0.95): se = (high − low)/2 divided by the
 *       (1+level)/2 quantile of t with n − 1 df, or of the standard normal when n is not given (df
 *       = ∞). A missing mean is the interval's midpoint.
 * </ul>
 *
 * @param implementation which runs to compare with (null: the only implementation present)
 * @param task the task (null: the only task present)
 * @param metric the metric (null: the metric the runs were reduced to)
 * @param mean the claimed mean
 * @param std the claimed standard deviation across seeds, when known
 * @param n the claimed number of seeds, when known
 * @param se the standard error of the claimed mean
 * @param margin the equivalence margin of this claim, or null for the default
 * @param source a label the user gave (e.g. "Table 2"), or null
 * @param where where the claim was written ({@code --claim} or {@code claims.yaml:4:5}), for errors
 */
public record Claim(
    String implementation,
    String task,
    String metric,
    double mean,
    Double std,
    Integer n,
    double se,
    Margin margin,
    String source,
    String where) {

  /** Degrees of freedom of the claimed mean: n − 1, or infinite when n is unknown. */
  public double df() {
    return n == null ? Double.POSITIVE_INFINITY : n - 1;
  }

  /** A copy with the metric set (used when the claim names none). */
  public Claim withMetric(String m) {
    return new Claim(implementation, task, m, mean, std, n, se, margin, source, where);
  }

  /** Human label such as {@code dqn / pong / return}. */
  public String label() {
    StringBuilder sb = new StringBuilder();
    for (String s : new String[] {implementation, task, metric}) {
      if (s != null) {
        sb.append(sb.length() == 0 ? "" : " / ").append(s);
      }
    }
    return sb.length() == 0 ? where : sb.toString();
  }
}
