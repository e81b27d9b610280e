package io.seedscope.cli;

import io.seedscope.model.Config;
import io.seedscope.plan.Plan;
import io.seedscope.sensitivity.space.SweepPlan;
import io.seedscope.spec.Implementation;
import io.seedscope.spec.Spec;
import io.seedscope.spec.SweepSection;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Plans a spec: its fixed configuration, plus the sweep's configurations when it has one. */
final class Sweeps {
  private Sweeps() {}

  static Plan plan(Spec spec, int repeats, PrintStream err) {
    if (spec.sweep().isEmpty()) {
      return Plan.of(spec, repeats);
    }
    SweepSection sweep = SweepSection.of(spec, spec.sweep().get());
    Map<String, List<Config>> configs = new LinkedHashMap<>();
    Map<Config, Integer> seeds = new HashMap<>();
    for (Implementation impl : spec.implementations().values()) {
      SweepPlan p = sweep.plans().get(impl.name());
      if (p == null) {
        configs.put(impl.name(), List.of(spec.configOf(impl)));
        continue;
      }
      p.warnings().forEach(w -> err.println("warning: sweep (" + impl.name() + "): " + w));
      configs.put(impl.name(), p.configs());
      for (int i = 1; i < p.configs().size(); i++) {
        seeds.put(p.configs().get(i), sweep.seedsPerConfig());
      }
    }
    return Plan.of(spec, configs, seeds, repeats);
  }
}
