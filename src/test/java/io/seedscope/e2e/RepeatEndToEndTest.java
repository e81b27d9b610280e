package io.seedscope.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --repeat K}: the repeats check determinism, they are not more seeds. The analysis
 * counts each seed once, and repeats that disagree are a warning on the terminal, in analysis.json
 * and in the report.
 */
class RepeatEndToEndTest {
  @TempDir Path dir;

  private Path spec(String config) throws Exception {
    Path p = dir.resolve("spec.yaml");
    Files.writeString(
        p,
        String.join(
            "\n",
            "name: repeats",
            "metric: return",
            "seeds: {count: 3}",
            "config: {" + config + "}",
            "implementations:",
            "  synthetic: {java: io.seedscope.e2e.SyntheticExperiment}",
            ""));
    return p;
  }

  private Cli.Result run(Path spec, Path out, String... more) {
    String[] args = {"run", spec.toString(), "--out", out.toString(), "--seed", "1"};
    String[] all = new String[args.length + more.length];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    Cli.Result r = Cli.run(all);
    assertEquals(0, r.code(), r.all());
    return r;
  }

  @Test
  void threeSeedsRunThreeTimesAreThreeSeeds() throws Exception {
    Path spec = spec("lr: 0.1");
    Cli.Result repeated = run(spec, dir.resolve("repeated"), "--repeat", "3");
    run(spec, dir.resolve("once"));
    JsonNode a = Json.read(dir.resolve("repeated").resolve("analysis.json"));
    JsonNode once = Json.read(dir.resolve("once").resolve("analysis.json"));
    JsonNode g = a.get("groups").get(0);
    assertEquals(9, g.get("runs").asInt());
    assertEquals(3, g.get("n").asInt());
    assertTrue(g.get("warnings").get(0).asText().startsWith("only 3 seeds"), g.toString());
    assertTrue(repeated.out().contains("n=3 "), repeated.all());
    // The repeats agree, so each seed's mean is its value: the statistics are those of one run.
    JsonNode g1 = once.get("groups").get(0);
    for (String field : new String[] {"mean", "std", "ci", "intervals", "warnings"}) {
      assertEquals(g1.get(field), g.get(field), field);
    }
    assertEquals(once.get("curves"), a.get("curves"));
    assertEquals(once.get("warnings"), a.get("warnings"));
    JsonNode det = a.get("reproducibility").get("determinism");
    assertEquals(3, det.size());
    det.forEach(
        c -> {
          assertEquals(3, c.get("repeats").asInt());
          assertTrue(c.get("deterministic").asBoolean(), c.toString());
          assertEquals(0.0, c.get("maxAbsDifference").asDouble(), 0);
        });
    assertFalse(repeated.err().contains("repeats disagree"), repeated.all());
  }

  @Test
  void repeatsThatDisagreeAreAWarningEverywhereAPersonLooks() throws Exception {
    Path out = dir.resolve("jitter");
    Cli.Result r = run(spec("lr: 0.1, repeatJitter: 0.5"), out, "--repeat", "2");
    String warning = "repeats disagree at 3 of 3 repeated seed(s) (largest difference ";
    assertTrue(r.err().contains("warning: synthetic / "), r.all());
    assertTrue(r.err().contains(warning), r.all());
    JsonNode a = Json.read(out.resolve("analysis.json"));
    assertTrue(a.get("warnings").toString().contains(warning), a.get("warnings").toString());
    assertEquals(3, a.get("groups").get(0).get("n").asInt());
    a.get("reproducibility")
        .get("determinism")
        .forEach(c -> assertFalse(c.get("deterministic").asBoolean(), c.toString()));
    String html = Files.readString(out.resolve("report").resolve("index.html"));
    assertTrue(html.contains("repeats disagree at 3 of 3 repeated seed"), "report warnings");
  }
}
