package io.seedscope.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.SplitMix64;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.descriptive.Mean;
import org.apache.commons.statistics.descriptive.StandardDeviation;

/**
 * REINFORCE (Williams 1992, "Simple statistical gradient-following algorithms for connectionist
 * reinforcement learning", Machine Learning 8) with a {@link LinearSoftmaxPolicy} on {@link
 * CartPole}: after every batch of B episodes, {@code W += lr * (1/B) * sum_episodes sum_t G_t *
 * grad log pi(a_t|s_t)} with {@code G_t = sum_{k>=t} gamma^(k-t) r_k}. The {@link ReinforceVariant}
 * decides whether G_t is standardized over the batch and how random streams are split.
 *
 * <p>Every random number comes from the run's seed: the textbook variant uses one {@code
 * XO_RO_SHI_RO_128_PP} stream seeded with the seed; the normalized variant seeds two such streams
 * (environment, policy) with the first two outputs of SplitMix64(seed). Same seed and settings
 * therefore give the identical curve.
 */
public final class Reinforce {
  /** Upper bound on logged points per run; with more updates, points average several batches. */
  public static final int MAX_POINTS = 200;

  private static final double NORMALIZE_EPS = 1e-8;

  private final ReinforceVariant variant;
  private final ReinforceSettings settings;
  private final UniformRandomProvider envRng;
  private final UniformRandomProvider policyRng;
  private final CartPole env = new CartPole();
  private final LinearSoftmaxPolicy policy = new LinearSoftmaxPolicy();

  // Batch buffers, grown on demand and reused across updates to keep runs allocation-free.
  private double[] phi = new double[1024 * LinearSoftmaxPolicy.FEATURES];
  private double[] probs = new double[1024];
  private int[] actions = new int[1024];
  private double[] returns = new double[1024];
  private final double[][] grad = new double[2][LinearSoftmaxPolicy.FEATURES];

  public Reinforce(ReinforceVariant variant, ReinforceSettings settings, long seed) {
    this.variant = variant;
    this.settings = settings;
    if (variant.separateStreams()) {
      SplitMix64 root = new SplitMix64(seed);
      this.envRng = RandomSource.XO_RO_SHI_RO_128_PP.create(root.nextLong());
      this.policyRng = RandomSource.XO_RO_SHI_RO_128_PP.create(root.nextLong());
    } else {
      this.envRng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
      this.policyRng = envRng;
    }
  }

  /**
   * Trains for the episode budget, or until {@code cancelled} turns true (checked between
   * episodes).
   *
   * @param log receives each curve point as soon as it is computed
   * @return all curve points, in order
   */
  public List<CurvePoint> train(BooleanSupplier cancelled, Consumer<CurvePoint> log) {
    int batch = settings.batch();
    int episodes = settings.episodes();
    int updates = (episodes + batch - 1) / batch;
    int updatesPerPoint = (updates + MAX_POINTS - 1) / MAX_POINTS;
    List<CurvePoint> curve = new ArrayList<>(Math.min(updates, MAX_POINTS));
    long totalSteps = 0;
    double returnSum = 0;
    int returnCount = 0;
    int done = 0;
    for (int u = 0; u < updates; u++) {
      int episodesNow = Math.min(batch, episodes - done);
      int steps = 0;
      for (int e = 0; e < episodesNow; e++) {
        if (cancelled.getAsBoolean()) {
          return curve;
        }
        int start = steps;
        steps = runEpisode(steps);
        computeReturnsToGo(start, steps);
        returnSum += steps - start; // reward 1 per step
        returnCount++;
      }
      done += episodesNow;
      totalSteps += steps;
      update(steps, episodesNow);
      if ((u + 1) % updatesPerPoint == 0 || u == updates - 1) {
        CurvePoint p = new CurvePoint(totalSteps, returnSum / returnCount);
        curve.add(p);
        log.accept(p);
        returnSum = 0;
        returnCount = 0;
      }
    }
    return curve;
  }

  /** Trains without cancellation and returns the curve. */
  public List<CurvePoint> train() {
    return train(() -> false, p -> {});
  }

  /** A copy of the current policy weights. */
  public double[][] weights() {
    return policy.weights();
  }

  /** Plays one episode, appending its steps at index {@code from}; returns the new end index. */
  private int runEpisode(int from) {
    env.reset(envRng);
    int t = from;
    while (!env.isDone()) {
      ensureCapacity(t + 1);
      int off = t * LinearSoftmaxPolicy.FEATURES;
      LinearSoftmaxPolicy.features(env, phi, off);
      double p = policy.probRight(phi, off);
      int a = LinearSoftmaxPolicy.sample(p, policyRng);
      probs[t] = p;
      actions[t] = a;
      returns[t] = env.step(a);
      t++;
    }
    return t;
  }

  /** Replaces the rewards in {@code returns[from, to)} by discounted returns-to-go. */
  private void computeReturnsToGo(int from, int to) {
    double g = 0;
    for (int t = to - 1; t >= from; t--) {
      g = returns[t] + settings.gamma() * g;
      returns[t] = g;
    }
  }

  private void update(int steps, int episodes) {
    if (variant.normalizeReturns()) {
      double mean = Mean.ofRange(returns, 0, steps).getAsDouble();
      double std = StandardDeviation.ofRange(returns, 0, steps).setBiased(true).getAsDouble();
      double scale = 1.0 / (std + NORMALIZE_EPS);
      for (int t = 0; t < steps; t++) {
        returns[t] = (returns[t] - mean) * scale;
      }
    }
    for (double[] row : grad) {
      Arrays.fill(row, 0);
    }
    for (int t = 0; t < steps; t++) {
      LinearSoftmaxPolicy.accumulateScore(
          phi, t * LinearSoftmaxPolicy.FEATURES, actions[t], probs[t], returns[t], grad);
    }
    policy.ascend(grad, settings.lr() / episodes);
  }

  private void ensureCapacity(int n) {
    if (n > probs.length) {
      int cap = Math.max(n, probs.length * 2);
      phi = Arrays.copyOf(phi, cap * LinearSoftmaxPolicy.FEATURES);
      probs = Arrays.copyOf(probs, cap);
      actions = Arrays.copyOf(actions, cap);
      returns = Arrays.copyOf(returns, cap);
    }
  }
}
