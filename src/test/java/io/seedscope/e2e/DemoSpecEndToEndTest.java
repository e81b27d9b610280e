package io.seedscope.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built-in CartPole demo spec, run once through {@code seedscope run SPEC --seed-count 3} (3
 * textbook runs in-JVM, 3 + 16 x 3 normalized runs as child JVMs), then analyzed again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoSpecEndToEndTest {
  static final String SPEC = "/io/seedscope/demo/cartpole-demo.yaml";

  @TempDir static Path dir;
  Path results;
  Cli.Result run;
  double runSeconds;

  /** Copies the demo spec byte for byte from the class path. */
  static Path copySpec(Path dir) throws Exception {
    Path spec = dir.resolve("cartpole-demo.yaml");
    try (InputStream in = DemoSpecEndToEndTest.class.getResourceAsStream(SPEC)) {
      Files.copy(in, spec);
    }
    return spec;
  }

  @BeforeAll
  void runDemo() throws Exception {
    // The test JVM runs from target/classes, where {jar} is that bare directory (see
    // builtInSpecRunsFromClassesDirectory); this JVM's full class path is what the jar gives.
    Path spec = copySpec(dir);
    Files.writeString(spec, Files.readString(spec).replace("{jar}", Cli.classPath()));
    results = dir.resolve("out");
    long t0 = System.nanoTime();
    run = Cli.run("run", spec.toString(), "--out", results.toString(), "--seed-count", "3");
    runSeconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf("e2e demo: run --seed-count 3 took %.1f s%n", runSeconds);
  }

  @Test
  void runSucceedsWithEveryRunOk() {
    assertEquals(0, run.code(), run.all());
    assertTrue(
        run.err().contains("54 runs: 0 already recorded, 54 executed (54 ok, 0 not ok)"),
        run.all());
  }

  @Test
  void analysisHasBothImplementationsComparisonAndImportance() {
    JsonNode a = Json.read(results.resolve("analysis.json"));
    assertEquals("seedscope.analysis/2", a.path("schema").asText());
    assertEquals("return", a.path("metric").asText());
    assertEquals(54, a.path("counts").path("runs").asInt());
    assertEquals(54, a.path("counts").path("ok").asInt());

    Set<String> impls = new HashSet<>();
    a.path("groups").forEach(g -> impls.add(g.path("implementation").asText()));
    assertEquals(Set.of("textbook", "normalized"), impls);
    // The sweep adds 16 configurations of 'normalized' to its base configuration.
    assertEquals(18, a.path("groups").size());
    for (JsonNode g : a.path("groups")) {
      assertEquals("CartPole", g.path("task").asText());
      assertEquals(3, g.path("n").asInt(), g.toString());
      assertTrue(Double.isFinite(g.path("mean").asDouble()));
    }
    JsonNode textbook =
        Json.select(a.path("groups"), g -> g.path("implementation").asText().equals("textbook"))
            .get(0);
    assertEquals(0.003, textbook.path("config").path("lr").asDouble(), 0);
    assertEquals(600, textbook.path("config").path("episodes").asInt());

    List<JsonNode> pair =
        Json.select(
            a.path("comparisons"),
            c ->
                Set.of(c.path("baseline").asText(), c.path("candidate").asText())
                    .equals(Set.of("textbook", "normalized")));
    assertEquals(1, pair.size(), a.path("comparisons").toString());
    JsonNode c = pair.get(0);
    assertEquals(3, c.path("nBaseline").asInt());
    assertEquals(3, c.path("nCandidate").asInt());
    double p = c.path("welch").path("p").asDouble();
    assertTrue(p >= 0 && p <= 1, "Welch p " + p);

    JsonNode imp = a.path("importance");
    assertFalse(imp.isMissingNode() || imp.isNull(), "importance section");
    List<JsonNode> normalized =
        Json.select(
            imp.path("groups"), g -> g.path("implementation").asText().equals("normalized"));
    assertEquals(1, normalized.size(), imp.toString());
    JsonNode g = normalized.get(0);
    Map<String, Double> main = new HashMap<>();
    g.path("main").forEach(m -> main.put(m.path("param").asText(), m.path("fraction").asDouble()));
    assertEquals(Set.of("lr", "gamma", "batch"), main.keySet());
    main.values().forEach(f -> assertTrue(f >= 0 && f <= 1, "fraction " + f));
    double noise = g.path("seedNoiseFraction").asDouble(Double.NaN);
    assertTrue(noise >= 0 && noise <= 1, "seedNoiseFraction " + noise);
    assertEquals(17, g.path("configurations").asInt());
    assertEquals(51, g.path("observations").asInt());
  }

  @Test
  void reportIsSelfContainedWithEverySection() throws Exception {
    Path index = results.resolve("report").resolve("index.html");
    assertTrue(Files.isRegularFile(index));
    String html = Files.readString(index, StandardCharsets.UTF_8);
    Pages.assertSelfContained(html);
    Pages.assertHeadings(
        html,
        List.of(
            "Verdict",
            "Summary",
            "Comparisons",
            "Final-score distributions",
            "Learning curves",
            "Seeds",
            "Sensitivity",
            "Reproducibility"));
    Pages.assertChartsNonEmpty(html, null);
    assertTrue(html.contains("textbook") && html.contains("normalized"));
  }

  /** Resuming a finished directory runs nothing and rewrites the same analysis bytes. */
  @Test
  void resumeRunsNothingAndKeepsTheAnalysis() throws Exception {
    byte[] before = Files.readAllBytes(results.resolve("analysis.json"));
    Cli.Result r =
        Cli.run(
            "run",
            dir.resolve("cartpole-demo.yaml").toString(),
            "--out",
            results.toString(),
            "--seed-count",
            "3",
            "--resume");
    assertEquals(0, r.code(), r.all());
    assertTrue(r.err().contains("54 runs: 54 already recorded, 0 executed"), r.all());
    assertArrayEquals(before, Files.readAllBytes(results.resolve("analysis.json")));
    Cli.Result again =
        Cli.run(
            "run",
            dir.resolve("cartpole-demo.yaml").toString(),
            "--out",
            results.toString(),
            "--seed-count",
            "3");
    assertEquals(2, again.code(), "a directory with records needs --resume: " + again.all());
  }

  @Test
  void manifestNamesTheCommandAndSpec() throws Exception {
    JsonNode m = Json.read(results.resolve("manifest.json"));
    assertEquals("seedscope.manifest/1", m.path("schema").asText());
    assertTrue(m.path("command").asText().startsWith("seedscope run "), m.toString());
    assertTrue(m.path("specSha256").asText().matches("[0-9a-f]{64}"), m.toString());
    assertTrue(Files.isRegularFile(results.resolve("spec.yaml")));
    assertEquals(
        Path.of("").toAbsolutePath().toString(),
        m.path("workingDirectory").asText(),
        "where the command ran, not the results directory");
  }

  /** Same input and seed: the same bytes, from run and analyze, on 1 thread or all. */
  @Test
  void analyzeIsByteIdenticalAcrossRepeatsAndThreads() throws Exception {
    Path a = dir.resolve("a.json");
    Path b = dir.resolve("b.json");
    Path one = dir.resolve("one-thread.json");
    assertEquals(0, Cli.run("analyze", results.toString(), "--json", a.toString()).code());
    assertEquals(0, Cli.run("analyze", results.toString(), "--json", b.toString()).code());
    Cli.Result r =
        Cli.run("analyze", results.toString(), "--json", one.toString(), "--threads", "1");
    assertEquals(0, r.code(), r.all());
    byte[] bytes = Files.readAllBytes(a);
    assertArrayEquals(bytes, Files.readAllBytes(b), "two analyze runs");
    assertArrayEquals(bytes, Files.readAllBytes(one), "--threads 1");
    assertArrayEquals(
        bytes,
        Files.readAllBytes(results.resolve("analysis.json")),
        "analysis.json written by run");
  }

  /**
   * Another resampling seed leaves every point estimate and the Student t interval alone. (With 3
   * seeds a group's bootstrap has only 10 distinct resample means, so its 2.5% and 97.5% quantiles
   * are the same values for any seed; that intervals do move is checked on 12-seed data in {@link
   * #anotherSeedMovesBootstrapIntervals}.)
   */
  @Test
  void anotherSeedKeepsPointEstimates() throws Exception {
    assertPointEstimatesKeptIntervalsMoved(results, false);
  }

  /** A different --seed moves every BCa interval and the comparisons' bootstrap intervals. */
  @Test
  void anotherSeedMovesBootstrapIntervals() throws Exception {
    assertPointEstimatesKeptIntervalsMoved(Path.of("fixtures", "curves.csv"), true);
  }

  private void assertPointEstimatesKeptIntervalsMoved(Path input, boolean mustMove)
      throws Exception {
    String name = input.getFileName().toString();
    Path s0 = dir.resolve(name + "-seed0.json");
    Path s7 = dir.resolve(name + "-seed7.json");
    assertEquals(
        0, Cli.run("analyze", input.toString(), "--json", s0.toString(), "--seed", "0").code());
    assertEquals(
        0, Cli.run("analyze", input.toString(), "--json", s7.toString(), "--seed", "7").code());
    JsonNode a0 = Json.read(s0);
    JsonNode a7 = Json.read(s7);
    assertEquals(0, a0.path("settings").path("seed").asInt());
    assertEquals(7, a7.path("settings").path("seed").asInt());
    JsonNode g0 = a0.path("groups");
    JsonNode g7 = a7.path("groups");
    assertEquals(g0.size(), g7.size());
    int moved = 0;
    for (int i = 0; i < g0.size(); i++) {
      JsonNode x = g0.get(i);
      JsonNode y = g7.get(i);
      assertEquals(x.path("config"), y.path("config"));
      for (String f : List.of("n", "mean", "std", "sem", "median", "iqm", "min", "max", "cv")) {
        assertEquals(x.path(f), y.path(f), f);
      }
      assertEquals(
          x.path("intervals").path("t"),
          y.path("intervals").path("t"),
          "the Student t interval does not resample");
      if (!x.path("intervals").path("bca").equals(y.path("intervals").path("bca"))) {
        moved++;
      }
    }
    JsonNode c0 = a0.path("comparisons");
    JsonNode c7 = a7.path("comparisons");
    assertEquals(c0.size(), c7.size());
    assertTrue(c0.size() > 0);
    int movedDiff = 0;
    for (int i = 0; i < c0.size(); i++) {
      for (String f : List.of("meanDifference", "welch", "mannWhitney", "hedgesG", "cliffsDelta")) {
        assertEquals(c0.get(i).path(f), c7.get(i).path(f), f);
      }
      assertEquals(
          c0.get(i).path("probabilityOfImprovement").path("estimate"),
          c7.get(i).path("probabilityOfImprovement").path("estimate"));
      if (!c0.get(i).path("meanDifferenceCi").equals(c7.get(i).path("meanDifferenceCi"))) {
        movedDiff++;
      }
    }
    if (mustMove) {
      assertEquals(g0.size(), moved, "every BCa interval moves with the seed");
      assertEquals(c0.size(), movedDiff, "every difference interval moves with the seed");
    }
  }

  /**
   * The demo spec verbatim, run from a classes directory (tests, an IDE, {@code mvn exec}): {jar}
   * becomes target/classes alone, so every child JVM of 'normalized' dies with NoClassDefFoundError
   * (commons-rng is not on that class path).
   */
  @Test
  void builtInSpecRunsFromClassesDirectory(@TempDir Path own) throws Exception {
    Path spec = copySpec(own);
    Cli.Result r =
        Cli.run(
            "run",
            spec.toString(),
            "--out",
            own.resolve("out").toString(),
            "--seed-count",
            "1",
            "--no-report");
    assertEquals(0, r.code(), r.all());
    assertTrue(r.err().contains("(18 ok, 0 not ok)"), r.all());
  }
}
