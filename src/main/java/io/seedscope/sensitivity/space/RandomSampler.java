package io.seedscope.sensitivity.space;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Independent uniform draws: one {@code nextDouble()} per parameter per sample from
 * XO_RO_SHI_RO_128_PP seeded with {@code seed}, mapped through each parameter's inverse CDF.
 */
public record RandomSampler(int samples, long seed) implements Sampler {

  public RandomSampler {
    if (samples < 1) {
      throw new SpaceException("samples", "samples must be >= 1 (got " + samples + ")");
    }
  }

  @Override
  public List<Map<String, String>> draw(SearchSpace space) {
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    List<Map<String, String>> out = new ArrayList<>(samples);
    double[] u = new double[space.size()];
    for (int s = 0; s < samples; s++) {
      for (int i = 0; i < u.length; i++) {
        u[i] = rng.nextDouble();
      }
      out.add(UnitSampling.assign(space, u));
    }
    return out;
  }

  @Override
  public String describe() {
    return "random(n=" + samples + ", seed=" + seed + ")";
  }
}
