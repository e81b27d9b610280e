package io.seedscope.sensitivity.tunability;

/**
 * Size of the candidate search and of the interval.
 *
 * @param gridPoints points per numeric parameter in the one-parameter search (evenly spaced on the
 *     encoded, i.e. log when log-scaled, range; integers rounded; categories all tried)
 * @param randomCandidates configurations drawn at random for the joint search
 * @param coordinateRounds rounds of coordinate ascent (each parameter over its grid) that refine
 *     the best joint candidate
 * @param level central probability of the interval over members (0.95: 2.5th to 97.5th percentile)
 * @param seed seed of the random candidates
 */
public record TunabilityOptions(
    int gridPoints, int randomCandidates, int coordinateRounds, double level, long seed) {

  public TunabilityOptions {
    if (gridPoints < 2 || randomCandidates < 0 || coordinateRounds < 0) {
      throw new IllegalArgumentException("gridPoints >= 2, randomCandidates and rounds >= 0");
    }
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("level must be in (0, 1)");
    }
  }

  public static TunabilityOptions defaults() {
    return new TunabilityOptions(21, 1000, 3, 0.95, 0L);
  }
}
