package io.seedscope.sensitivity.space;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The full factorial grid: every combination of the parameters' {@link Param#grid()} values. A
 * conditional parameter multiplies only the branches where it is active, so {@code optimizer in
 * [adam, sgd]} with {@code momentum} (3 levels, when sgd) gives 1 + 3 = 4 combinations. Order:
 * lexicographic in the space's parameter order, each parameter's values in grid order.
 */
public record GridSampler(int maxConfigurations) implements Sampler {

  /** Default cap on the grid size, so a typo does not plan millions of runs. */
  public static final int DEFAULT_MAX = 100_000;

  public GridSampler() {
    this(DEFAULT_MAX);
  }

  @Override
  public List<Map<String, String>> draw(SearchSpace space) {
    List<List<String>> levels = new ArrayList<>();
    for (Param p : space.params()) {
      levels.add(p.grid());
    }
    List<Map<String, String>> out = new ArrayList<>();
    expand(space, levels, 0, new LinkedHashMap<>(), out);
    return out;
  }

  private void expand(
      SearchSpace space,
      List<List<String>> levels,
      int index,
      LinkedHashMap<String, String> partial,
      List<Map<String, String>> out) {
    if (index == space.size()) {
      if (out.size() >= maxConfigurations) {
        throw new SpaceException(
            "", "the grid has more than " + maxConfigurations + " configurations; reduce levels");
      }
      out.add(new LinkedHashMap<>(partial));
      return;
    }
    Param p = space.params().get(index);
    if (!space.isActive(p, partial)) {
      expand(space, levels, index + 1, partial, out);
      return;
    }
    for (String v : levels.get(index)) {
      partial.put(p.name(), v);
      expand(space, levels, index + 1, partial, out);
      partial.remove(p.name());
    }
  }

  /** Number of grid points without building them. */
  public long count(SearchSpace space) {
    return countFrom(space, 0, new LinkedHashMap<>());
  }

  private long countFrom(SearchSpace space, int index, LinkedHashMap<String, String> partial) {
    // Conditions depend on values, so count branch by branch (stops past Integer.MAX_VALUE).
    if (index == space.size()) {
      return 1;
    }
    Param p = space.params().get(index);
    if (!space.isActive(p, partial)) {
      return countFrom(space, index + 1, partial);
    }
    long total = 0;
    for (String v : p.grid()) {
      partial.put(p.name(), v);
      total = Math.addExact(total, countFrom(space, index + 1, partial));
      partial.remove(p.name());
      if (total > Integer.MAX_VALUE) {
        return total;
      }
    }
    return total;
  }

  @Override
  public String describe() {
    return "grid";
  }
}
