package io.seedscope.stats.multitask;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Uniform indices in {@code [0, n)} for resampling, four per 64-bit draw. Commons RNG's {@code
 * nextInt(n)} spends 32 random bits per index; the bootstrap's cost is dominated by index draws, so
 * for {@code n <= 2^16} this splits each {@code nextLong()} into four 16-bit fragments and maps
 * each with Lemire's multiply-shift, rejecting the {@code 2^16 mod n} low products that would bias
 * it (D. Lemire, "Fast random integer generation in an interval", ACM TOMACS 2019). The indices are
 * exactly uniform.
 */
final class IndexDraws {
  private IndexDraws() {}

  /** Fills {@code out[0 .. count)} with independent uniform indices in {@code [0, n)}. */
  static void fill(UniformRandomProvider rng, int n, int[] out, int count) {
    if (n > 65536) {
      for (int k = 0; k < count; k++) {
        out[k] = rng.nextInt(n);
      }
      return;
    }
    int threshold = (65536 - n) % n;
    int k = 0;
    while (k < count) {
      long bits = rng.nextLong();
      for (int s = 0; s < 4 && k < count; s++) {
        int m = (int) (bits & 0xffff) * n;
        bits >>>= 16;
        if ((m & 0xffff) >= threshold) {
          out[k++] = m >>> 16;
        }
      }
    }
  }
}
