package io.seedscope.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seedscope.model.InputException;
import io.seedscope.model.RunLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WideCsvAndDetectTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  private static RunLog run(ImportResult r, String impl, long seed) {
    return r.runs().stream()
        .filter(l -> l.key().implementation().equals(impl) && l.seed() == seed)
        .findFirst()
        .orElseThrow();
  }

  private String error(Path p, ImportOptions o) {
    InputException e = assertThrows(InputException.class, () -> Importers.read(p, o));
    return e.getMessage().replace(dir.toString(), "DIR");
  }

  @Test
  void seedColumnsWithSteps() throws IOException {
    Path p = write("ppo.csv", "step,seed_0,seed_1,seed_7,notes\n0,1,2,,a\n100,3,4,5,b\n");
    ImportResult r = Importers.read(p, ImportOptions.defaults().withWideLayout(WideLayout.SEEDS));
    assertEquals(Format.WIDE_CSV, r.format());
    assertEquals(3, r.runs().size());
    RunLog s1 = run(r, "ppo", 1);
    assertArrayEquals(new long[] {0, 100}, s1.steps());
    assertArrayEquals(new double[] {2, 4}, s1.metrics().get("value"));
    assertArrayEquals(new long[] {100}, run(r, "ppo", 7).steps());
    assertTrue(r.warnings().get(0).contains("'notes'"), r.warnings().toString());
  }

  @Test
  void implementationColumnsOneRowPerSeed() throws IOException {
    Path p = write("finals.csv", "ppo,dqn\n1.5,2\n3,NaN\n");
    ImportResult r =
        Importers.read(
            p,
            ImportOptions.defaults()
                .withFormat(Format.WIDE_CSV)
                .withWideLayout(WideLayout.IMPLEMENTATIONS)
                .withTask("pong"));
    assertEquals(4, r.runs().size());
    RunLog dqn1 = run(r, "dqn", 1);
    assertNull(dqn1.steps());
    assertTrue(Double.isNaN(dqn1.metrics().get("value")[0]));
    assertEquals("pong", dqn1.key().task());
    assertArrayEquals(new double[] {1.5}, run(r, "ppo", 0).metrics().get("value"));
  }

  @Test
  void implementationColumnsWithSeedAndStep() throws IOException {
    Path p = write("curves.csv", "seed,step,ppo,dqn\n3,10,1,2\n3,20,3,4\n4,10,5,6\n");
    ImportResult r =
        Importers.read(p, ImportOptions.defaults().withWideLayout(WideLayout.IMPLEMENTATIONS));
    assertEquals(4, r.runs().size());
    assertArrayEquals(new double[] {2, 4}, run(r, "dqn", 3).metrics().get("value"));
  }

  @Test
  void wideMalformed() throws IOException {
    ImportOptions seeds = ImportOptions.defaults().withWideLayout(WideLayout.SEEDS);
    assertEquals(
        "DIR/w.csv:3:3: column 'seed_1': 'x' is not a number",
        error(write("w.csv", "step,seed_0,seed_1\n1,2,3\n2,3,x\n"), seeds));
    assertEquals(
        "DIR/w.csv:3: duplicate step 1 of 'value' for implementation 'w', seed 0 (also at line 2)",
        error(write("w.csv", "step,seed_0\n1,2\n1,3\n"), seeds));
    assertEquals(
        "DIR/w.csv:1:3: columns 'run0' and 'seed0' are both seed 0",
        error(write("w.csv", "step,run0,seed0\n1,2,3\n"), seeds));
    assertEquals(
        "DIR/w.csv:2: mixed separators: the header uses comma but this row uses semicolon",
        error(write("w.csv", "step,seed_0\n1;2\n"), seeds));
    assertEquals("DIR/w.csv: file is empty", error(write("w.csv", ""), seeds));
  }

  @Test
  void detection() throws IOException {
    assertEquals(Format.LONG_CSV, Importers.detect(write("a.csv", "implementation,seed,r\n")));
    assertEquals(Format.SB3, Importers.detect(write("b.csv", "#{\"t_start\": 1}\nr,l,t\n")));
    assertEquals(Format.SB3, Importers.detect(write("c/progress.csv", "time/total_timesteps\n")));
    assertEquals(Format.JSONL, Importers.detect(write("d.jsonl", "{}\n")));
    assertEquals(Format.JSONL, Importers.detect(write("d.log", "{\"step\": 1}\n")));
    assertEquals(Format.DOPAMINE, Importers.detect(write("e.json", "[{}]")));
    assertEquals(Format.SCORE_MATRIX, Importers.detect(write("f.json", " {\"a\": {}}")));
    assertEquals(Format.TENSORBOARD, Importers.detect(write("g/events.out.tfevents.1.h", "")));
    assertEquals(Format.TENSORBOARD, Importers.detect(dir.resolve("g")));
    assertEquals(Format.WIDE_CSV, Format.parse("wide-csv"));
    InputException e = assertThrows(InputException.class, () -> Format.parse("parquet"));
    assertTrue(
        e.getMessage()
            .contains("long-csv, wide-csv, sb3, score-matrix, dopamine, jsonl," + " tensorboard"),
        e.getMessage());
  }

  @Test
  void options() {
    assertEquals(
        "{implementation=agent, seed=run, task=game}",
        ImportOptions.parseColumns("implementation=agent, seed=run,task=game").toString());
    assertThrows(InputException.class, () -> ImportOptions.parseColumns("colour=agent"));
    assertThrows(InputException.class, () -> ImportOptions.parseColumns("seed"));
    assertEquals(WideLayout.IMPLEMENTATIONS, WideLayout.parse("implementations"));
    InputException e =
        assertThrows(InputException.class, () -> PathPattern.compile("logs/{algo}/{seed}"));
    assertTrue(e.getMessage().contains("unknown placeholder {algo}"), e.getMessage());
  }

  @Test
  void pathPatternMatching() {
    PathPattern p = PathPattern.compile("logs/{implementation}/seed_{seed}/");
    PathPattern.Match m = p.match(Path.of("/x/logs/ppo/seed_12/PPO_1/progress.csv"));
    assertEquals("ppo", m.implementation());
    assertEquals(12L, m.seed());
    assertEquals("/x/logs/ppo/seed_12", m.runPath());
    assertNull(p.match(Path.of("/x/logs/ppo/seed_x/progress.csv")));
    PathPattern q = PathPattern.compile("{task}__{implementation}__{seed}.jsonl");
    PathPattern.Match n = q.match(Path.of("/r/Hopper-v4__sac__3.jsonl"));
    assertEquals("Hopper-v4", n.task());
    assertEquals("sac", n.implementation());
  }
}
