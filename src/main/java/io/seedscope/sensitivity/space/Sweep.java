package io.seedscope.sensitivity.space;

import io.seedscope.model.Config;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Plans the configurations of a sweep from a space, the default configuration and a sampler. */
public final class Sweep {
  private Sweep() {}

  /**
   * The default configuration first, then every drawn assignment laid over the default's entries.
   * Rules:
   *
   * <ul>
   *   <li>The default keeps the text the user wrote (so its run ids do not change when a sweep is
   *       added), except that swept parameters inactive under its own values are removed. Every
   *       active swept parameter must have a valid value in it; a numeric value outside the range
   *       is allowed with a warning.
   *   <li>A drawn configuration equal to the default, or to an earlier one, is dropped (compared on
   *       canonical values, so {@code 3e-4} equals {@code 0.0003}); the count is reported.
   *   <li>Entries of the default that are swept parameters are replaced by drawn values or, when
   *       inactive in the drawn configuration, removed.
   * </ul>
   *
   * @throws SpaceException when the default lacks an active swept parameter or has an invalid value
   *     (path = the parameter name, prefixed by {@code default.})
   */
  public static SweepPlan plan(SearchSpace space, Config defaults, Sampler sampler) {
    List<String> warnings = new ArrayList<>();
    Config base = space.activeOnly(defaults);
    Map<String, String> defaultCanonical;
    try {
      defaultCanonical = space.canonicalValues(base);
    } catch (SpaceException e) {
      throw new SpaceException("default." + e.path(), e.detail());
    }
    defaultCanonical.forEach(
        (name, value) -> {
          if (!space.get(name).inRange(value)) {
            warnings.add(
                "default value " + name + "=" + base.get(name) + " lies outside the swept range");
          }
        });
    for (String removed : defaults.values().keySet()) {
      if (!base.values().containsKey(removed)) {
        warnings.add(
            "default entry '" + removed + "' is inactive under the default's own values; left out");
      }
    }
    List<Config> configs = new ArrayList<>();
    configs.add(base);
    Set<Map<String, String>> seen = new HashSet<>();
    seen.add(new TreeMap<>(defaultCanonical));
    int duplicates = 0;
    for (Map<String, String> drawn : sampler.draw(space)) {
      Map<String, String> key = new TreeMap<>();
      drawn.forEach((name, value) -> key.put(name, space.get(name).canonical(value)));
      if (!seen.add(key)) {
        duplicates++;
        continue;
      }
      TreeMap<String, String> values = new TreeMap<>(base.values());
      for (Param p : space.params()) {
        values.remove(p.name());
      }
      values.putAll(drawn);
      configs.add(Config.of(values));
    }
    if (duplicates > 0) {
      warnings.add(
          duplicates + " drawn configuration(s) repeated the default or an earlier one; dropped");
    }
    if (sampler instanceof SobolSampler s && !s.balanced()) {
      warnings.add(
          "Sobol sample count "
              + s.samples()
              + " is not a power of two; the points are less"
              + " evenly spread than with 2^k");
    }
    return new SweepPlan(sampler.describe(), configs, warnings);
  }
}
