package io.seedscope.sensitivity.space;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws assignments of a search space's parameters. Each assignment holds canonical text for the
 * active parameters only (a parent is drawn before its children; a child whose condition fails is
 * absent).
 */
public interface Sampler {

  List<Map<String, String>> draw(SearchSpace space);

  /** Short label for reports, e.g. {@code sobol(n=16, seed=0)}. */
  String describe();

  /**
   * The sampler named in a spec: {@code random}, {@code sobol} or {@code grid}; {@code samples} and
   * {@code seed} are ignored by the grid.
   *
   * @throws SpaceException for an unknown name or a sample count below 1
   */
  static Sampler of(String kind, int samples, long seed) {
    String k = kind == null ? "" : kind.trim().toLowerCase(Locale.ROOT);
    switch (k) {
      case "grid":
        return new GridSampler();
      case "random":
      case "sobol":
        if (samples < 1) {
          throw new SpaceException("samples", "samples must be >= 1 (got " + samples + ")");
        }
        return k.equals("random")
            ? new RandomSampler(samples, seed)
            : new SobolSampler(samples, seed);
      default:
        throw new SpaceException(
            "sampler", "unknown sampler '" + kind + "' (expected random, sobol or grid)");
    }
  }
}
