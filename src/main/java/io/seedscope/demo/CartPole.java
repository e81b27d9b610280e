package io.seedscope.demo;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * The cart-pole balancing task of Barto, Sutton &amp; Anderson (1983), "Neuronlike adaptive
 * elements that can solve difficult learning control problems", IEEE SMC 13(5), with the constants,
 * Euler integration, termination rule and 500-step cap of Gym's {@code CartPole-v1}.
 *
 * <p>State {@code (x, xDot, theta, thetaDot)}. With {@code F = ±10}, {@code m = mc + mp = 1.1} and
 * {@code ml = mp * l = 0.05} (l = half pole length):
 *
 * <pre>
 *   temp     = (F + ml * thetaDot² * sin θ) / m
 *   thetaAcc = (g sin θ - cos θ * temp) / (l * (4/3 - mp cos² θ / m))
 *   xAcc     = temp - ml * thetaAcc * cos θ / m
 * </pre>
 *
 * followed by one explicit Euler step of {@code tau = 0.02} s in which positions use the old
 * velocities. An episode terminates once {@code |theta| > 12°} or {@code |x| > 2.4}; every step,
 * the terminating one included, earns reward 1. Not thread-safe: one instance per run.
 */
public final class CartPole {
  public static final double GRAVITY = 9.8;
  public static final double MASS_CART = 1.0;
  public static final double MASS_POLE = 0.1;
  public static final double TOTAL_MASS = MASS_CART + MASS_POLE;

  /** Half the pole's length, as in Gym. */
  public static final double LENGTH = 0.5;

  public static final double POLE_MASS_LENGTH = MASS_POLE * LENGTH;
  public static final double FORCE = 10.0;
  public static final double TAU = 0.02;
  public static final double THETA_LIMIT = 12 * 2 * Math.PI / 360;
  public static final double X_LIMIT = 2.4;
  public static final int MAX_STEPS = 500;
  public static final int STATE_SIZE = 4;

  /** Half-width of the uniform box the initial state is drawn from. */
  public static final double INIT_RANGE = 0.05;

  private final double[] state = new double[STATE_SIZE];
  private int steps;
  private boolean done = true;

  /** Draws the initial state uniformly from {@code [-0.05, 0.05]^4}. */
  public void reset(UniformRandomProvider rng) {
    for (int i = 0; i < STATE_SIZE; i++) {
      state[i] = rng.nextDouble(-INIT_RANGE, INIT_RANGE);
    }
    steps = 0;
    done = false;
  }

  /** Starts an episode from a given state (for tests and hand-computed checks). */
  public void reset(double x, double xDot, double theta, double thetaDot) {
    state[0] = x;
    state[1] = xDot;
    state[2] = theta;
    state[3] = thetaDot;
    steps = 0;
    done = false;
  }

  /**
   * Applies action 1 (push right) or 0 (push left) for one time step.
   *
   * @return the reward, always 1
   * @throws IllegalStateException if the episode is over
   */
  public double step(int action) {
    if (done) {
      throw new IllegalStateException("episode is over; call reset");
    }
    if (action != 0 && action != 1) {
      throw new IllegalArgumentException("action must be 0 or 1, got " + action);
    }
    double x = state[0];
    double xDot = state[1];
    double theta = state[2];
    double thetaDot = state[3];
    double force = action == 1 ? FORCE : -FORCE;
    double cos = Math.cos(theta);
    double sin = Math.sin(theta);
    double temp = (force + POLE_MASS_LENGTH * thetaDot * thetaDot * sin) / TOTAL_MASS;
    double thetaAcc =
        (GRAVITY * sin - cos * temp) / (LENGTH * (4.0 / 3.0 - MASS_POLE * cos * cos / TOTAL_MASS));
    double xAcc = temp - POLE_MASS_LENGTH * thetaAcc * cos / TOTAL_MASS;
    state[0] = x + TAU * xDot;
    state[1] = xDot + TAU * xAcc;
    state[2] = theta + TAU * thetaDot;
    state[3] = thetaDot + TAU * thetaAcc;
    steps++;
    boolean fell = Math.abs(state[0]) > X_LIMIT || Math.abs(state[2]) > THETA_LIMIT;
    done = fell || steps >= MAX_STEPS;
    return 1.0;
  }

  /** True once the pole fell, the cart left the track, or the 500-step cap was reached. */
  public boolean isDone() {
    return done;
  }

  /** Steps taken in the current episode. */
  public int steps() {
    return steps;
  }

  /** State variable {@code i}: 0 = x, 1 = xDot, 2 = theta, 3 = thetaDot. */
  public double state(int i) {
    return state[i];
  }

  /** A copy of the state. */
  public double[] state() {
    return state.clone();
  }
}
