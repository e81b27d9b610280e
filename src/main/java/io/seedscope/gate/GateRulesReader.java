package io.seedscope.gate;

import io.seedscope.model.InputException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads gate rules from YAML (format in docs/gate.md). Unknown keys, wrong types and values out of
 * range are reported as {@code file:line:column: message}. A relative baseline path is resolved
 * against the directory of the YAML file, so that a gate.yaml and its baseline can live together.
 */
public final class GateRulesReader {

  private static final Set<String> KEYS =
      Set.of(
          "level",
          "minSeeds",
          "maxCv",
          "maxCiRel",
          "minLowerBound",
          "maxFailedShare",
          "determinism",
          "noRegression");
  private static final Set<String> DETERMINISM_KEYS = Set.of("tolerance");
  private static final Set<String> REGRESSION_KEYS =
      Set.of("baseline", "method", "alpha", "minPoi", "tolerance");

  private GateRulesReader() {}

  public static GateRules read(Path file) {
    YamlNode root = YamlNode.readYaml(file);
    Path dir = file.toAbsolutePath().getParent();
    return fromYaml(root, dir);
  }

  /** Reads the {@code gate} section of an experiment spec (same keys as a rules file). */
  public static GateRules fromSpec(Path specFile) {
    return fromSpecIfPresent(specFile)
        .orElseThrow(() -> new InputException(specFile + ": the spec has no 'gate' section"));
  }

  /** The spec's {@code gate} section, or empty when the spec has none. */
  public static java.util.Optional<GateRules> fromSpecIfPresent(Path specFile) {
    YamlNode gate = YamlNode.readYaml(specFile).asMap("the spec").get("gate");
    return gate == null
        ? java.util.Optional.empty()
        : java.util.Optional.of(fromYaml(gate, specFile.toAbsolutePath().getParent()));
  }

  /** Parses YAML text; {@code name} names it in errors, {@code dir} resolves the baseline. */
  public static GateRules parse(String name, String yaml, Path dir) {
    return fromYaml(
        YamlNode.parse(name, yaml, new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()), dir);
  }

  private static GateRules fromYaml(YamlNode root, Path dir) {
    root.requireKnownKeys("the gate rules", KEYS);
    Map<String, YamlNode> m = root.asMap("the gate rules");
    GateRules.Builder b = GateRules.builder();
    YamlNode n;
    if ((n = m.get("level")) != null) {
      double v = n.asDouble("level");
      located(n, "level", GateRules.problemOpenUnit(v));
      b.level(v);
    }
    if ((n = m.get("minSeeds")) != null) {
      int v = n.asInt("minSeeds");
      located(n, "minSeeds", v >= 1 ? null : "must be at least 1");
      b.minSeeds(v);
    }
    b.maxCv(nonNegative(m, "maxCv"));
    b.maxCiRel(nonNegative(m, "maxCiRel"));
    if ((n = m.get("minLowerBound")) != null) {
      b.minLowerBound(n.asDouble("minLowerBound"));
    }
    if ((n = m.get("maxFailedShare")) != null) {
      double v = n.asDouble("maxFailedShare");
      located(n, "maxFailedShare", v >= 0 && v <= 1 ? null : "must be in [0, 1]");
      b.maxFailedShare(v);
    }
    if ((n = m.get("determinism")) != null) {
      b.determinism(determinism(n));
    }
    if ((n = m.get("noRegression")) != null) {
      b.noRegression(noRegression(n, dir));
    }
    return located(root, b::build);
  }

  /** {@code determinism: 1e-9}, {@code determinism: true} (exact) or {@code {tolerance: 1e-9}}. */
  private static Double determinism(YamlNode n) {
    switch (n.kind()) {
      case MAP:
        {
          n.requireKnownKeys("determinism", DETERMINISM_KEYS);
          YamlNode t = n.asMap("determinism").get("tolerance");
          return t == null ? 0.0 : checkedNonNegative(t, "determinism tolerance");
        }
      case SCALAR:
        {
          String s = n.asString("determinism").trim();
          if (s.equalsIgnoreCase("true")) {
            return 0.0;
          }
          if (s.equalsIgnoreCase("false")) {
            return null;
          }
          return checkedNonNegative(n, "determinism");
        }
      default:
        throw n.error("determinism must be a tolerance, true/false or {tolerance: X}");
    }
  }

  /** {@code noRegression: baseline.json} or a mapping with the options. */
  private static GateRules.NoRegression noRegression(YamlNode n, Path dir) {
    if (n.kind() == YamlNode.Kind.SCALAR) {
      return GateRules.NoRegression.of(resolve(dir, n.asString("noRegression")));
    }
    n.requireKnownKeys("noRegression", REGRESSION_KEYS);
    Map<String, YamlNode> m = n.asMap("noRegression");
    YamlNode base = m.get("baseline");
    if (base == null) {
      throw n.error("noRegression needs 'baseline: FILE' (written by --save-baseline)");
    }
    Path path = resolve(dir, base.asString("noRegression baseline"));
    GateRules.Method method = GateRules.Method.WELCH;
    YamlNode x;
    if ((x = m.get("method")) != null) {
      YamlNode mm = x;
      method = located(mm, () -> GateRules.Method.parse(mm.asString("noRegression method")));
    }
    double alpha = GateRules.NoRegression.DEFAULT_ALPHA;
    if ((x = m.get("alpha")) != null) {
      alpha = x.asDouble("noRegression alpha");
      located(x, "noRegression alpha", GateRules.problemOpenUnit(alpha));
    }
    double minPoi = GateRules.NoRegression.DEFAULT_MIN_POI;
    if ((x = m.get("minPoi")) != null) {
      minPoi = x.asDouble("noRegression minPoi");
      located(x, "noRegression minPoi", minPoi >= 0 && minPoi <= 1 ? null : "must be in [0, 1]");
    }
    double tolerance = 0;
    if ((x = m.get("tolerance")) != null) {
      tolerance = checkedNonNegative(x, "noRegression tolerance");
    }
    return new GateRules.NoRegression(path, method, alpha, minPoi, tolerance);
  }

  private static Path resolve(Path dir, String file) {
    Path p = Path.of(file);
    return p.isAbsolute() || dir == null ? p : dir.resolve(p).normalize();
  }

  private static Double nonNegative(Map<String, YamlNode> m, String key) {
    YamlNode n = m.get(key);
    return n == null ? null : checkedNonNegative(n, key);
  }

  private static double checkedNonNegative(YamlNode n, String what) {
    double v = n.asDouble(what);
    located(n, what, GateRules.problemNonNegative(v));
    return v;
  }

  private static void located(YamlNode n, String what, String problem) {
    if (problem != null) {
      throw n.error(what + " " + problem);
    }
  }

  /** Runs {@code f}, giving an unlocated {@link InputException} the node's location. */
  private static <T> T located(YamlNode n, Supplier<T> f) {
    try {
      return f.get();
    } catch (InputException e) {
      if (e.getMessage().startsWith(n.file() + ":")) {
        throw e;
      }
      throw n.error(e.getMessage());
    }
  }
}
