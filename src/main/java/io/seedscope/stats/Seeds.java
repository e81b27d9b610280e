package io.seedscope.stats;

/** Deterministic derivation of independent-looking seeds from one user seed. */
final class Seeds {

  private Seeds() {}

  /** SplitMix64's finaliser (Steele, Lea and Flood 2014) of {@code seed + index * golden}. */
  static long derive(long seed, long index) {
    long z = seed + (index + 1) * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
