package io.seedscope.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seedscope.model.InputException;
import io.seedscope.model.ResultSet;
import io.seedscope.model.RunLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dopamine baselines, score matrices and JSON lines. */
class JsonFormatsTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  private String error(Path p, Format format) {
    InputException e =
        assertThrows(
            InputException.class,
            () -> Importers.read(p, ImportOptions.defaults().withFormat(format)));
    assertTrue(!e.getMessage().contains("\n"), e.getMessage());
    return e.getMessage().replace(dir.toString(), "DIR");
  }

  private static RunLog run(ImportResult r, String impl, String task, long seed) {
    return r.runs().stream()
        .filter(
            l ->
                l.key().implementation().equals(impl)
                    && l.key().task().equals(task)
                    && l.seed() == seed)
        .findFirst()
        .orElseThrow();
  }

  // ---- Dopamine ----

  @Test
  void dopaminePong() {
    Path pong = Paths.get("src/test/resources/ingest/dopamine/pong.json");
    assertEquals(Format.DOPAMINE, Importers.detect(pong));
    ImportResult r = Importers.read(pong);
    // The fixtures README: 6 agents x 5 runs, 199 iterations each.
    assertEquals(30, r.runs().size());
    assertEquals(6, r.summary().implementations().size());
    for (RunLog l : r.runs()) {
      assertEquals("pong", l.key().task());
      assertEquals(199, l.steps().length);
      assertEquals(0, l.steps()[0]);
      assertEquals(198, l.steps()[198]);
    }
    // First object of the file: {"Iteration": 0, "Value": -20.333333333333332, "Agent": "DQN"}.
    RunLog dqn0 = run(r, "DQN", "pong", 0);
    assertEquals(-20.333333333333332, dqn0.metrics().get("return")[0]);
    assertEquals(-19.308823529411764, dqn0.metrics().get("return")[1]);
    assertEquals(List.of("return"), r.metricNames());
    assertEquals(
        "DQN: 5 runs, 5 seeds, 1 task, 199 points per run (last step 198)",
        r.summary().implementations().stream()
            .filter(i -> i.implementation().equals("DQN"))
            .findFirst()
            .orElseThrow()
            .describe());
  }

  @Test
  void dopamineMalformed() throws IOException {
    assertEquals(
        "DIR/g.json:3:1: object has no \"Value\"",
        error(
            write(
                "g.json",
                "[\n{\"Iteration\": 0, \"Value\": 1, \"Agent\": \"A\"},\n"
                    + "{\"Iteration\": 1, \"Agent\": \"A\"}]"),
            Format.DOPAMINE));
    assertEquals(
        "DIR/g.json:1:42: Value: 'x' is not a number",
        error(
            write("g.json", "[{\"Iteration\": 0, \"Agent\": \"A\", \"Value\": \"x\"}]"),
            Format.DOPAMINE));
    assertEquals(
        "DIR/g.json:3:1: Iteration 1 of agent 'A' follows 2 (a new run must start at Iteration 0)",
        error(
            write(
                "g.json",
                "[{\"Iteration\": 0, \"Value\": 1, \"Agent\": \"A\"},\n"
                    + "{\"Iteration\": 2, \"Value\": 1, \"Agent\": \"A\"},\n"
                    + "{\"Iteration\": 1, \"Value\": 1, \"Agent\": \"A\"}]"),
            Format.DOPAMINE));
    assertEquals("DIR/g.json: file is empty", error(write("g.json", ""), Format.DOPAMINE));
    String syntax = error(write("g.json", "[{\"Iteration\": 0,, }]"), Format.DOPAMINE);
    assertTrue(syntax.startsWith("DIR/g.json:1:18: invalid JSON: "), syntax);
  }

  @Test
  void dopamineNewRunWhereIterationGoesBackToZero() throws IOException {
    ImportResult r =
        Importers.read(
            write(
                "breakout.json",
                "[{\"Iteration\": 0, \"Value\": 1, \"Agent\": \"A\"},"
                    + "{\"Iteration\": 1, \"Value\": NaN, \"Agent\": \"A\"},"
                    + "{\"Iteration\": 0, \"Value\": 3, \"Agent\": \"B\"},"
                    + "{\"Iteration\": 0, \"Value\": 4, \"Agent\": \"A\"}]"));
    assertEquals(3, r.runs().size());
    assertArrayEquals(new long[] {0, 1}, run(r, "A", "breakout", 0).steps());
    assertTrue(Double.isNaN(run(r, "A", "breakout", 0).metrics().get("return")[1]));
    assertArrayEquals(new double[] {4}, run(r, "A", "breakout", 1).metrics().get("return"));
  }

  // ---- score matrix ----

  @Test
  void scoreMatrixPerTaskFinalsAndCurves() throws IOException {
    Path p =
        write(
            "scores.json",
            "{\"DQN\": {\"Pong\": [20.0, 19.5, null], \"Breakout\": [[1, 2, 3], [2, 3, NaN]]},\n"
                + " \"C51\": {\"Pong\": [21]}}");
    assertEquals(Format.SCORE_MATRIX, Importers.detect(p));
    ImportResult r = Importers.read(p);
    assertEquals(6, r.runs().size());
    RunLog pong1 = run(r, "DQN", "Pong", 1);
    assertNull(pong1.steps());
    assertArrayEquals(new double[] {19.5}, pong1.metrics().get("score"));
    assertTrue(ResultSet.isMissing(run(r, "DQN", "Pong", 2).metrics().get("score")[0]));
    RunLog b1 = run(r, "DQN", "Breakout", 1);
    assertArrayEquals(new long[] {0, 1, 2}, b1.steps());
    assertTrue(Double.isNaN(b1.metrics().get("score")[2]));
    assertEquals("score", r.selectMetric(null));
  }

  @Test
  void scoreMatrixRliableArrays() throws IOException {
    // runs x tasks, and runs x tasks x points (rliable's score_dict shapes).
    ImportResult r =
        Importers.read(
            write("m.json", "{\"PPO\": [[1, 2, 3], [4, 5, 6]], \"SAC\": [[[1, 2], [3, 4]]]}"));
    assertEquals(6 + 2, r.runs().size());
    assertArrayEquals(new double[] {6}, run(r, "PPO", "task_2", 1).metrics().get("score"));
    assertArrayEquals(new double[] {3, 4}, run(r, "SAC", "task_1", 0).metrics().get("score"));
  }

  @Test
  void scoreMatrixMalformed() throws IOException {
    assertEquals(
        "DIR/m.json:1:21: 'PPO': run 1 has 2 tasks, run 0 has 3",
        error(write("m.json", "{\"PPO\": [[1, 2, 3], [4, 5]]}"), Format.SCORE_MATRIX));
    assertEquals(
        "DIR/m.json:1:17: score: 'a' is not a number",
        error(write("m.json", "{\"A\": {\"T\": [1, \"a\"]}}"), Format.SCORE_MATRIX));
    assertEquals(
        "DIR/m.json:1:14: 'A' / 'T' run 0: a curve must be a list of numbers",
        error(write("m.json", "{\"A\": {\"T\": [[1, [2]]]}}"), Format.SCORE_MATRIX));
    assertEquals(
        "DIR/m.json:1:1: expected an object {\"algorithm\": {\"task\": [runs]}}",
        error(write("m.json", "[1, 2]"), Format.SCORE_MATRIX));
    assertEquals(
        "DIR/m.json:1:13: task 'T' of 'A': expected a list of runs",
        error(write("m.json", "{\"A\": {\"T\": 3}}"), Format.SCORE_MATRIX));
  }

  // ---- JSON lines ----

  @Test
  void jsonLinesWithNoiseAndPathPattern() throws IOException {
    write(
        "runs/ppo/seed_3.jsonl",
        "starting training\n"
            + "{\"step\": 2000, \"return\": 90.5, \"note\": \"x\"}\n"
            + "[progress] 50%\n"
            + "{\"step\": 1000, \"return\": 87.5, \"loss\": 0.3}\n"
            + "{not json}\n"
            + "{\"step\": 3000, \"return\": NaN}\n");
    write("runs/dqn/seed_1.jsonl", "{\"step\": 1000, \"return\": 1.0}\n");
    ImportResult r =
        Importers.read(
            dir.resolve("runs"),
            ImportOptions.defaults().withPathPattern("runs/{implementation}/seed_{seed}.jsonl"));
    assertEquals(Format.JSONL, r.format());
    assertEquals(2, r.runs().size());
    RunLog ppo = run(r, "ppo", "default", 3);
    assertArrayEquals(new long[] {1000, 2000, 3000}, ppo.steps());
    assertEquals(87.5, ppo.metrics().get("return")[0]);
    assertTrue(Double.isNaN(ppo.metrics().get("return")[2]));
    assertTrue(ResultSet.isMissing(ppo.metrics().get("loss")[1]));
    assertEquals(List.of("return", "loss"), r.metricNames());
    assertTrue(
        r.warnings().stream().anyMatch(w -> w.startsWith("skipped 3 line(s) that are not JSON")),
        r.warnings().toString());
  }

  /**
   * As 'run' reads a live run's stdout: a summary printed without a step after the curve is the
   * run's last point; a stepless line before the first stepped line is skipped with a warning.
   */
  @Test
  void jsonLinesSummaryAfterTheCurveIsTheLastPoint() throws IOException {
    Path p =
        write(
            "runs/ppo/seed_0.jsonl",
            "{\"return\": -1}\n"
                + "{\"step\": 1000, \"return\": 80}\n"
                + "{\"step\": 1500, \"return\": 85}\n"
                + "{\"return\": 86}\n"
                + "{\"step\": 2000, \"return\": 90}\n"
                + "{\"return\": 95, \"length\": 500}\n");
    ImportResult r =
        Importers.read(
            p, ImportOptions.defaults().withPathPattern("runs/{implementation}/seed_{seed}.jsonl"));
    RunLog ppo = run(r, "ppo", "default", 0);
    // The line between 1500 and 2000 does not collide with 2000: it is skipped, as the first is.
    assertArrayEquals(new long[] {1000, 1500, 2000, 2001}, ppo.steps());
    assertArrayEquals(new double[] {80, 85, 90, 95}, ppo.metrics().get("return"));
    assertTrue(
        r.warnings().contains("skipped 2 value(s) without a step in runs that have steps"),
        r.warnings().toString());
    // The same lines through the live protocol give the same last value.
    io.seedscope.execute.MetricsCollector live = new io.seedscope.execute.MetricsCollector();
    java.nio.file.Files.readAllLines(p).forEach(live::acceptLine);
    double[] values = live.metrics().get("return");
    assertEquals(95.0, values[values.length - 1]);
  }

  @Test
  void jsonLinesWithSeedFieldsAndFinals() throws IOException {
    Path p =
        write(
            "out.jsonl",
            "{\"implementation\": \"ppo\", \"seed\": 1, \"return\": 5}\n"
                + "{\"implementation\": \"ppo\", \"seed\": 2.0, \"return\": 6}\n");
    ImportResult r = Importers.read(p);
    assertEquals(2, r.runs().size());
    assertNull(run(r, "ppo", "default", 2).steps());
    assertArrayEquals(new double[] {6}, run(r, "ppo", "default", 2).metrics().get("return"));
  }

  @Test
  void jsonLinesMalformed() throws IOException {
    assertEquals(
        "DIR/a_1.jsonl:3: duplicate step 5 of 'r' for implementation 'a', seed 1 (also at line 1)",
        error(
            write(
                "a_1.jsonl",
                "{\"step\": 5, \"r\": 1}\n{\"step\": 6, \"r\": 1}\n" + "{\"step\": 5, \"r\": 2}\n"),
            Format.JSONL));
    assertEquals(
        "DIR/a_1.jsonl:1:10: step: 'x' is not an integer",
        error(write("a_1.jsonl", "{\"step\": \"x\", \"r\": 1}\n"), Format.JSONL));
    assertEquals(
        "DIR/a_1.jsonl:2: second value of 'r' without a step (also at line 1)",
        error(write("a_1.jsonl", "{\"r\": 1}\n{\"r\": 2}\n"), Format.JSONL));
    assertEquals(
        "DIR/a_1.jsonl: no JSON object line with a metric found",
        error(write("a_1.jsonl", "hello\n"), Format.JSONL)
            .replace("DIR/a_1.jsonl: no", "DIR/a_1.jsonl: no"));
  }
}
