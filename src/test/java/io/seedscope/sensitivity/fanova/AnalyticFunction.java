package io.seedscope.sensitivity.fanova;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Test functions with known Sobol indices (uniform inputs). Main indices {@code s[i]} and pure
 * pairwise indices {@code s2[i][j]} come from closed forms:
 *
 * <ul>
 *   <li>Ishigami (Ishigami and Homma 1990), a = 7, b = 0.1 on [-pi, pi]^3: V = a^2/8 + b pi^4/5 +
 *       b^2 pi^8/18 + 1/2, V1 = (1 + b pi^4/5)^2 / 2, V2 = a^2/8, V13 = b^2 pi^8 (1/18 - 1/50).
 *   <li>Sobol' G-function on [0,1]^d, g = prod (|4x-2| + a_i)/(1 + a_i): V_i = 1/(3(1+a_i)^2), V_ij
 *       = V_i V_j, V = prod(1 + V_i) - 1 (Saltelli and Sobol' 1995).
 *   <li>Linear y = sum c_i x_i on [0,1]^d: V_i = c_i^2/12, no interactions.
 *   <li>Product y = prod x_i on [0,1]^d: with m = 1/2, v = 1/12, V_u = v^|u| m^(2(d-|u|)).
 * </ul>
 */
record AnalyticFunction(
    String name, double[] lo, double[] hi, Fn fn, double[] s, double[][] s2, double noiseSd) {

  AnalyticFunction(String name, double[] lo, double[] hi, Fn fn, double[] s, double[][] s2) {
    this(name, lo, hi, fn, s, s2, 0);
  }

  /** The same function observed with additive Gaussian noise; indices stay those of f. */
  AnalyticFunction withNoise(double sd) {
    return new AnalyticFunction(name + "+N(0," + sd + "^2)", lo, hi, fn, s, s2, sd);
  }

  interface Fn {
    double apply(double[] x);
  }

  int p() {
    return lo.length;
  }

  List<ParamDomain> domains() {
    List<ParamDomain> d = new ArrayList<>();
    for (int i = 0; i < p(); i++) {
      d.add(ParamDomain.numeric("x" + (i + 1), lo[i], hi[i]));
    }
    return d;
  }

  /** n uniform samples from a seeded generator: {x (n x p), y}. */
  Object[] sample(int n, long seed) {
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    double[][] x = new double[n][p()];
    double[] y = new double[n];
    for (int r = 0; r < n; r++) {
      for (int d = 0; d < p(); d++) {
        x[r][d] = lo[d] + rng.nextDouble() * (hi[d] - lo[d]);
      }
      y[r] = fn.apply(x[r]);
    }
    if (noiseSd > 0) {
      org.apache.commons.rng.sampling.distribution.ContinuousSampler g =
          org.apache.commons.rng.sampling.distribution.ZigguratSampler.NormalizedGaussian.of(rng);
      for (int r = 0; r < n; r++) {
        y[r] += noiseSd * g.sample();
      }
    }
    return new Object[] {x, y};
  }

  static AnalyticFunction ishigami() {
    double a = 7;
    double b = 0.1;
    double pi4 = Math.pow(Math.PI, 4);
    double pi8 = Math.pow(Math.PI, 8);
    double v1 = Math.pow(1 + b * pi4 / 5, 2) / 2;
    double v2 = a * a / 8;
    double v13 = b * b * pi8 * (1.0 / 18 - 1.0 / 50);
    double v = v1 + v2 + v13;
    double[][] s2 = new double[3][3];
    s2[0][2] = v13 / v;
    double pi = Math.PI;
    return new AnalyticFunction(
        "ishigami",
        new double[] {-pi, -pi, -pi},
        new double[] {pi, pi, pi},
        x ->
            Math.sin(x[0])
                + a * Math.pow(Math.sin(x[1]), 2)
                + b * Math.pow(x[2], 4) * Math.sin(x[0]),
        new double[] {v1 / v, v2 / v, 0},
        s2);
  }

  static AnalyticFunction gFunction(String name, double... a) {
    int d = a.length;
    double[] vi = new double[d];
    double prod = 1;
    for (int i = 0; i < d; i++) {
      vi[i] = 1 / (3 * (1 + a[i]) * (1 + a[i]));
      prod *= 1 + vi[i];
    }
    double v = prod - 1;
    double[] s = new double[d];
    double[][] s2 = new double[d][d];
    for (int i = 0; i < d; i++) {
      s[i] = vi[i] / v;
      for (int j = i + 1; j < d; j++) {
        s2[i][j] = vi[i] * vi[j] / v;
      }
    }
    double[] lo = new double[d];
    double[] hi = new double[d];
    java.util.Arrays.fill(hi, 1);
    return new AnalyticFunction(
        name,
        lo,
        hi,
        x -> {
          double g = 1;
          for (int i = 0; i < d; i++) {
            g *= (Math.abs(4 * x[i] - 2) + a[i]) / (1 + a[i]);
          }
          return g;
        },
        s,
        s2);
  }

  static AnalyticFunction linear(double... c) {
    int d = c.length;
    double v = 0;
    for (double ci : c) {
      v += ci * ci / 12;
    }
    double[] s = new double[d];
    for (int i = 0; i < d; i++) {
      s[i] = c[i] * c[i] / 12 / v;
    }
    double[] hi = new double[d];
    java.util.Arrays.fill(hi, 1);
    return new AnalyticFunction(
        "linear",
        new double[d],
        hi,
        x -> {
          double y = 0;
          for (int i = 0; i < d; i++) {
            y += c[i] * x[i];
          }
          return y;
        },
        s,
        new double[d][d]);
  }

  static AnalyticFunction product(int d) {
    double m2 = 0.25;
    double v = 1.0 / 12;
    double total = Math.pow(v + m2, d) - Math.pow(m2, d);
    double[] s = new double[d];
    double[][] s2 = new double[d][d];
    for (int i = 0; i < d; i++) {
      s[i] = v * Math.pow(m2, d - 1) / total;
      for (int j = i + 1; j < d; j++) {
        s2[i][j] = v * v * Math.pow(m2, d - 2) / total;
      }
    }
    double[] hi = new double[d];
    java.util.Arrays.fill(hi, 1);
    return new AnalyticFunction(
        "product",
        new double[d],
        hi,
        x -> {
          double y = 1;
          for (int i = 0; i < d; i++) {
            y *= x[i];
          }
          return y;
        },
        s,
        s2);
  }
}
