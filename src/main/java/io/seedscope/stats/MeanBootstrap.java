package io.seedscope.stats;

/**
 * Bootstrap replicates of a mean and of a difference of means. Specialised for the mean: each
 * replicate is a running sum over drawn indices, with no resample array (10,000 x 30 draws take a
 * fraction of a millisecond).
 */
public final class MeanBootstrap {

  private MeanBootstrap() {}

  /**
   * The mean exactly as each replicate computes it (a running sum in index order over n), so that a
   * resample equal to the data has this value bit for bit.
   */
  static double mean(double[] x) {
    double sum = 0;
    for (double v : x) {
      sum += v;
    }
    return sum / x.length;
  }

  /** {@code resamples} means of resamples of {@code x} with replacement. */
  public static double[] replicates(double[] x, int resamples, long seed, int threads) {
    double[] reps = new double[resamples];
    int n = x.length;
    ResamplingStreams.run(
        seed,
        resamples,
        threads,
        (rng, from, to) -> {
          UniformIndex index = new UniformIndex(rng, n);
          for (int b = from; b < to; b++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
              sum += x[index.next()];
            }
            reps[b] = sum / n;
          }
        });
    return reps;
  }

  /**
   * Replicates of mean(candidate) - mean(baseline), each sample resampled independently (scipy's
   * multi-sample bootstrap with {@code paired=False}); each replicate draws the candidate first.
   */
  public static double[] differenceReplicates(
      double[] baseline, double[] candidate, int resamples, long seed, int threads) {
    double[] reps = new double[resamples];
    int nb = baseline.length;
    int nc = candidate.length;
    ResamplingStreams.run(
        seed,
        resamples,
        threads,
        (rng, from, to) -> {
          UniformIndex ic = new UniformIndex(rng, nc);
          UniformIndex ib = new UniformIndex(rng, nb);
          for (int r = from; r < to; r++) {
            double sc = 0;
            for (int i = 0; i < nc; i++) {
              sc += candidate[ic.next()];
            }
            double sb = 0;
            for (int i = 0; i < nb; i++) {
              sb += baseline[ib.next()];
            }
            reps[r] = sc / nc - sb / nb;
          }
        });
    return reps;
  }
}
