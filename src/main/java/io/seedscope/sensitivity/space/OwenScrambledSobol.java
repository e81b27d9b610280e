package io.seedscope.sensitivity.space;

import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Sobol points (Joe and Kuo 2008 direction numbers, from commons-math3's {@link
 * SobolSequenceGenerator}) with a nested uniform ("Owen") scramble in base 2: Owen (1995),
 * "Randomly permuted (t,m,s)-nets and (t,s)-sequences". Bit {@code j} (from the most significant)
 * of each coordinate is flipped by a random bit that depends on the dimension, on {@code j} and on
 * the {@code j} bits above it, i.e. on the node of the binary tree of dyadic intervals the point
 * lies in. The scramble keeps the net property, so the first 2^k points put exactly one point into
 * every dyadic bin of width 2^-k in each 1-D projection (and in every elementary box of volume 2^-k
 * for the first two dimensions, a (0,2)-sequence), while each point is uniformly distributed.
 *
 * <p>The tree has 2^52 nodes per dimension, so its random bits cannot be drawn from a stream in
 * advance; each node's bit is a hash (SplitMix64 finalizer) of a per-dimension key and the node
 * index. The keys come from Commons RNG seeded with the given seed. commons-math3 has no scrambling
 * and Commons RNG has no Sobol generator, hence this class.
 */
public final class OwenScrambledSobol {

  /** commons-math3 generates 52-bit Sobol integers scaled by 2^-52. */
  private static final int BITS = 52;

  private static final double SCALE = 0x1.0p52;

  /** The largest dimension commons-math3 ships direction numbers for. */
  public static final int MAX_DIMENSION = 1000;

  private final SobolSequenceGenerator sobol;
  private final long[] keys;

  public OwenScrambledSobol(int dimension, long seed) {
    if (dimension < 1 || dimension > MAX_DIMENSION) {
      throw new IllegalArgumentException(
          "Sobol dimension must be in [1, " + MAX_DIMENSION + "], got " + dimension);
    }
    this.sobol = new SobolSequenceGenerator(dimension);
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    this.keys = new long[dimension];
    for (int d = 0; d < dimension; d++) {
      keys[d] = rng.nextLong();
    }
  }

  /** The next scrambled point, each coordinate in [0, 1). The first point is index 0. */
  public double[] next() {
    double[] v = sobol.nextVector();
    double[] out = new double[v.length];
    for (int d = 0; d < v.length; d++) {
      long x = (long) (v[d] * SCALE); // exact: v[d] is an integer below 2^52 times 2^-52
      out[d] = scramble(x, keys[d]) / SCALE;
    }
    return out;
  }

  /** Owen's nested scramble of a {@link #BITS}-bit integer {@code x}. */
  static long scramble(long x, long key) {
    long y = 0;
    for (int depth = 0; depth < BITS; depth++) {
      int bit = BITS - 1 - depth;
      long prefix = x >>> (bit + 1); // the depth bits above this one: the tree node
      long node = (prefix << 6) | depth;
      long flip = mix(key ^ mix(node)) >>> 63;
      y |= (((x >>> bit) & 1L) ^ flip) << bit;
    }
    return y;
  }

  /** SplitMix64's output function (Steele, Lea and Flood 2014). */
  private static long mix(long z) {
    z += 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
