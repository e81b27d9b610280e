package io.seedscope.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sweeps the importance section used to crash on or mislabel, through the command line. */
class ImportanceEndToEndTest {
  @TempDir Path dir;

  /** The reviewer's imp.csv: a full lr x opt grid, 3 seeds. */
  private static final String GRID =
      """
      implementation,seed,param.lr,param.opt,return
      a,0,0.1,adam,3.288
      a,1,0.1,adam,3.449
      a,2,0.1,adam,2.066
      a,0,0.1,sgd,0.235
      a,1,0.1,sgd,-0.092
      a,2,0.1,sgd,1.031
      a,0,0.01,adam,0.078
      a,1,0.01,adam,-0.337
      a,2,0.01,adam,1.299
      a,0,0.01,sgd,0.233
      a,1,0.01,sgd,0.646
      a,2,0.01,sgd,-0.814
      a,0,0.001,adam,1.015
      a,1,0.001,adam,0.945
      a,2,0.001,adam,-0.496
      a,0,0.001,sgd,0.548
      a,1,0.001,sgd,0.331
      a,2,0.001,sgd,2.399
      """;

  private Path write(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private static void assertOk(Cli.Result r) {
    assertEquals(0, r.code(), r.all());
    assertFalse(r.all().contains("internal error"), r.all());
  }

  /** What the first line " TERM value" of the printed table holds after TERM. */
  private static String after(String out, String term) {
    return out.lines()
        .filter(l -> l.startsWith("  " + term + "  "))
        .findFirst()
        .orElseThrow(() -> new AssertionError(term + " in:\n" + out))
        .substring(2 + term.length())
        .strip();
  }

  private static String oneLineError(Cli.Result r) {
    assertEquals(2, r.code(), r.all());
    List<String> lines = r.err().strip().lines().filter(l -> !l.startsWith("read: ")).toList();
    assertEquals(1, lines.size(), r.all());
    return lines.get(0);
  }

  /** One seed per configuration exited 70 in analyze, importance and report. */
  @Test
  void oneSeedPerConfigurationIsAnalyzedWithoutTheSeedNoiseShare() throws Exception {
    Path csv =
        write(
            "n1.csv",
            GRID.lines()
                    .filter(l -> !l.startsWith("a,1,") && !l.startsWith("a,2,"))
                    .reduce((x, y) -> x + "\n" + y)
                    .orElseThrow()
                + "\n");
    Cli.Result imp =
        Cli.run("importance", csv.toString(), "--trees", "8", "--json", dir.resolve("i.json") + "");
    assertOk(imp);
    assertTrue(imp.err().contains("every configuration ran one seed"), imp.all());
    assertEquals("n/a  (share of the observed sum of squares)", after(imp.out(), "seed noise"));
    JsonNode i = Json.read(dir.resolve("i.json"));
    assertTrue(i.path("seedNoiseFraction").isNull(), i.toString());
    assertTrue(i.path("main").get(0).path("fraction").isNumber(), i.toString());
    Path a = dir.resolve("a.json");
    assertOk(Cli.run("analyze", csv.toString(), "--json", a.toString()));
    JsonNode g = Json.read(a).path("importance").path("groups").get(0);
    assertTrue(g.path("seedNoiseFraction").isNull(), g.toString());
    Path html = dir.resolve("r.html");
    assertOk(Cli.run("report", csv.toString(), "--html", html.toString()));
    assertTrue(Files.readString(html).contains("seed noise"));
  }

  /** A spec's sweep with seedsPerConfig 1 went through the same crash after its runs. */
  @Test
  void runOfAOneSeedSweepFinishes() throws Exception {
    Path spec =
        write(
            "spec.yaml",
            String.join(
                "\n",
                "name: one-seed-sweep",
                "metric: return",
                "seeds: [0]",
                "config: {lr: 0.1}",
                "implementations:",
                "  a:",
                "    command: [echo, '{\"step\": 0, \"return\": {lr}}']",
                "sweep:",
                "  sampler: sobol",
                "  samples: 4",
                "  seedsPerConfig: 1",
                "  space:",
                "    lr: {type: float, low: 0.01, high: 0.1}",
                "run: {workers: 1}",
                ""));
    Path out = dir.resolve("run");
    Cli.Result r = Cli.run("run", spec.toString(), "--out", out.toString());
    assertOk(r);
    JsonNode g = Json.read(out.resolve("analysis.json")).path("importance").path("groups").get(0);
    assertTrue(g.path("seedNoiseFraction").isNull(), g.toString());
    assertTrue(g.path("notes").toString().contains("every configuration ran one seed"), "" + g);
  }

  /** --method anova printed fANOVA fractions (lr 0.445 +- 0.141) as eta squared. */
  @Test
  void anovaMethodPrintsAndWritesEtaSquared() throws Exception {
    Path csv = write("imp.csv", GRID);
    Path json = dir.resolve("ia.json");
    Cli.Result r =
        Cli.run("importance", csv.toString(), "--method", "anova", "--json", json.toString());
    assertOk(r);
    // 0.260, 0.101, 0.308: eta squared from the cell means (see ImportanceSectionTest).
    assertEquals("0.260", after(r.out(), "lr"));
    assertEquals("0.308", after(r.out(), "lr x opt"));
    JsonNode j = Json.read(json);
    assertEquals("anova", j.path("method").asText());
    assertEquals(0.2604, j.path("main").get(0).path("fraction").asDouble(), 5e-5);
    assertTrue(j.path("main").get(0).path("std").isNull(), j.toString());
  }

  @Test
  void anovaMethodOnAnIncompleteGridIsOneError() throws Exception {
    Path csv =
        write(
            "part.csv",
            GRID.lines()
                    .filter(l -> !l.contains(",0.001,sgd,"))
                    .reduce((x, y) -> x + "\n" + y)
                    .orElseThrow()
                + "\n");
    String line = oneLineError(Cli.run("importance", csv.toString(), "--method", "anova"));
    assertTrue(line.contains("--method anova needs a full grid"), line);
    assertTrue(line.contains("opt=sgd"), line);
  }

  /** It said "no implementation ran two or more configurations". */
  @Test
  void unknownParameterIsNamedWithTheKnownOnes() throws Exception {
    Path csv = write("imp.csv", GRID);
    String line = oneLineError(Cli.run("importance", csv.toString(), "--params", "lr,zzz"));
    assertEquals("seedscope: --params: unknown parameter 'zzz' (known: lr, opt)", line);
  }

  /** Degenerate forests gave -0.111 and "std": "NaN" with no warning. */
  @Test
  void degenerateForestWritesNullsAndWarns() throws Exception {
    Path csv = write("imp.csv", GRID);
    Path json = dir.resolve("m.json");
    Cli.Result r =
        Cli.run(
            "importance", csv.toString(), "--min-samples-leaf", "1000", "--json", json.toString());
    assertOk(r);
    assertTrue(r.err().contains("warning: sensitivity of a / default: fANOVA fractions"), r.all());
    assertEquals("n/a", after(r.out(), "lr"));
    String text = Files.readString(json);
    assertFalse(text.contains("NaN") || text.contains("Infinity"), text);
    JsonNode j = Json.read(json);
    assertTrue(j.path("interactions").get(0).path("fraction").isNull(), text);
  }
}
