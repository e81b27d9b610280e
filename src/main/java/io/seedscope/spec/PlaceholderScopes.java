package io.seedscope.spec;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which parameters each implementation's placeholders may name: the shared config, its own config,
 * and the sweep's parameters when the sweep runs it. Anything else would reach the program as
 * literal text, so it is an error when a spec is read to be run; a spec read back from a results
 * directory (only to analyze it) is not checked, so that one an earlier version ran stays readable.
 */
final class PlaceholderScopes {
  private final Located at;
  private final boolean enabled;
  private final Map<String, Set<String>> byImplementation = new LinkedHashMap<>();

  /**
   * @param implementations the spec's {@code implementations} mapping (read loosely here; {@link
   *     SpecReader} validates it)
   * @param swept the implementations the sweep runs, or null for all
   */
  PlaceholderScopes(
      Located at,
      boolean enabled,
      Set<String> shared,
      Set<String> sweepParams,
      Set<String> swept,
      Node.Mapping implementations) {
    this.at = at;
    this.enabled = enabled;
    for (Map.Entry<String, Node> e : implementations.entries().entrySet()) {
      Set<String> params = new LinkedHashSet<>(shared);
      if (swept == null || swept.contains(e.getKey())) {
        params.addAll(sweepParams);
      }
      if (e.getValue() instanceof Node.Mapping im
          && im.entries().get("config") instanceof Node.Mapping cm) {
        params.addAll(cm.entries().keySet());
      }
      byImplementation.put(e.getKey(), params);
    }
  }

  /**
   * The implementations {@code sweep.implementations} names, or null when it names none (the sweep
   * then applies to all). Read loosely, only to scope placeholders; {@link SweepSection} validates
   * the list.
   */
  static Set<String> sweptImplementations(Node.Mapping sweep) {
    if (sweep.entries().get("implementations") instanceof Node.Sequence seq) {
      Set<String> names = new LinkedHashSet<>();
      for (Node n : seq.items()) {
        if (n instanceof Node.Scalar sc) {
          names.add(sc.text());
        }
      }
      return names;
    }
    return null;
  }

  /** Checks a command argument or env value of one implementation. */
  void check(Node where, String text, String implementation) {
    check(where, text, byImplementation.get(implementation), "");
  }

  /**
   * Checks a {@code run.workerEnv} value: it is filled for every command implementation, so a
   * parameter must be one they all have.
   */
  void checkWorkerEnv(Node where, String text, Collection<Implementation> implementations) {
    Set<String> common = null;
    for (Implementation impl : implementations) {
      if (impl instanceof Implementation.Command c) {
        if (common == null) {
          common = new LinkedHashSet<>(byImplementation.get(c.name()));
        } else {
          common.retainAll(byImplementation.get(c.name()));
        }
      }
    }
    check(where, text, common == null ? Set.of() : common, " of every command implementation");
  }

  private void check(Node where, String text, Set<String> params, String scope) {
    if (!enabled) {
      return;
    }
    String unknown = Placeholders.firstUnknown(text, params);
    if (unknown != null) {
      Set<String> known = new TreeSet<>(Placeholders.BUILTINS);
      known.addAll(params);
      throw at.error(
          where,
          "placeholder {"
              + unknown
              + "} names no parameter"
              + scope
              + " (known: "
              + String.join(", ", known)
              + ")");
    }
  }
}
