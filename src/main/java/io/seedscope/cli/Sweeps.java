package io.seedscope.cli;

import io.seedscope.plan.Plan;
import io.seedscope.spec.Spec;

/** Plans a spec: its fixed configuration, plus the sweep's configurations when it has one. */
final class Sweeps {
  private Sweeps() {}

  static Plan plan(Spec spec, int repeats) {
    return Plan.of(spec, repeats);
  }
}
