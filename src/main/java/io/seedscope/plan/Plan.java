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
 *
 * @param trials the trials in execution order
 * @param configs per implementation, its configurations (its default first)
 */
public record Plan(List<Trial> trials, Map<String, List<Config>> configs) {

  public Plan {
    trials = List.copyOf(trials);
    configs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(configs));
  }

  /** Plans every implementation's default configuration with all the spec's seeds. */
  public static Plan of(Spec spec, int repeats) {
    Map<String, List<Config>> configs = new LinkedHashMap<>();
    for (Implementation impl : spec.implementations().values()) {
      configs.put(impl.name(), List.of(spec.configOf(impl)));
    }
    return of(spec, configs, Map.of(), repeats);
  }

  /**
   * Plans the given configurations.
   *
   * @param configs per implementation, its configurations; the first is its default, which runs
   *     with every seed of the spec
   * @param seedsPerConfig seeds of each non-default configuration (a sweep's seedsPerConfig);
   *     configurations not listed use all the spec's seeds
   */
  public static Plan of(
      Spec spec,
      Map<String, List<Config>> configs,
      Map<Config, Integer> seedsPerConfig,
      int repeats) {
    if (repeats < 1) {
      throw new IllegalArgumentException("repeats must be at least 1");
    }
    List<Trial> trials = new ArrayList<>();
    Map<String, Trial> byId = new LinkedHashMap<>();
    for (int s = 0; s < spec.seeds().size(); s++) {
      long seed = spec.seeds().get(s);
      for (Implementation impl : spec.implementations().values()) {
        List<Config> own = configs.getOrDefault(impl.name(), List.of());
        for (int c = 0; c < own.size(); c++) {
          Config config = own.get(c);
          Integer limit = c == 0 ? null : seedsPerConfig.get(config);
          if (limit != null && s >= limit) {
            continue;
          }
          for (int r = 0; r < repeats; r++) {
            String id = RunIds.of(impl.name(), impl.definition(), spec.task(), config, seed, r);
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

  /** The number of distinct configurations over all implementations. */
  public int configCount() {
    return (int) configs.values().stream().flatMap(List::stream).distinct().count();
  }
}
