package io.seedscope.demo;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * A softmax policy over CartPole's two actions whose logits are linear in the features {@code
 * phi(s) = (x, xDot, theta, thetaDot, 1)}: {@code pi(a|s) = exp(w_a . phi) / sum_b exp(w_b . phi)}.
 * Its score function is {@code d log pi(a|s) / d w_b = phi * (1[a=b] - pi(b|s))}, so with two
 * actions the rows' gradients are negatives of each other. Weights start at zero (uniform policy),
 * so the policy itself draws no random numbers at construction.
 */
public final class LinearSoftmaxPolicy {
  public static final int FEATURES = CartPole.STATE_SIZE + 1;

  /** Row a holds w_a. */
  private final double[][] weights = new double[2][FEATURES];

  /** Writes {@code phi(s)} of the environment's current state into {@code out}. */
  public static void features(CartPole env, double[] out, int offset) {
    for (int i = 0; i < CartPole.STATE_SIZE; i++) {
      out[offset + i] = env.state(i);
    }
    out[offset + CartPole.STATE_SIZE] = 1.0;
  }

  /** {@code pi(1|s)} for the features at {@code phi[offset .. offset+5)}. */
  public double probRight(double[] phi, int offset) {
    double diff = 0;
    for (int i = 0; i < FEATURES; i++) {
      diff += (weights[1][i] - weights[0][i]) * phi[offset + i];
    }
    // softmax over two logits is the logistic function of their difference
    return 1.0 / (1.0 + Math.exp(-diff));
  }

  /** Samples an action with probability {@code pi(1|s) = probRight}. */
  public static int sample(double probRight, UniformRandomProvider rng) {
    return rng.nextDouble() < probRight ? 1 : 0;
  }

  /**
   * Adds {@code scale * d log pi(action|s) / dW} to {@code grad} (2 x FEATURES, same layout as the
   * weights).
   */
  public static void accumulateScore(
      double[] phi, int offset, int action, double probRight, double scale, double[][] grad) {
    double coef = scale * (action - probRight);
    for (int i = 0; i < FEATURES; i++) {
      grad[1][i] += coef * phi[offset + i];
      grad[0][i] -= coef * phi[offset + i];
    }
  }

  /** {@code W += step * grad}. */
  public void ascend(double[][] grad, double step) {
    for (int a = 0; a < 2; a++) {
      for (int i = 0; i < FEATURES; i++) {
        weights[a][i] += step * grad[a][i];
      }
    }
  }

  /** A copy of the weights, row a = action a. */
  public double[][] weights() {
    return new double[][] {weights[0].clone(), weights[1].clone()};
  }

  /** Sets the weights (for tests). */
  public void setWeights(double[][] w) {
    for (int a = 0; a < 2; a++) {
      System.arraycopy(w[a], 0, weights[a], 0, FEATURES);
    }
  }
}
