package io.seedscope.plan;

import io.seedscope.model.Config;
import io.seedscope.spec.Implementation;
import io.seedscope.spec.Spec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every trial of a spec: implementations x configurations x seeds x repeats, in a stable order
 * (seed-major, so that an interrupted experiment has covered all implementations evenly).
 */
public record Plan(List<Trial> trials, List<Config> configs) {

  public Plan {
    trials = List.copyOf(trials);
    configs = List.copyOf(configs);
  }

  /** Plans the spec's fixed configuration. */
  public static Plan of(Spec spec, int repeats) {
    return of(spec, List.of(Config.of(spec.config())), Map.of(), repeats);
  }

  /**
   * Plans the given configurations.
   *
   * @param seedsPerConfig for configurations that use fewer seeds than the spec (a sweep), their
   *     seed count; configurations not listed use all the spec's seeds
   */
  public static Plan of(
      Spec spec, List<Config> configs, Map<Config, Integer> seedsPerConfig, int repeats) {
    if (repeats < 1) {
      throw new IllegalArgumentException("repeats must be at least 1");
    }
    List<Trial> trials = new ArrayList<>();
    Map<String, Trial> byId = new LinkedHashMap<>();
    for (int s = 0; s < spec.seeds().size(); s++) {
      long seed = spec.seeds().get(s);
      for (Config config : configs) {
        Integer limit = seedsPerConfig.get(config);
        if (limit != null && s >= limit) {
          continue;
        }
        for (Implementation impl : spec.implementations().values()) {
          for (int r = 0; r < repeats; r++) {
            String id =
                RunIds.of(impl.name(), impl.definition(), spec.task(), config, seed, r);
            Trial t = new Trial(id, impl.name(), spec.task(), config, seed, r);
            if (byId.putIfAbsent(id, t) == null) {
              trials.add(t);
            }
          }
        }
      }
    }
    return new Plan(trials, configs);
  }

  public int size() {
    return trials.size();
  }
}
