package io.seedscope.sensitivity.space;

import io.seedscope.model.Config;

/** A parsed {@code sweep:} block. */
public record SweepSpec(Sampler sampler, SearchSpace space, int seedsPerConfig) {

  /** Plans the configurations around the spec's fixed configuration. */
  public SweepPlan plan(Config defaults) {
    return Sweep.plan(space, defaults, sampler);
  }
}
