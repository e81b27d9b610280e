package io.seedscope.stats;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.apache.commons.rng.JumpableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Runs {@code total} random replicates in fixed chunks of {@value #CHUNK}, chunk {@code i} drawing
 * from the i-th jump (2^64 steps apart) of one XoRoShiRo128++ stream seeded with {@code seed}.
 * Chunk boundaries and streams depend only on {@code (seed, total)}, never on the thread count, so
 * the replicates are identical with 1 or 64 threads. (rliable passes a {@code random_state} to arch
 * that arch silently ignores; here the seed is honoured.)
 */
final class ResamplingStreams {

  /** Replicates per chunk; fixed so that results do not depend on the thread count. */
  static final int CHUNK = 1024;

  /** Fills replicates {@code [from, to)} from {@code rng}. */
  @FunctionalInterface
  interface ChunkJob {
    void run(UniformRandomProvider rng, int from, int to);
  }

  private ResamplingStreams() {}

  static void run(long seed, int total, int threads, ChunkJob job) {
    int chunks = (total + CHUNK - 1) / CHUNK;
    JumpableUniformRandomProvider root =
        (JumpableUniformRandomProvider) RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    UniformRandomProvider[] streams = new UniformRandomProvider[chunks];
    for (int i = 0; i < chunks; i++) {
      streams[i] = root.jump();
    }
    if (threads <= 1 || chunks == 1) {
      for (int i = 0; i < chunks; i++) {
        job.run(streams[i], i * CHUNK, Math.min(total, (i + 1) * CHUNK));
      }
      return;
    }
    ForkJoinPool pool = new ForkJoinPool(Math.min(threads, chunks));
    try {
      pool.submit(
              () ->
                  IntStream.range(0, chunks)
                      .parallel()
                      .forEach(
                          i -> job.run(streams[i], i * CHUNK, Math.min(total, (i + 1) * CHUNK))))
          .get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("resampling interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      throw new IllegalStateException(cause);
    } finally {
      pool.shutdown();
    }
  }
}
