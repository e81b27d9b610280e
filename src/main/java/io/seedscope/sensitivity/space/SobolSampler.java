package io.seedscope.sensitivity.space;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The first {@code samples} points of an Owen-scrambled Sobol sequence ({@link
 * OwenScrambledSobol}), one dimension per parameter in the space's order. Use a power of two: only
 * then does every 1-D projection fill each of the {@code samples} equal bins exactly once.
 */
public record SobolSampler(int samples, long seed) implements Sampler {

  public SobolSampler {
    if (samples < 1) {
      throw new SpaceException("samples", "samples must be >= 1 (got " + samples + ")");
    }
  }

  @Override
  public List<Map<String, String>> draw(SearchSpace space) {
    if (space.size() > OwenScrambledSobol.MAX_DIMENSION) {
      throw new SpaceException(
          "",
          "the Sobol sampler supports at most " + OwenScrambledSobol.MAX_DIMENSION + " parameters");
    }
    OwenScrambledSobol sobol = new OwenScrambledSobol(space.size(), seed);
    List<Map<String, String>> out = new ArrayList<>(samples);
    for (int s = 0; s < samples; s++) {
      out.add(UnitSampling.assign(space, sobol.next()));
    }
    return out;
  }

  /** Whether {@code samples} is a power of two (the balanced case). */
  public boolean balanced() {
    return Integer.bitCount(samples) == 1;
  }

  @Override
  public String describe() {
    return "sobol(n=" + samples + ", seed=" + seed + ", owen-scrambled)";
  }
}
