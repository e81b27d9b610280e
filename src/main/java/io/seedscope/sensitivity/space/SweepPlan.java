package io.seedscope.sensitivity.space;

import io.seedscope.model.Config;
import java.util.List;

/**
 * The configurations of a sweep: {@code configs.get(0)} is the default configuration, the rest are
 * the sampled ones (distinct, in draw order). Each configuration holds the default's fixed
 * (non-swept) entries plus the active swept parameters.
 *
 * @param sampler the sampler's {@link Sampler#describe()} label
 * @param warnings notes for the report (duplicates dropped, default out of range, ...)
 */
public record SweepPlan(String sampler, List<Config> configs, List<String> warnings) {
  public SweepPlan {
    configs = List.copyOf(configs);
    warnings = List.copyOf(warnings);
  }

  public Config defaultConfig() {
    return configs.get(0);
  }
}
