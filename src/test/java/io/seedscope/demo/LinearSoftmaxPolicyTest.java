package io.seedscope.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class LinearSoftmaxPolicyTest {

  private static double logPi(double[][] w, double[] phi, int a) {
    double l0 = 0;
    double l1 = 0;
    for (int i = 0; i < phi.length; i++) {
      l0 += w[0][i] * phi[i];
      l1 += w[1][i] * phi[i];
    }
    double la = a == 1 ? l1 : l0;
    return la - Math.log(Math.exp(l0) + Math.exp(l1));
  }

  @Test
  void probabilityIsTheSoftmaxOfTheTwoLogits() {
    LinearSoftmaxPolicy p = new LinearSoftmaxPolicy();
    double[] phi = {0.3, -1.2, 0.05, 2.0, 1.0};
    assertEquals(0.5, p.probRight(phi, 0)); // zero weights: uniform
    double[][] w = {{0.1, 0.2, -0.3, 0.4, 0.5}, {-0.6, 0.7, 0.8, -0.9, 1.0}};
    p.setWeights(w);
    assertEquals(Math.exp(logPi(w, phi, 1)), p.probRight(phi, 0), 1e-15);
  }

  /** The analytic score must match a central finite difference of log pi (error O(h^2)). */
  @Test
  void scoreMatchesFiniteDifferenceOfLogPi() {
    var rng = RandomSource.XO_RO_SHI_RO_128_PP.create(7L);
    double[] phi = {0.3, -1.2, 0.05, 2.0, 1.0};
    double[][] w = new double[2][5];
    for (double[] row : w) {
      for (int i = 0; i < 5; i++) {
        row[i] = rng.nextDouble(-1, 1);
      }
    }
    LinearSoftmaxPolicy p = new LinearSoftmaxPolicy();
    p.setWeights(w);
    double pr = p.probRight(phi, 0);
    for (int action = 0; action < 2; action++) {
      double[][] grad = new double[2][5];
      LinearSoftmaxPolicy.accumulateScore(phi, 0, action, pr, 1.0, grad);
      for (int a = 0; a < 2; a++) {
        for (int i = 0; i < 5; i++) {
          double h = 1e-6;
          double[][] up = {w[0].clone(), w[1].clone()};
          double[][] down = {w[0].clone(), w[1].clone()};
          up[a][i] += h;
          down[a][i] -= h;
          double fd = (logPi(up, phi, action) - logPi(down, phi, action)) / (2 * h);
          assertEquals(fd, grad[a][i], 1e-8, "action " + action + " w[" + a + "][" + i + "]");
        }
      }
    }
  }
}
