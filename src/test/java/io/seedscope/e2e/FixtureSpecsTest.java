package io.seedscope.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example specs in fixtures/specs: every one validates and plans; the grid one runs. */
class FixtureSpecsTest {
  @TempDir Path dir;

  @Test
  void everyExampleSpecValidatesAndPlans() throws Exception {
    List<Path> specs;
    try (Stream<Path> s = Files.list(Path.of("fixtures", "specs"))) {
      specs = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    assertTrue(specs.size() >= 3, "example specs: " + specs);
    for (Path spec : specs) {
      Cli.Result r =
          Cli.run("run", spec.toString(), "--dry-run", "--out", dir.resolve("x").toString());
      assertEquals(0, r.code(), spec + ": " + r.all());
      assertTrue(r.out().startsWith("plan: "), r.all());
    }
  }

  /**
   * On a full grid with replicated seeds, fANOVA and the exact ANOVA measure different things
   * (shares of the surrogate's variance vs shares of the total sum of squares) but must rank the
   * main effects the same.
   */
  @Test
  void gridSweepRunsAndBothDecompositionsRankTheMainEffectsAlike() throws Exception {
    Path out = dir.resolve("grid");
    Cli.Result r =
        Cli.run(
            "run",
            "fixtures/specs/grid-sweep.yaml",
            "--out",
            out.toString(),
            "--resamples",
            "1000");
    assertEquals(0, r.code(), r.all());
    JsonNode g = Json.read(out.resolve("analysis.json")).path("importance").path("groups").get(0);
    assertEquals(6, g.path("configurations").asInt());
    double fLr = 0;
    double fBatch = 0;
    for (JsonNode m : g.path("main")) {
      if (m.path("param").asText().equals("lr")) {
        fLr = m.path("fraction").asDouble();
      } else if (m.path("param").asText().equals("batch")) {
        fBatch = m.path("fraction").asDouble();
      }
    }
    double eLr = Double.NaN;
    double eBatch = Double.NaN;
    for (JsonNode t : g.path("anova").path("effects")) {
      if (t.path("term").asText().equals("lr")) {
        eLr = t.path("etaSquared").asDouble();
      } else if (t.path("term").asText().equals("batch")) {
        eBatch = t.path("etaSquared").asDouble();
      }
    }
    assertTrue(Double.isFinite(eLr) && Double.isFinite(eBatch), g.toString());
    assertEquals(
        fLr > fBatch,
        eLr > eBatch,
        "fANOVA " + fLr + "/" + fBatch + " vs ANOVA " + eLr + "/" + eBatch);
    double noise = g.path("seedNoiseFraction").asDouble();
    double residual = g.path("anova").path("residual").path("etaSquared").asDouble();
    assertEquals(
        residual, noise, 1e-9, "on a full grid the seed-noise share is the ANOVA residual");
  }
}
