package io.seedscope.spec;

import io.seedscope.model.InputException;
import io.seedscope.sensitivity.space.SearchSpaceReader;
import io.seedscope.sensitivity.space.SpaceException;
import io.seedscope.sensitivity.space.SweepPlan;
import io.seedscope.sensitivity.space.SweepSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A spec's {@code sweep} section read into configurations per implementation. The search-space
 * rules live in {@code sensitivity.space}; this class only maps their errors back to file, line and
 * column.
 *
 * @param plans per swept implementation, its configurations (its default first) and warnings
 * @param seedsPerConfig seeds for every configuration but the default (which gets all seeds)
 * @param implementations which implementations run the sweep
 */
public record SweepSection(
    Map<String, SweepPlan> plans, int seedsPerConfig, Set<String> implementations) {

  /** Reads and plans the sweep of a spec. */
  public static SweepSection of(Spec spec, Node.Mapping sweep) {
    Located at = new Located(spec.file().toString());
    Set<String> impls = new LinkedHashSet<>(spec.implementations().keySet());
    LinkedHashMap<String, Node> entries = new LinkedHashMap<>(sweep.entries());
    Node implNode = entries.remove("implementations");
    if (implNode != null) {
      impls = new LinkedHashSet<>();
      for (Node n : at.sequence(implNode, "sweep.implementations")) {
        String name = at.nonEmptyString(n, "an implementation name");
        if (!spec.implementations().containsKey(name)) {
          throw at.error(
              n,
              "sweep.implementations names '"
                  + name
                  + "', which is not an implementation of the spec");
        }
        impls.add(name);
      }
    }
    Map<String, Object> plain = new LinkedHashMap<>();
    entries.forEach((k, v) -> plain.put(k, toPlain(v)));
    try {
      SweepSpec sweepSpec = SearchSpaceReader.sweepFromMap(plain);
      Map<String, SweepPlan> plans = new LinkedHashMap<>();
      for (String impl : impls) {
        plans.put(impl, sweepSpec.plan(spec.configOf(spec.implementations().get(impl))));
      }
      return new SweepSection(plans, sweepSpec.seedsPerConfig(), impls);
    } catch (SpaceException e) {
      Node where = locate(sweep, e.path());
      throw at.error(
          where, "sweep" + (e.path().isEmpty() ? "" : "." + e.path()) + ": " + e.detail());
    } catch (InputException e) {
      throw at.error(sweep, "sweep: " + e.getMessage());
    }
  }

  /** The deepest node of a dotted path that exists (the key's own position for a missing leaf). */
  private static Node locate(Node.Mapping root, String path) {
    Node current = root;
    if (path.isEmpty()) {
      return current;
    }
    for (String part : path.split("\\.")) {
      if (current instanceof Node.Mapping m && m.entries().containsKey(part)) {
        current = m.entries().get(part);
      } else {
        break;
      }
    }
    return current;
  }

  private static Object toPlain(Node node) {
    if (node instanceof Node.Mapping m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.entries().forEach((k, v) -> out.put(k, toPlain(v)));
      return out;
    }
    if (node instanceof Node.Sequence s) {
      List<Object> out = new ArrayList<>();
      s.items().forEach(i -> out.add(toPlain(i)));
      return out;
    }
    Node.Scalar sc = (Node.Scalar) node;
    switch (sc.type()) {
      case INTEGER:
        try {
          return Long.parseLong(sc.text());
        } catch (NumberFormatException e) {
          return sc.text();
        }
      case FLOAT:
        return Double.parseDouble(sc.text());
      case BOOLEAN:
        return Boolean.parseBoolean(sc.text());
      case NULL:
        return null;
      default:
        return sc.text();
    }
  }
}
