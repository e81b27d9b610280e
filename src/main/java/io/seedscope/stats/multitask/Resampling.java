package io.seedscope.stats.multitask;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.rng.JumpableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.SplitMix64;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.descriptive.Quantile;

/**
 * Deterministic parallel resampling. Resamples {@code 0..B-1} are cut into chunks of {@link
 * #CHUNK_SIZE}; chunk {@code c} draws from its own XO_RO_SHI_RO_128_PP stream, the {@code c}-th
 * jump (2^64 steps apart, so streams never overlap) of a generator seeded from the user seed and a
 * stream key (e.g. the algorithm name). Every resample writes only its own output slot, so the
 * output is identical for any number of threads.
 */
public final class Resampling {
  /** Resamples per chunk: fixed, never derived from the thread count. */
  public static final int CHUNK_SIZE = 500;

  private Resampling() {}

  /** Work on resamples {@code [from, to)} with the chunk's own random stream. */
  @FunctionalInterface
  public interface Chunk {
    void run(int from, int to, UniformRandomProvider rng);
  }

  /** Runs all chunks of {@code options.resamples()} resamples on {@code options.threads()}. */
  public static void run(BootstrapOptions options, String streamKey, Chunk chunk) {
    int resamples = options.resamples();
    int chunks = (resamples + CHUNK_SIZE - 1) / CHUNK_SIZE;
    JumpableUniformRandomProvider root = root(options.seed(), streamKey);
    List<UniformRandomProvider> streams = new ArrayList<>(chunks);
    for (int c = 0; c < chunks; c++) {
      streams.add(root.jump());
    }
    int threads = Math.min(options.threads(), chunks);
    if (threads <= 1) {
      for (int c = 0; c < chunks; c++) {
        chunk.run(c * CHUNK_SIZE, Math.min(resamples, (c + 1) * CHUNK_SIZE), streams.get(c));
      }
      return;
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "seedscope-bootstrap");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<?>> futures = new ArrayList<>(chunks);
      for (int c = 0; c < chunks; c++) {
        int from = c * CHUNK_SIZE;
        int to = Math.min(resamples, from + CHUNK_SIZE);
        UniformRandomProvider rng = streams.get(c);
        futures.add(pool.submit(() -> chunk.run(from, to, rng)));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("bootstrap interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * The root generator of a stream key. The seed and an FNV-1a hash of the key go through
   * SplitMix64 so that nearby seeds or similar keys give unrelated xoroshiro states (Commons RNG
   * uses a native {@code long[2]} seed verbatim, and has no keyed derivation of its own).
   */
  static JumpableUniformRandomProvider root(long seed, String streamKey) {
    long h = 0xcbf29ce484222325L;
    for (byte b : streamKey.getBytes(StandardCharsets.UTF_8)) {
      h = (h ^ (b & 0xff)) * 0x100000001b3L;
    }
    SplitMix64 mix = new SplitMix64(seed);
    long s0 = mix.nextLong();
    SplitMix64 keyed = new SplitMix64(s0 ^ h);
    return (JumpableUniformRandomProvider)
        RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {keyed.nextLong(), keyed.nextLong()});
  }

  private static final Quantile NUMPY_LINEAR =
      Quantile.withDefaults().with(Quantile.EstimationMethod.HF7);

  /**
   * The percentile interval of bootstrap replicates, {@code numpy.percentile} with linear
   * interpolation (Hyndman-Fan type 7) at {@code (1 - level) / 2} and {@code (1 + level) / 2}, as
   * rliable's percentile method (via arch) computes it. NaN replicates are ignored; returns NaNs
   * when none is left.
   */
  public static double[] percentileInterval(double[] replicates, double level) {
    double[] finite = replicates;
    int n = 0;
    for (double v : replicates) {
      if (!Double.isNaN(v)) {
        n++;
      }
    }
    if (n == 0) {
      return new double[] {Double.NaN, Double.NaN};
    }
    if (n < replicates.length) {
      finite = new double[n];
      int k = 0;
      for (double v : replicates) {
        if (!Double.isNaN(v)) {
          finite[k++] = v;
        }
      }
    }
    return NUMPY_LINEAR.evaluate(finite, (1 - level) / 2, (1 + level) / 2);
  }
}
