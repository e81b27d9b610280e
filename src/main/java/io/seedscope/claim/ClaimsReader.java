package io.seedscope.claim;

import io.seedscope.gate.YamlNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a claims YAML: the rows of a paper's table, each a mapping with the keys of {@code --claim}
 * ({@code ci} may be a YAML list {@code [low, high]}), optionally under {@code claims:} with shared
 * {@code defaults:} that rows override. Errors read {@code file:line:column: message}.
 */
public final class ClaimsReader {

  private ClaimsReader() {}

  public static List<Claim> read(Path file) {
    return fromYaml(YamlNode.readYaml(file));
  }

  /** Parses YAML text; {@code name} names it in errors. */
  public static List<Claim> parse(String name, String yaml) {
    return fromYaml(
        YamlNode.parse(name, yaml, new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()));
  }

  private static List<Claim> fromYaml(YamlNode root) {
    YamlNode rows = root;
    ClaimFields defaults = null;
    if (root.kind() == YamlNode.Kind.MAP) {
      root.requireKnownKeys("the claims file", Set.of("defaults", "claims"));
      Map<String, YamlNode> m = root.asMap("the claims file");
      rows = m.get("claims");
      if (rows == null) {
        throw root.error("missing key 'claims' (a list of claim rows)");
      }
      YamlNode d = m.get("defaults");
      if (d != null) {
        defaults = fields(d, "defaults");
      }
    }
    List<Claim> claims = new ArrayList<>();
    for (YamlNode row : rows.asList("claims")) {
      claims.add(fields(row, "a claim row").toClaim(defaults));
    }
    if (claims.isEmpty()) {
      throw rows.error("the claims list is empty");
    }
    return claims;
  }

  private static ClaimFields fields(YamlNode row, String what) {
    Map<String, YamlNode> m = row.asMap(what);
    ClaimFields f = new ClaimFields(row.file() + ":" + row.line() + ":" + row.column(), row::error);
    row.requireKnownKeys(what, ClaimFields.KEYS);
    for (Map.Entry<String, YamlNode> e : m.entrySet()) {
      YamlNode v = e.getValue();
      f.put(e.getKey(), text(e.getKey(), v), row::error, v::error);
    }
    return f;
  }

  private static String text(String key, YamlNode v) {
    if (v.kind() == YamlNode.Kind.LIST && key.equals("ci")) {
      List<YamlNode> items = v.asList("ci");
      if (items.size() != 2) {
        throw v.error("ci must have two numbers [low, high]");
      }
      return "[" + items.get(0).asString("ci low") + ";" + items.get(1).asString("ci high") + "]";
    }
    if (v.kind() != YamlNode.Kind.SCALAR) {
      throw v.error(key + " must be a single value");
    }
    return v.asString(key);
  }
}
