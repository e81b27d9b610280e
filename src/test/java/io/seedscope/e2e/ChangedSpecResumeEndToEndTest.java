package io.seedscope.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Resuming a results directory with an edited spec: the records of the old version are kept and
 * said to be left out, the analysis covers only what the spec now asks for, and {@code analyze} of
 * the directory still sees everything.
 */
class ChangedSpecResumeEndToEndTest {
  @TempDir Path dir;

  private Path spec(String name, String lr) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(
        p,
        String.join(
            "\n",
            "name: edited",
            "metric: return",
            "seeds: {count: 3}",
            "config: {lr: " + lr + "}",
            "implementations:",
            "  synthetic: {java: io.seedscope.e2e.SyntheticExperiment}",
            ""));
    return p;
  }

  @Test
  void oldRecordsAreKeptNamedAndLeftOutOfTheNewAnalysis() throws Exception {
    Path out = dir.resolve("out");
    Cli.Result first =
        Cli.run("run", spec("v1.yaml", "0.1").toString(), "--out", out.toString(), "--seed", "1");
    assertEquals(0, first.code(), first.all());

    Cli.Result second =
        Cli.run(
            "run",
            spec("v2.yaml", "0.2").toString(),
            "--out",
            out.toString(),
            "--resume",
            "--seed",
            "1");
    assertEquals(0, second.code(), second.all());
    String warning = "3 run records in " + out + " are not in this spec's plan";
    assertTrue(second.err().contains(warning), second.all());
    try (var files = Files.list(out.resolve("records"))) {
      assertEquals(6, files.filter(f -> f.toString().endsWith(".json")).count());
    }
    JsonNode analysis = Json.read(out.resolve("analysis.json"));
    assertEquals(1, analysis.get("groups").size());
    assertEquals("0.2", analysis.get("groups").get(0).get("config").get("lr").asText());
    assertEquals(3, analysis.get("groups").get(0).get("n").asInt());
    assertTrue(analysis.get("warnings").toString().contains(warning), analysis.toString());

    Path all = dir.resolve("all.json");
    Cli.Result everything = Cli.run("analyze", out.toString(), "--json", all.toString());
    assertEquals(0, everything.code(), everything.all());
    assertEquals(2, Json.read(all).get("groups").size());
  }

  /**
   * A results directory whose stored spec today's stricter placeholder checks would refuse (an
   * earlier version accepted it) still analyzes and exports: placeholders only matter for running.
   */
  @Test
  void storedSpecIsReadWithoutRunOnlyChecks() throws Exception {
    Path out = dir.resolve("old");
    assertEquals(
        0, Cli.run("run", spec("v1.yaml", "0.1").toString(), "--out", out.toString()).code());
    Files.writeString(
        out.resolve("spec.yaml"),
        String.join(
            "\n",
            "name: edited",
            "metric: return",
            "seeds: {count: 3}",
            "config: {lr: 0.1}",
            "implementations:",
            "  synthetic: {java: io.seedscope.e2e.SyntheticExperiment}",
            "  other: {command: [echo, '{tau}'], config: {}}",
            "  third: {command: [echo], config: {tau: 1}}",
            "---",
            ""));
    Cli.Result r = Cli.run("analyze", out.toString(), "--json", dir.resolve("a.json").toString());
    assertEquals(0, r.code(), r.all());
    Cli.Result refused = Cli.run("run", out.resolve("spec.yaml").toString(), "--dry-run");
    assertEquals(2, refused.code(), "running it is still checked: " + refused.all());
  }
}
