package io.seedscope.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** gate, reproduce and export as CI and a reader use them, on data whose truth is built in. */
class GateReproduceExportTest {
  @TempDir Path dir;

  /**
   * 20 seeds each. ppo: 1000 +- 2k for k = 1..10, so mean exactly 1000, sd sqrt(8 * 385 / 19) =
   * 12.73, cv 0.0127. sac: 500 +- 10k, mean exactly 500, sd 63.66, cv 0.127.
   */
  private Path knownCsv() throws Exception {
    StringBuilder sb = new StringBuilder("implementation,seed,return\n");
    int seed = 0;
    for (int k = 1; k <= 10; k++) {
      sb.append("ppo,").append(seed++).append(',').append(1000 + 2 * k).append('\n');
      sb.append("ppo,").append(seed++).append(',').append(1000 - 2 * k).append('\n');
    }
    seed = 0;
    for (int k = 1; k <= 10; k++) {
      sb.append("sac,").append(seed++).append(',').append(500 + 10 * k).append('\n');
      sb.append("sac,").append(seed++).append(',').append(500 - 10 * k).append('\n');
    }
    Path p = dir.resolve("known.csv");
    Files.writeString(p, sb.toString(), StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void gateFailsOnTheNoisyGroupAndJUnitXmlSaysSo() throws Exception {
    Path csv = knownCsv();
    Path strict = dir.resolve("strict.yaml");
    Files.writeString(strict, "minSeeds: 10\nmaxCv: 0.05\n");
    Path xml = dir.resolve("gate.xml");
    Path md = dir.resolve("gate.md");
    Cli.Result fail =
        Cli.run(
            "gate",
            csv.toString(),
            "--rules",
            strict.toString(),
            "--junit",
            xml.toString(),
            "--md",
            md.toString());
    assertEquals(1, fail.code(), fail.all());

    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
    Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
    assertEquals("4", suite.getAttribute("tests"), "2 rules x 2 groups");
    assertEquals("1", suite.getAttribute("failures"));
    NodeList cases = doc.getElementsByTagName("testcase");
    List<String> failed = new ArrayList<>();
    for (int i = 0; i < cases.getLength(); i++) {
      Element c = (Element) cases.item(i);
      if (c.getElementsByTagName("failure").getLength() > 0) {
        failed.add(c.getAttribute("classname") + " / " + c.getAttribute("name"));
      }
    }
    assertEquals(1, failed.size(), failed::toString);
    assertTrue(failed.get(0).contains("sac") && failed.get(0).contains("axCv"), failed::toString);
    assertTrue(Files.readString(md).contains("sac"));

    Path lenient = dir.resolve("lenient.yaml");
    Files.writeString(lenient, "minSeeds: 10\nmaxCv: 0.2\n");
    Path xml2 = dir.resolve("gate2.xml");
    Cli.Result pass =
        Cli.run("gate", csv.toString(), "--rules", lenient.toString(), "--junit", xml2.toString());
    assertEquals(0, pass.code(), pass.all());
    Element suite2 =
        (Element)
            DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(xml2.toFile())
                .getElementsByTagName("testsuite")
                .item(0);
    assertEquals("0", suite2.getAttribute("failures"));
  }

  /**
   * ppo's true mean is 1000 (sd 12.7, 20 seeds). A matching claim is reproduced (0), a claim of
   * 1300 is not (1), and a claim so vague (sd 500 over 3 seeds: se 289 against a 10% margin of 100)
   * that no reproduction can settle it is inconclusive (3).
   */
  @Test
  void reproduceGivesZeroOneThree() throws Exception {
    Path csv = knownCsv();
    Map<String, Integer> expected =
        new TreeMap<>(
            Map.of(
                "mean=1000,std=13,n=20,implementation=ppo", 0,
                "mean=1300,std=13,n=20,implementation=ppo", 1,
                "mean=1000,std=500,n=3,implementation=ppo", 3));
    Map<Integer, String> verdicts = Map.of(0, "REPRODUCED", 1, "NOT_REPRODUCED", 3, "INCONCLUSIVE");
    for (Map.Entry<String, Integer> e : expected.entrySet()) {
      Path json = dir.resolve("claim-" + e.getValue() + ".json");
      Cli.Result r =
          Cli.run("reproduce", csv.toString(), "--claim", e.getKey(), "--json", json.toString());
      assertEquals(e.getValue(), r.code(), e.getKey() + "\n" + r.all());
      JsonNode claim = Json.read(json).path("claims").get(0);
      assertEquals(verdicts.get(e.getValue()), claim.path("verdict").asText(), claim.toString());
    }
    // Mixing them: any not-reproduced claim makes the exit code 1.
    Path claims = dir.resolve("claims.yaml");
    Files.writeString(
        claims,
        String.join(
            "\n",
            "claims:",
            "  - {implementation: ppo, mean: 1000, std: 13, n: 20}",
            "  - {implementation: sac, mean: 900, std: 60, n: 20}",
            ""));
    Cli.Result both = Cli.run("reproduce", csv.toString(), "--claims", claims.toString());
    assertEquals(1, both.code(), both.all());
  }

  /** Two in-JVM implementations; 'shifted' has its own lr and shift, and seed 5 diverges. */
  private Path runSynthetic() throws Exception {
    Path spec = dir.resolve("synthetic.yaml");
    Files.writeString(
        spec,
        String.join(
            "\n",
            "name: synthetic",
            "task: Grid",
            "metric: {name: return, goal: maximize, aggregate: 'mean-last:3'}",
            "seeds: {count: 8, start: 3}",
            "config: {lr: 0.5, steps: 6}",
            "implementations:",
            "  plain:",
            "    java: io.seedscope.e2e.SyntheticExperiment",
            "  shifted:",
            "    java: io.seedscope.e2e.SyntheticExperiment",
            "    config: {lr: 0.25, shift: 2, divergeSeed: 5}",
            "run: {workers: 2}",
            ""));
    Path results = dir.resolve("results");
    Cli.Result run = Cli.run("run", spec.toString(), "--out", results.toString(), "--no-report");
    assertEquals(0, run.code(), run.all());
    return results;
  }

  /** Analyzes a results directory and its export; returns both analysis.json documents. */
  private JsonNode[] analyzeDirectoryAndExport(Path results, String... csvFlags) throws Exception {
    Path fromDir = dir.resolve("dir.json");
    Cli.Result a =
        Cli.run("analyze", results.toString(), "--json", fromDir.toString(), "--resamples", "1000");
    assertEquals(0, a.code(), a.all());
    Path csv = dir.resolve("export.csv");
    Cli.Result ex = Cli.run("export", results.toString(), "--csv", csv.toString());
    assertEquals(0, ex.code(), ex.all());
    assertTrue(ex.out().contains("wrote 16 runs"), ex.all());
    Path fromCsv = dir.resolve("csv.json");
    List<String> args =
        new ArrayList<>(
            List.of(
                "analyze",
                csv.toString(),
                "--json",
                fromCsv.toString(),
                "--metric",
                "return",
                "--aggregate",
                "mean-last:3",
                "--resamples",
                "1000"));
    args.addAll(List.of(csvFlags));
    Cli.Result b = Cli.run(args.toArray(String[]::new));
    assertEquals(0, b.code(), b.all());
    return new JsonNode[] {Json.read(fromDir), Json.read(fromCsv)};
  }

  /** export then analyze of the CSV gives the same groups and means as the results directory. */
  @Test
  void exportedCsvAnalyzesLikeTheResultsDirectory() throws Exception {
    JsonNode[] both = analyzeDirectoryAndExport(runSynthetic());
    JsonNode x = both[0];
    JsonNode y = both[1];
    Map<String, JsonNode> gx = byGroup(x);
    Map<String, JsonNode> gy = byGroup(y);
    assertEquals(gx.keySet(), gy.keySet());
    assertEquals(2, gx.size());
    for (String k : gx.keySet()) {
      assertEquals(gx.get(k).path("n").asInt(), gy.get(k).path("n").asInt(), k);
      assertEquals(gx.get(k).path("mean").asDouble(), gy.get(k).path("mean").asDouble(), 1e-9, k);
      assertEquals(gx.get(k).path("std").asDouble(), gy.get(k).path("std").asDouble(), 1e-9, k);
      assertEquals(gx.get(k).path("divergent").asInt(), gy.get(k).path("divergent").asInt(), k);
    }
    assertEquals(1, x.path("counts").path("divergent").asInt());
    assertEquals(x.path("counts"), y.path("counts"));
    // mean-last:3 of plain = 50 + mean over seeds of (3 + 4 + 5) / 3 + offsets: about 54.
    double plain =
        gx.values().stream()
            .filter(g -> g.path("implementation").asText().equals("plain"))
            .findFirst()
            .orElseThrow()
            .path("mean")
            .asDouble();
    assertEquals(54, plain, 2);
  }

  /**
   * A CSV cannot say which parameters an implementation set for itself (the spec's
   * implementations.X.config): without it the two implementations differ in that parameter and are
   * not compared; --implementation-params restores the comparison the results directory gives.
   */
  @Test
  void exportedCsvKeepsComparisonsOfImplementationsWithOwnConfig() throws Exception {
    Path results = runSynthetic();
    JsonNode[] plain = analyzeDirectoryAndExport(results);
    assertEquals(1, plain[0].path("comparisons").size());
    assertEquals(0, plain[1].path("comparisons").size());
    JsonNode[] both =
        analyzeDirectoryAndExport(results, "--implementation-params", "lr,shift,divergeSeed");
    assertEquals(1, both[1].path("comparisons").size());
    assertEquals(
        both[0].path("comparisons").get(0).path("meanDifference").asDouble(),
        both[1].path("comparisons").get(0).path("meanDifference").asDouble(),
        1e-9);
  }

  private static Map<String, JsonNode> byGroup(JsonNode analysis) {
    Map<String, JsonNode> out = new TreeMap<>();
    for (JsonNode g : analysis.path("groups")) {
      Map<String, Double> config = new TreeMap<>();
      g.path("config")
          .fields()
          .forEachRemaining(e -> config.put(e.getKey(), e.getValue().asDouble()));
      out.put(
          g.path("implementation").asText() + " | " + g.path("task").asText() + " | " + config, g);
    }
    return out;
  }
}
