package io.seedscope.sensitivity.space;

import io.seedscope.model.Config;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A validated hyperparameter search space. Parameters are kept sorted by name, except that a parent
 * always comes before the parameters conditioned on it; samplers use this order, so the
 * configurations drawn do not depend on the order in which a spec lists the parameters.
 *
 * <p>Validation (all {@link SpaceException}): unique names; bounds and values per parameter type;
 * every condition names an existing other parameter and values that are valid for it
 * (canonicalized, so {@code when: {batch: 8.0}} on an int parent matches {@code 8}); conditions
 * form no cycle.
 */
public record SearchSpace(List<Param> params) {

  public SearchSpace {
    if (params == null || params.isEmpty()) {
      throw new SpaceException("", "the search space must define at least one parameter");
    }
    Map<String, Param> byName = new TreeMap<>();
    for (Param p : params) {
      if (byName.put(p.name(), p) != null) {
        throw new SpaceException(p.name(), "parameter defined twice");
      }
    }
    for (Param p : List.copyOf(byName.values())) {
      Condition c = p.when();
      if (c == null) {
        continue;
      }
      Param parent = byName.get(c.parent());
      if (parent == null) {
        throw new SpaceException(
            p.name() + ".when",
            "condition names unknown parameter '"
                + c.parent()
                + "' (known: "
                + byName.keySet()
                + ")");
      }
      if (parent.name().equals(p.name())) {
        throw new SpaceException(p.name() + ".when", "a parameter cannot depend on itself");
      }
      List<String> canonical = new ArrayList<>();
      for (String v : c.values()) {
        try {
          canonical.add(parent.canonical(v));
        } catch (SpaceException e) {
          throw new SpaceException(p.name() + ".when", "condition value: " + e.getMessage());
        }
      }
      byName.put(p.name(), p.withWhen(new Condition(c.parent(), canonical)));
    }
    params = Collections.unmodifiableList(order(byName));
  }

  /** Kahn's topological sort with ties broken by name; reports a cycle when one remains. */
  private static List<Param> order(Map<String, Param> byName) {
    Map<String, List<String>> children = new HashMap<>();
    TreeSet<String> ready = new TreeSet<>();
    for (Param p : byName.values()) {
      if (p.when() == null) {
        ready.add(p.name());
      } else {
        children.computeIfAbsent(p.when().parent(), k -> new ArrayList<>()).add(p.name());
      }
    }
    List<Param> out = new ArrayList<>(byName.size());
    while (!ready.isEmpty()) {
      String next = ready.pollFirst();
      out.add(byName.get(next));
      ready.addAll(children.getOrDefault(next, List.of()));
    }
    if (out.size() < byName.size()) {
      throw new SpaceException("", "conditions form a cycle: " + cycle(byName));
    }
    return out;
  }

  private static String cycle(Map<String, Param> byName) {
    for (String start : byName.keySet()) {
      List<String> path = new ArrayList<>();
      String cur = start;
      while (cur != null && !path.contains(cur)) {
        path.add(cur);
        Condition c = byName.get(cur).when();
        cur = c == null ? null : c.parent();
      }
      if (cur != null) {
        List<String> loop = new ArrayList<>(path.subList(path.indexOf(cur), path.size()));
        loop.add(cur);
        return String.join(" -> ", loop) + " (each depends on the next)";
      }
    }
    return "?";
  }

  public int size() {
    return params.size();
  }

  public List<String> names() {
    List<String> out = new ArrayList<>(params.size());
    params.forEach(p -> out.add(p.name()));
    return out;
  }

  /** The parameter of that name, or null. */
  public Param get(String name) {
    for (Param p : params) {
      if (p.name().equals(name)) {
        return p;
      }
    }
    return null;
  }

  public boolean contains(String name) {
    return get(name) != null;
  }

  /**
   * Whether {@code p} is active given the values of a configuration: its parent is active, present,
   * and its value (canonicalized) is one of the condition's values.
   */
  public boolean isActive(Param p, Map<String, String> values) {
    Condition c = p.when();
    if (c == null) {
      return true;
    }
    Param parent = get(c.parent());
    String v = values.get(c.parent());
    if (v == null || !isActive(parent, values)) {
      return false;
    }
    String canonical;
    try {
      canonical = parent.canonical(v);
    } catch (SpaceException e) {
      return false;
    }
    return c.values().contains(canonical);
  }

  /** A copy of {@code config} without the space's parameters that are inactive in it. */
  public Config activeOnly(Config config) {
    Map<String, String> values = new TreeMap<>(config.values());
    for (Param p : params) {
      if (!isActive(p, config.values())) {
        values.remove(p.name());
      }
    }
    return Config.of(values);
  }

  /**
   * Canonical values of the space's active parameters in {@code config} (other entries are left
   * out); used to compare configurations regardless of how a number was written.
   *
   * @throws SpaceException when an active parameter is missing or has an invalid value
   */
  public Map<String, String> canonicalValues(Config config) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Param p : params) {
      if (!isActive(p, config.values())) {
        continue;
      }
      String v = config.get(p.name());
      if (v == null) {
        throw new SpaceException(p.name(), "no value given for this active parameter");
      }
      out.put(p.name(), p.canonical(v));
    }
    return out;
  }
}
