package io.seedscope.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * export keeps how each run ended: a results directory with failed, timed-out, metric-less and
 * divergent runs analyzes the same from its exported CSV as from the directory.
 */
class ExportStatusEndToEndTest {
  @TempDir Path dir;

  @Test
  void exportedCsvCountsFailedAndMetricLessRunsLikeTheDirectory() throws Exception {
    Path spec = dir.resolve("flaky.yaml");
    Files.writeString(
        spec,
        String.join(
            "\n",
            "name: flaky",
            "task: Grid",
            "metric: {name: return, goal: maximize, aggregate: last}",
            "seeds: [0, 1, 2, 3, 4, 5, 6, 7]",
            "implementations:",
            "  steady:",
            "    java: io.seedscope.e2e.FlakyExperiment",
            "  flaky:",
            "    java: io.seedscope.e2e.FlakyExperiment",
            "    config: {flaky: 1}",
            "run: {workers: 2, timeout: 2s}",
            ""),
        StandardCharsets.UTF_8);
    Path results = dir.resolve("results");
    Cli.Result run = Cli.run("run", spec.toString(), "--out", results.toString(), "--no-report");
    assertEquals(0, run.code(), run.all());

    Path csv = dir.resolve("export.csv");
    Cli.Result ex = Cli.run("export", results.toString(), "--csv", csv.toString());
    assertEquals(0, ex.code(), ex.all());
    assertTrue(ex.out().contains("wrote 16 runs"), ex.all());
    String text = Files.readString(csv);
    assertTrue(text.startsWith("implementation,task,seed,run,run.status,run.reason,step,"), text);
    assertTrue(text.contains(",no_metric,"), text);

    JsonNode x = analyze(results, "dir.json");
    JsonNode y = analyze(csv, "csv.json");
    // flaky: seeds 1, 5 failed, 2 no_metric, 6 timeout; 7 divergent; steady: all 8 ok.
    assertEquals(16, x.path("counts").path("runs").asInt(), x.path("counts").toString());
    assertEquals(4, x.path("counts").path("failed").asInt(), x.path("counts").toString());
    assertEquals(1, x.path("counts").path("divergent").asInt(), x.path("counts").toString());
    assertEquals(x.path("counts"), y.path("counts"));
    Map<String, JsonNode> gx = byGroup(x);
    Map<String, JsonNode> gy = byGroup(y);
    assertEquals(gx.keySet(), gy.keySet());
    assertEquals(2, gx.size());
    for (String k : gx.keySet()) {
      for (String field : new String[] {"runs", "n", "failed", "divergent"}) {
        assertEquals(gx.get(k).path(field).asInt(), gy.get(k).path(field).asInt(), k + field);
      }
      assertEquals(gx.get(k).path("mean").asDouble(), gy.get(k).path("mean").asDouble(), 1e-9, k);
      assertEquals(gx.get(k).path("std").asDouble(), gy.get(k).path("std").asDouble(), 1e-9, k);
    }
    JsonNode flaky =
        gx.values().stream().filter(g -> g.path("failed").asInt() > 0).findFirst().get();
    assertEquals(3, flaky.path("n").asInt(), flaky.toString());
    // The failed runs keep their status and reason (a comma, quotes) through the CSV.
    assertEquals(x.path("failed"), y.path("failed"));
    assertTrue(x.path("failed").toString().contains("timeout"), x.path("failed").toString());
    assertTrue(y.path("failed").toString().contains("lost, \\\"badly\\\""), y.toString());
  }

  /**
   * A directory none of whose runs logged the metric still exports a CSV with the spec's metric
   * column, and analyzing it (without --metric) gives what analyzing the directory gives.
   */
  @Test
  void aDirectoryWhereNoRunLoggedAValueExportsAReadableCsv() throws Exception {
    Path spec = dir.resolve("allfail.yaml");
    Files.writeString(
        spec,
        String.join(
            "\n",
            "name: allfail",
            "metric: return",
            "seeds: {count: 3}",
            "implementations:",
            "  broken: {command: [\"false\"]}",
            "run: {workers: 2, timeout: 1m}",
            ""),
        StandardCharsets.UTF_8);
    Path results = dir.resolve("allfail");
    Cli.Result run = Cli.run("run", spec.toString(), "--out", results.toString(), "--no-report");
    assertEquals(0, run.code(), run.all());
    assertTrue(
        run.err().contains("warning: none of the 3 runs succeeded; the first to fail, run "),
        run.all());
    assertTrue(run.err().contains(": failed: exit code 1 (its output: " + results), run.all());
    Path csv = dir.resolve("allfail.csv");
    Cli.Result ex = Cli.run("export", results.toString(), "--csv", csv.toString());
    assertEquals(0, ex.code(), ex.all());
    assertTrue(
        Files.readString(csv)
            .startsWith("implementation,task,seed,run,run.status,run.reason,step,return\n"),
        Files.readString(csv));
    JsonNode x = analyzeDefault(results, "allfail-dir.json");
    JsonNode y = analyzeDefault(csv, "allfail-csv.json");
    assertEquals(3, y.path("counts").path("failed").asInt(), y.path("counts").toString());
    assertEquals(x.path("counts"), y.path("counts"));
    assertEquals(x.path("groups"), y.path("groups"));
    assertEquals(x.path("failed"), y.path("failed"));
  }

  private JsonNode analyzeDefault(Path input, String json) throws Exception {
    Path out = dir.resolve(json);
    Cli.Result r = Cli.run("analyze", input.toString(), "--json", out.toString());
    assertEquals(0, r.code(), r.all());
    return Json.read(out);
  }

  private JsonNode analyze(Path input, String json) throws Exception {
    Path out = dir.resolve(json);
    Cli.Result r =
        Cli.run(
            "analyze",
            input.toString(),
            "--json",
            out.toString(),
            "--metric",
            "return",
            "--resamples",
            "1000");
    assertEquals(0, r.code(), r.all());
    return Json.read(out);
  }

  private static Map<String, JsonNode> byGroup(JsonNode analysis) {
    Map<String, JsonNode> out = new TreeMap<>();
    for (JsonNode g : analysis.path("groups")) {
      out.put(g.path("implementation").asText() + " | " + g.path("config"), g);
    }
    return out;
  }
}
